package dev.milepost.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rule every password in Milepost follows, whether an administrator sets it on the
 * admin page or it comes from {@code MILEPOST_ADMIN_PASSWORD} for the first
 * administrator: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES}
 * bytes in UTF-8 (bcrypt ignores anything longer, and Spring Security refuses it), and
 * not the user name (ignoring case). Passwords are taken as typed: nothing is trimmed.
 */
public final class PasswordRule {

	/** The fewest characters (code points) a password may have. */
	public static final int MIN_LENGTH = 12;

	/** The most bytes (UTF-8) a password may have. */
	public static final int MAX_BYTES = 72;

	private PasswordRule() {
	}

	/**
	 * @param password the password as typed; {@code null} counts as blank
	 * @param username the account's user name, or {@code null} when it is not known
	 * @return what is wrong with the password, or empty when it follows the rule
	 */
	public static Optional<Problem> check(String password, String username) {
		if (password == null || password.isBlank()) {
			return Optional.of(Problem.REQUIRED);
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(Problem.TOO_LONG);
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			return Optional.of(Problem.IS_USERNAME);
		}
		return Optional.empty();
	}

	/** A way a password can break the rule. */
	public enum Problem {

		/** Blank. */
		REQUIRED("password.required", null, "Required.", "is blank"),

		/** Fewer than {@value PasswordRule#MIN_LENGTH} characters. */
		TOO_SHORT("password.tooShort", MIN_LENGTH, "Use at least " + MIN_LENGTH + " characters.",
				"is shorter than " + MIN_LENGTH + " characters"),

		/** More than {@value PasswordRule#MAX_BYTES} bytes. */
		TOO_LONG("password.tooLong", MAX_BYTES, "Use at most " + MAX_BYTES + " characters.",
				"is longer than " + MAX_BYTES + " bytes"),

		/** The user name. */
		IS_USERNAME("password.isUsername", null, "The password cannot be the user name.", "is the user name");

		private final String code;

		private final Integer limit;

		private final String defaultMessage;

		private final String description;

		Problem(String code, Integer limit, String defaultMessage, String description) {
			this.code = code;
			this.limit = limit;
			this.defaultMessage = defaultMessage;
			this.description = description;
		}

		/** The message code of the form error (messages/security.properties). */
		public String code() {
			return this.code;
		}

		/** The arguments of the message: the limit broken, if any. */
		public Object[] arguments() {
			return (this.limit != null) ? new Object[] { this.limit } : new Object[0];
		}

		/** The form error in English, for when the message is missing. */
		public String defaultMessage() {
			return this.defaultMessage;
		}

		/**
		 * What is wrong, to follow the password's name: "is shorter than 12 characters".
		 */
		public String description() {
			return this.description;
		}

	}

}
