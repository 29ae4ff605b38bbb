package dev.milepost.security;

/**
 * Another account already has the user name (user names are unique, case-sensitive, and
 * never reused because accounts are never deleted).
 */
public class UsernameTakenException extends RuntimeException {

	private final String username;

	public UsernameTakenException(String username) {
		super("User name '" + username + "' is already taken");
		this.username = username;
	}

	public String getUsername() {
		return this.username;
	}

}
