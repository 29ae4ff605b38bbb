package dev.milepost.security;

/**
 * Start-up refused because of the first administrator's settings
 * ({@code MILEPOST_ADMIN_USERNAME}, {@code MILEPOST_ADMIN_PASSWORD}): missing while there
 * are no users, or a password that breaks the {@link PasswordRule}.
 */
class FirstAdminException extends IllegalStateException {

	private final String action;

	FirstAdminException(String message, String action) {
		super(message);
		this.action = action;
	}

	/** What the operator should do about it. */
	String getAction() {
		return this.action;
	}

}
