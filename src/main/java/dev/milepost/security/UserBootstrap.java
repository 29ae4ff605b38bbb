package dev.milepost.security;

import java.util.EnumSet;

import dev.milepost.shared.DemoMode;
import dev.milepost.shared.MilepostProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can log in. Runs after the demo loader (which brings its own accounts): if
 * there are still no users, creates the first admin from {@code MILEPOST_ADMIN_USERNAME} /
 * {@code MILEPOST_ADMIN_PASSWORD}, and refuses to start without them. There is never a default
 * admin password outside demo mode.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UserBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(UserBootstrap.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final MilepostProperties properties;

	private final DemoMode demoMode;

	UserBootstrap(UserRepository users, PasswordEncoder passwordEncoder, MilepostProperties properties,
			DemoMode demoMode) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.demoMode = demoMode;
	}

	boolean isDemoMode() {
		return this.demoMode.isEnabled();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		createFirstAdminIfNoUsers();
	}

	/**
	 * @return whether an admin was created
	 * @throws IllegalStateException when there are no users and no first admin is configured
	 */
	@Transactional
	public boolean createFirstAdminIfNoUsers() {
		if (this.users.count() > 0) {
			return false;
		}
		MilepostProperties.Admin admin = this.properties.admin();
		if (!admin.isComplete()) {
			throw new IllegalStateException("Milepost has no user accounts yet. Set MILEPOST_ADMIN_USERNAME and "
					+ "MILEPOST_ADMIN_PASSWORD (properties milepost.admin.username / milepost.admin.password) "
					+ "for the first start; that account is then created as administrator.");
		}
		User user = new User(admin.username(), admin.username(), this.passwordEncoder.encode(admin.password()),
				EnumSet.of(Role.ADMIN));
		this.users.save(user);
		logger.info("Created the first administrator '{}'", admin.username());
		return true;
	}

}
