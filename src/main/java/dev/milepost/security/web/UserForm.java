package dev.milepost.security.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.security.UserChanges;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The account form: what an administrator may change on an account. {@link NewUserForm}
 * adds the user name and initial password for creating one.
 */
public class UserForm {

	@NotBlank
	@Size(max = 120)
	private String displayName;

	@Email
	@Size(max = 254)
	private String email;

	@NotEmpty
	private Set<Role> roles = new LinkedHashSet<>();

	private boolean enabled = true;

	private Long version;

	static UserForm from(User user) {
		UserForm form = new UserForm();
		form.displayName = user.getDisplayName();
		form.email = user.getEmail();
		form.roles = new LinkedHashSet<>(user.getRoles());
		form.enabled = user.isEnabled();
		form.version = user.getVersion();
		return form;
	}

	UserChanges toChanges() {
		return new UserChanges(this.displayName, this.email, roleSet(), this.enabled);
	}

	Set<Role> roleSet() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : new LinkedHashSet<>();
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
