package dev.milepost.security;

/**
 * What a user may do. ADMIN: everything and user management. TPM: edits the programs they
 * own or are editor of, and may create programs. VIEWER: reads everything, changes
 * nothing.
 */
public enum Role {

	ADMIN, TPM, VIEWER;

	/** The Spring Security authority name, {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
