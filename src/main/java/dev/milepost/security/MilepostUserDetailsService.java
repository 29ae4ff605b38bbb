package dev.milepost.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts from the {@code users} table; a locked account is reported as locked so
 * that even the right password is refused until the lock expires.
 */
@Service
class MilepostUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final Clock clock;

	MilepostUserDetailsService(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		User user = this.users.findWithRolesByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.disabled(!user.isEnabled())
			.accountLocked(user.isLocked(this.clock.instant()))
			.authorities(user.getRoles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

}
