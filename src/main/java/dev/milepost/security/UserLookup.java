package dev.milepost.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules need to know about accounts: find users by name or id, and the users
 * who hold a role. Reads only; managing accounts is {@link UserService}'s.
 */
@Service
@Transactional(readOnly = true)
public class UserLookup {

	private final UserRepository users;

	UserLookup(UserRepository users) {
		this.users = users;
	}

	/**
	 * The account with this user name, its roles read with it.
	 * @param username the exact user name
	 * @return the account, or empty if there is none
	 */
	public Optional<User> withRoles(String username) {
		return this.users.findWithRolesByUsername(username);
	}

	/**
	 * Enabled users with at least one of the roles, by display name: the choices for a
	 * program's owner and editors.
	 * @param roles the roles, at least one
	 * @return the users, each once
	 */
	public List<User> enabledWithAnyRole(Collection<Role> roles) {
		return this.users.findEnabledWithAnyRole(List.copyOf(roles));
	}

	/**
	 * The users with these ids, in no particular order; unknown ids are left out.
	 * @param ids the ids, none {@code null}
	 * @return the users found
	 */
	public List<User> byIds(Collection<Long> ids) {
		return this.users.findAllById(ids);
	}

}
