package dev.milepost.security.web;

import dev.milepost.security.PasswordRule;

import org.springframework.validation.Errors;

/**
 * The {@link PasswordRule} on the admin forms, for new accounts and resets.
 */
final class Passwords {

	private Passwords() {
	}

	/**
	 * Adds an error to {@code field} when {@code password} breaks the rule. Passwords are
	 * taken as typed (the controller exempts them from the global string trimming).
	 */
	static void check(String password, String username, String field, Errors errors) {
		PasswordRule.check(password, username)
			.ifPresent((problem) -> errors.rejectValue(field, problem.code(), problem.arguments(),
					problem.defaultMessage()));
	}

}
