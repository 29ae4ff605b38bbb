package dev.milepost.security;

import java.time.Instant;
import java.util.Set;

/**
 * One row of the user list.
 *
 * @param lockedUntil when the current login lock ends, {@code null} when the account is
 * not locked now
 */
public record UserListItem(Long id, String username, String displayName, String email, Set<Role> roles, boolean enabled,
		Instant lockedUntil) {

	public boolean isLocked() {
		return this.lockedUntil != null;
	}

}
