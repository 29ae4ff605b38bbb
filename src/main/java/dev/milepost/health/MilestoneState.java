package dev.milepost.health;

/**
 * Where a milestone stands, as far as the health rules tell states apart; whoever fills
 * {@link MilestoneFacts} maps the portfolio's milestone status onto it.
 */
public enum MilestoneState {

	/** Not started or in progress: can slip and be overdue. */
	OPEN,
	/** Open, and reported as blocked. */
	BLOCKED,
	/** Reached: counts as progress for the budget rule. */
	DONE,
	/** Dropped: counts for nothing. */
	CANCELLED;

	/** Done and cancelled milestones can no longer slip or be overdue. */
	public boolean isClosed() {
		return this == DONE || this == CANCELLED;
	}

}
