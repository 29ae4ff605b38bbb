package dev.milepost.raid;

/**
 * Where a change request stands; labels come from {@code change.status.<NAME>}. Only a
 * submitted request can be approved or rejected; approved, rejected and withdrawn are
 * final.
 */
public enum ChangeStatus {

	DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN;

	/** Draft or submitted: its impact is not applied and may still change. */
	public boolean isPending() {
		return this == DRAFT || this == SUBMITTED;
	}

}
