package dev.milepost.security.web;

/**
 * A new password set by an administrator; checked by {@link Passwords}.
 */
public class PasswordForm {

	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
