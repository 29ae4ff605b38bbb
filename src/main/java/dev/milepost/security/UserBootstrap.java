package dev.milepost.security;

import java.util.EnumSet;

import dev.milepost.shared.DemoMode;
import dev.milepost.shared.MilepostProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure someone can log in: if there are no users, creates the first admin from
 * {@code MILEPOST_ADMIN_USERNAME} / {@code MILEPOST_ADMIN_PASSWORD}, and refuses to start
 * without them. There is never a default admin password outside demo mode.
 * <p>
 * This happens while the application context starts, after Flyway migrated and before the
 * web server opens its port, so a refused start-up never logs "Started". In demo mode the
 * demo loader brings its own accounts after the context has started; there this check
 * waits for it (as the last application runner).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UserBootstrap implements SmartInitializingSingleton, ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(UserBootstrap.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final MilepostProperties properties;

	private final DemoMode demoMode;

	private final TransactionTemplate transaction;

	UserBootstrap(UserRepository users, PasswordEncoder passwordEncoder, MilepostProperties properties,
			DemoMode demoMode, PlatformTransactionManager transactionManager) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.demoMode = demoMode;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	boolean isDemoMode() {
		return this.demoMode.isEnabled();
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!isDemoMode()) {
			createFirstAdminIfNoUsers();
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (isDemoMode()) {
			createFirstAdminIfNoUsers();
		}
	}

	/**
	 * @return whether an admin was created
	 * @throws FirstAdminException when there are no users and no first admin is
	 * configured, or its password breaks the {@link PasswordRule}
	 */
	public boolean createFirstAdminIfNoUsers() {
		Boolean created = this.transaction.execute((status) -> {
			if (this.users.count() > 0) {
				return false;
			}
			MilepostProperties.Admin admin = this.properties.admin();
			if (!admin.isComplete()) {
				throw new FirstAdminException("Milepost has no user accounts yet. Set MILEPOST_ADMIN_USERNAME and "
						+ "MILEPOST_ADMIN_PASSWORD (properties milepost.admin.username / milepost.admin.password) "
						+ "for the first start; that account is then created as administrator.",
						"Set MILEPOST_ADMIN_USERNAME and MILEPOST_ADMIN_PASSWORD (at least " + PasswordRule.MIN_LENGTH
								+ " characters) and start again.");
			}
			FirstAdminSettings.check(admin);
			User user = new User(admin.username(), admin.username(), this.passwordEncoder.encode(admin.password()),
					EnumSet.of(Role.ADMIN));
			this.users.save(user);
			logger.info("Created the first administrator '{}'", admin.username());
			return true;
		});
		return Boolean.TRUE.equals(created);
	}

}
