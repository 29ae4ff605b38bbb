package dev.milepost.portfolio;

/** Progress of a milestone. */
public enum MilestoneStatus {

	NOT_STARTED, IN_PROGRESS, DONE, BLOCKED, CANCELLED;

	/** Done and cancelled milestones can no longer be overdue. */
	public boolean isClosed() {
		return this == DONE || this == CANCELLED;
	}

}
