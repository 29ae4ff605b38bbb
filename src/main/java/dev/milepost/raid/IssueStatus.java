package dev.milepost.raid;

/**
 * Where an issue stands; labels come from {@code issue.status.<NAME>}.
 */
public enum IssueStatus {

	OPEN, IN_PROGRESS, RESOLVED, CLOSED;

	/** Open or in progress: still hurting delivery. */
	public boolean isLive() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
