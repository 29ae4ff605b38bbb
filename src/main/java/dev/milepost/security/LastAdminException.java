package dev.milepost.security;

/**
 * The change would disable or demote the last enabled administrator, after which nobody
 * could manage accounts any more; nothing was changed.
 */
public class LastAdminException extends RuntimeException {

	private final String username;

	public LastAdminException(String username) {
		super("'" + username + "' is the last enabled administrator");
		this.username = username;
	}

	public String getUsername() {
		return this.username;
	}

}
