package dev.milepost.stakeholder;

/**
 * A stakeholder's part in a program or project, from the RACI matrix. Declared in the
 * order of the acronym (for select boxes); {@link #rank()} is the order in which link
 * tables list them: the one accountable person first.
 */
public enum RaciRole {

	RESPONSIBLE(1), ACCOUNTABLE(0), CONSULTED(2), INFORMED(3);

	private final int rank;

	RaciRole(int rank) {
		this.rank = rank;
	}

	/** 0 for ACCOUNTABLE, then RESPONSIBLE, CONSULTED, INFORMED. */
	public int rank() {
		return this.rank;
	}

}
