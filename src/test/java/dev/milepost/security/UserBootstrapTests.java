package dev.milepost.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first start of a real deployment: each test starts the whole application against a
 * brand-new PostgreSQL database, because the first-admin rule is about an empty users table and
 * the shared test database is never empty.
 */
class UserBootstrapTests {

	static final String NO_ADMIN_USERNAME = "--milepost.admin.username=";

	static final String NO_ADMIN_PASSWORD = "--milepost.admin.password=";

	@Test
	void refusesToStartWithNoUsersAndNoFirstAdminConfigured() {
		try (FreshDatabase database = FreshDatabase.create("milepost_boot_refuse")) {
			assertThatThrownBy(() -> MilepostInstances.start(database, NO_ADMIN_USERNAME, NO_ADMIN_PASSWORD).close())
				.satisfies((failure) -> assertThat(causes(failure)).anySatisfy((cause) -> assertThat(cause.getMessage())
					.contains("Milepost has no user accounts yet. Set MILEPOST_ADMIN_USERNAME and MILEPOST_ADMIN_PASSWORD")));
			assertThat(database.jdbc().sql("select count(*) from users").query(Integer.class).single()).isZero();
		}
	}

	@Test
	void createsTheFirstAdminFromTheSettingsAndNothingOnceUsersExist() {
		try (FreshDatabase database = FreshDatabase.create("milepost_boot_create")) {
			String password = "first-admin-password-123";
			try (ConfigurableApplicationContext first = MilepostInstances.start(database,
					"--milepost.admin.username=first-admin", "--milepost.admin.password=" + password)) {
				List<Map<String, Object>> users = database.jdbc()
					.sql("select u.username, u.password_hash, u.enabled, r.role from users u "
							+ "join user_roles r on r.user_id = u.id")
					.query()
					.listOfRows();
				assertThat(users).hasSize(1);
				Map<String, Object> admin = users.get(0);
				assertThat(admin).containsEntry("username", "first-admin")
					.containsEntry("enabled", true)
					.containsEntry("role", "ADMIN");
				String hash = (String) admin.get("password_hash");
				assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
				assertThat(first.getBean(PasswordEncoder.class).matches(password, hash)).isTrue();
			}

			// users exist now: different settings create nobody, and none are needed to start
			try (ConfigurableApplicationContext again = MilepostInstances.start(database,
					"--milepost.admin.username=second-admin", "--milepost.admin.password=second-admin-password")) {
				assertThat(usernames(database)).containsExactly("first-admin");
			}
			try (ConfigurableApplicationContext withoutSettings = MilepostInstances.start(database, NO_ADMIN_USERNAME,
					NO_ADMIN_PASSWORD)) {
				assertThat(usernames(database)).containsExactly("first-admin");
			}
		}
	}

	private static List<String> usernames(FreshDatabase database) {
		return database.jdbc().sql("select username from users order by id").query(String.class).list();
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> chain = new java.util.ArrayList<>();
		for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
			chain.add(t);
		}
		return chain;
	}

}
