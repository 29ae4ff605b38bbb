package dev.milepost.security;

import dev.milepost.shared.MilepostProperties;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Checks the first administrator's settings before the database is touched: a configured
 * {@code MILEPOST_ADMIN_PASSWORD} must follow the {@link PasswordRule}, like every
 * password set on the admin page, or start-up stops. The check runs when this bean is
 * created, and Flyway is built with it (as one of its customizers), so a refused start-up
 * has not migrated anything. The password is checked whenever it is set, also once users
 * exist and it is no longer used.
 */
@Component
class FirstAdminSettings implements FlywayConfigurationCustomizer {

	FirstAdminSettings(MilepostProperties properties) {
		check(properties.admin());
	}

	@Override
	public void customize(FluentConfiguration configuration) {
		// nothing to change: being created before Flyway is this bean's purpose
	}

	/**
	 * @throws FirstAdminException when a password is set and breaks the rule
	 */
	static void check(MilepostProperties.Admin admin) {
		String password = admin.password();
		if (password == null || password.isEmpty()) {
			// unset: needed only while there are no users, which UserBootstrap checks
			return;
		}
		PasswordRule.check(password, admin.username()).ifPresent((problem) -> {
			throw new FirstAdminException("The first administrator's password MILEPOST_ADMIN_PASSWORD "
					+ "(milepost.admin.password) " + problem.description() + ". It must follow the same rule as "
					+ "every password set on the admin page. Start-up stopped before the database was migrated.",
					"Set MILEPOST_ADMIN_PASSWORD to a password of at least " + PasswordRule.MIN_LENGTH
							+ " characters and at most " + PasswordRule.MAX_BYTES
							+ " bytes that is not the user name (or remove it once users exist: "
							+ "it is used only while there are none).");
		});
	}

}
