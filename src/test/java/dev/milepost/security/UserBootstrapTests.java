package dev.milepost.security;

import java.util.List;
import java.util.Map;

import dev.milepost.IntegrationTest;
import dev.milepost.shared.DemoMode;
import dev.milepost.shared.MilepostProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first start of a deployment: the first administrator comes from the settings, only while
 * there are no users, and without users and settings the application refuses to start (shown
 * against a brand-new PostgreSQL database of its own).
 */
@IntegrationTest
class UserBootstrapTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MilepostProperties properties;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	UserRepository users;

	@Autowired
	DemoMode demoMode;


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

	/**
	 * The shared test database was empty when the test application started with
	 * {@code milepost.admin.*} set (src/test/resources/config/application.properties): its first
	 * user is that administrator. Once users exist, other settings create nobody; that an instance
	 * then starts without any settings at all is shown by {@link SharedSessionTests}, whose second
	 * instance starts so.
	 */
	@Test
	void createsTheFirstAdminFromTheSettingsAndNothingOnceUsersExist() {
		Map<String, Object> first = this.jdbc
			.sql("select u.username, u.password_hash, u.enabled, r.role from users u join user_roles r on r.user_id = u.id "
					+ "where u.id = (select min(id) from users)")
			.query()
			.singleRow();
		assertThat(first).containsEntry("username", this.properties.admin().username())
			.containsEntry("enabled", true)
			.containsEntry("role", "ADMIN");
		String hash = (String) first.get("password_hash");
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(this.properties.admin().password());
		assertThat(this.passwordEncoder.matches(this.properties.admin().password(), hash)).isTrue();

		MilepostProperties otherSettings = new MilepostProperties(this.properties.demoData(),
				this.properties.timeZone(), new MilepostProperties.Admin("second-admin", "second-admin-password"),
				this.properties.login());
		UserBootstrap again = new UserBootstrap(this.users, this.passwordEncoder, otherSettings, this.demoMode);
		assertThat(again.createFirstAdminIfNoUsers()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from users where username = 'second-admin'")
			.query(Integer.class)
			.single()).isZero();
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> chain = new java.util.ArrayList<>();
		for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
			chain.add(t);
		}
		return chain;
	}

}
