package dev.milepost.security.web;

import java.nio.charset.StandardCharsets;

import org.springframework.validation.Errors;

/**
 * The password rules, for new accounts and resets: at least {@value #MIN_LENGTH} characters, at
 * most {@value #MAX_BYTES} bytes (bcrypt ignores anything longer, and Spring Security refuses it),
 * and not the user name.
 */
final class Passwords {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private Passwords() {
	}

	/**
	 * Adds an error to {@code field} when {@code password} breaks a rule. Passwords are taken as
	 * typed (the controller exempts them from the global string trimming).
	 */
	static void check(String password, String username, String field, Errors errors) {
		if (password == null || password.isBlank()) {
			errors.rejectValue(field, "password.required", "Required.");
		}
		else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			errors.rejectValue(field, "password.tooShort", new Object[] { MIN_LENGTH },
					"Use at least " + MIN_LENGTH + " characters.");
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			errors.rejectValue(field, "password.tooLong", new Object[] { MAX_BYTES },
					"Use at most " + MAX_BYTES + " characters.");
		}
		else if (username != null && password.equalsIgnoreCase(username)) {
			errors.rejectValue(field, "password.isUsername", "The password cannot be the user name.");
		}
	}

}
