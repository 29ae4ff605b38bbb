package dev.milepost.stakeholder;

/**
 * Another stakeholder already has this email (compared case-insensitively). Callers turn
 * it into a field error naming that stakeholder
 * ({@link StakeholderService#holderOfEmail(String)}).
 */
public class EmailAlreadyUsedException extends RuntimeException {

	private final String email;

	EmailAlreadyUsedException(String email) {
		super("Email already used: " + email);
		this.email = email;
	}

	/** The normalised (lower-cased) email. */
	public String getEmail() {
		return this.email;
	}

}
