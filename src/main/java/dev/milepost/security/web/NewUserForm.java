package dev.milepost.security.web;

import dev.milepost.security.NewUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The account form when creating one: also the user name (fixed for good afterwards) and
 * the initial password.
 */
public class NewUserForm extends UserForm {

	static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";

	@NotBlank
	@Pattern(regexp = USERNAME_PATTERN)
	private String username;

	/** Checked by {@link Passwords}; never rendered back into the page. */
	private String password;

	NewUser toNewUser() {
		return new NewUser(this.username, getDisplayName(), getEmail(), roleSet(), this.password);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
