package dev.milepost.security;

import dev.milepost.shared.Like;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.hibernate.Hibernate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management for administrators. Accounts are never deleted (history refers to
 * them), only disabled; at least one enabled administrator always remains. Passwords are
 * stored only as hashes of the application's {@link PasswordEncoder}
 * ({@code {bcrypt}...}). Disabling an account, changing its roles or resetting its
 * password signs the user out everywhere.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	private static final Logger logger = LoggerFactory.getLogger(UserService.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final UserSessions sessions;

	private final Clock clock;

	UserService(UserRepository users, PasswordEncoder passwordEncoder, UserSessions sessions, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * A page of accounts matching the criteria; roles are read in one extra statement per
	 * page.
	 */
	public Page<UserListItem> list(UserCriteria criteria, Pageable pageable) {
		Instant now = this.clock.instant();
		return this.users.findAll(matching(criteria), pageable)
			.map((user) -> new UserListItem(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
					EnumSet.copyOf(withNoneEmpty(user.getRoles())), user.isEnabled(),
					user.isLocked(now) ? user.getLockedUntil() : null));
	}

	/**
	 * The account with its roles.
	 * @throws UserNotFoundException for an unknown id
	 */
	public User get(Long id) {
		User user = this.users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
		Hibernate.initialize(user.getRoles());
		return user;
	}

	/** Whether any account (enabled or not) has this user name, ignoring case. */
	public boolean isUsernameTaken(String username) {
		return this.users.existsByUsernameIgnoreCase(username);
	}

	/**
	 * Creates an enabled account with a hashed password.
	 * @throws UsernameTakenException when the user name is used already
	 */
	@Transactional
	public User create(NewUser details) {
		if (isUsernameTaken(details.username())) {
			throw new UsernameTakenException(details.username());
		}
		User user = new User(details.username(), details.displayName(), this.passwordEncoder.encode(details.password()),
				details.roles());
		user.setEmail(details.email());
		try {
			this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			// the unique constraint decides a race between two admins creating the same
			// name
			throw new UsernameTakenException(details.username());
		}
		logger.info("Created account '{}' with roles {}", user.getUsername(), user.getRoles());
		return user;
	}

	/**
	 * Applies the changes if the account is still at {@code version}.
	 * @throws UserNotFoundException for an unknown id
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it
	 * meanwhile
	 * @throws LastAdminException when this would leave no enabled administrator
	 */
	@Transactional
	public User update(Long id, long version, UserChanges changes) {
		User user = get(id);
		if (user.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(User.class, id);
		}
		keepAnAdmin(user, changes.enabled(), changes.roles());
		boolean signOut = (user.isEnabled() && !changes.enabled()) || !user.getRoles().equals(changes.roles());
		user.setDisplayName(changes.displayName());
		user.setEmail(changes.email());
		user.setRoles(changes.roles());
		user.setEnabled(changes.enabled());
		this.users.saveAndFlush(user);
		if (signOut) {
			this.sessions.endAll(user.getUsername());
		}
		return user;
	}

	/**
	 * Sets a new password, lifts a login lock, and signs the user out everywhere.
	 * @throws UserNotFoundException for an unknown id
	 */
	@Transactional
	public User resetPassword(Long id, String newPassword) {
		User user = get(id);
		user.setPasswordHash(this.passwordEncoder.encode(newPassword));
		user.unlock();
		this.users.saveAndFlush(user);
		this.sessions.endAll(user.getUsername());
		logger.info("Password of '{}' reset by an administrator", user.getUsername());
		return user;
	}

	/**
	 * Enables or disables the account; disabling signs the user out everywhere.
	 * @throws UserNotFoundException for an unknown id
	 * @throws LastAdminException when disabling the last enabled administrator
	 */
	@Transactional
	public User setEnabled(Long id, boolean enabled) {
		User user = get(id);
		if (user.isEnabled() == enabled) {
			return user;
		}
		keepAnAdmin(user, enabled, user.getRoles());
		user.setEnabled(enabled);
		this.users.saveAndFlush(user);
		if (!enabled) {
			this.sessions.endAll(user.getUsername());
		}
		logger.info("Account '{}' {}", user.getUsername(), enabled ? "enabled" : "disabled");
		return user;
	}

	/** Refuses a change that takes away the last enabled administrator. */
	private void keepAnAdmin(User user, boolean enabledAfter, Set<Role> rolesAfter) {
		boolean adminBefore = user.isEnabled() && user.hasRole(Role.ADMIN);
		boolean adminAfter = enabledAfter && rolesAfter.contains(Role.ADMIN);
		if (adminBefore && !adminAfter) {
			List<User> admins = this.users.lockEnabledAdmins();
			if (admins.stream().noneMatch((admin) -> !admin.getId().equals(user.getId()))) {
				throw new LastAdminException(user.getUsername());
			}
		}
	}

	private static Set<Role> withNoneEmpty(Set<Role> roles) {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles;
	}

	static Specification<User> matching(UserCriteria c) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (c.q() != null && !c.q().isBlank()) {
				String pattern = Like.containing(c.q());
				where.add(cb.or(cb.like(cb.lower(root.get("username")), pattern, '\\'),
						cb.like(cb.lower(root.get("displayName")), pattern, '\\'),
						cb.like(cb.lower(root.get("email")), pattern, '\\')));
			}
			if (c.role() != null) {
				where.add(cb.isMember(c.role(), root.<Set<Role>>get("roles")));
			}
			if (c.enabled() != null) {
				where.add(cb.equal(root.get("enabled"), c.enabled()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
