package dev.milepost.security;

import java.util.List;
import java.util.Map;

import dev.milepost.IntegrationTest;
import dev.milepost.shared.DemoMode;
import dev.milepost.shared.MilepostProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first start of a deployment: the first administrator comes from the settings, only
 * while there are no users, and without users and settings the application refuses to
 * start, before it says it started; a first administrator's password that breaks the
 * password rule stops it even before the database is migrated (shown against brand-new
 * PostgreSQL databases of their own).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
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

	@Autowired
	PlatformTransactionManager transactionManager;

	/**
	 * What Spring Boot logs once the application has started (as opposed to the tests'
	 * own context).
	 */
	static final String STARTED = "Started MilepostApplication";

	static final String NO_ADMIN_USERNAME = "--milepost.admin.username=";

	static final String NO_ADMIN_PASSWORD = "--milepost.admin.password=";

	@Test
	void refusesToStartWithNoUsersAndNoFirstAdminConfigured(CapturedOutput output) {
		try (FreshDatabase database = FreshDatabase.create("milepost_boot_refuse")) {
			assertThatThrownBy(() -> MilepostInstances.start(database, NO_ADMIN_USERNAME, NO_ADMIN_PASSWORD).close())
				.satisfies((failure) -> assertThat(causes(failure))
					.anySatisfy((cause) -> assertThat(cause.getMessage()).contains(
							"Milepost has no user accounts yet. Set MILEPOST_ADMIN_USERNAME and MILEPOST_ADMIN_PASSWORD")));
			assertThat(database.jdbc().sql("select count(*) from users").query(Integer.class).single()).isZero();
			assertThat(output).as("refused while starting, not after")
				.contains("APPLICATION FAILED TO START")
				.doesNotContain(STARTED);
		}
	}

	@Test
	void refusesATooShortFirstAdminPasswordBeforeMigrating(CapturedOutput output) {
		try (FreshDatabase database = FreshDatabase.create("milepost_boot_short")) {
			assertThatThrownBy(() -> MilepostInstances
				.start(database, "--milepost.admin.username=first-admin", "--milepost.admin.password=eleven-char")
				.close())
				.satisfies((failure) -> assertThat(causes(failure)).anySatisfy((cause) -> assertThat(cause.getMessage())
					.contains("MILEPOST_ADMIN_PASSWORD (milepost.admin.password) is shorter than 12 characters")));
			assertThat(database.jdbc()
				.sql("select count(*) from information_schema.tables where table_schema = 'public'")
				.query(Integer.class)
				.single()).as("nothing migrated, not even flyway_schema_history").isZero();
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("Set MILEPOST_ADMIN_PASSWORD to a password of at least 12 characters")
				.doesNotContain("eleven-char")
				.doesNotContain(STARTED);
		}
	}

	@Test
	void theFirstAdminPasswordFollowsTheRuleOfTheAdminPage() {
		assertThatNoException()
			.isThrownBy(() -> FirstAdminSettings.check(new MilepostProperties.Admin("admin", "twelve-chars")));
		assertThatNoException().isThrownBy(() -> FirstAdminSettings.check(new MilepostProperties.Admin("admin", "")));
		assertThatNoException().isThrownBy(() -> FirstAdminSettings.check(new MilepostProperties.Admin("admin", null)));
		assertThatThrownBy(() -> FirstAdminSettings.check(new MilepostProperties.Admin("admin", "eleven-char")))
			.isInstanceOf(FirstAdminException.class)
			.hasMessageContaining("is shorter than 12 characters");
		assertThatThrownBy(() -> FirstAdminSettings.check(new MilepostProperties.Admin("admin", "x".repeat(73))))
			.hasMessageContaining("is longer than 72 bytes");
		assertThatThrownBy(
				() -> FirstAdminSettings.check(new MilepostProperties.Admin("administrator", "Administrator")))
			.hasMessageContaining("is the user name");
		assertThatThrownBy(() -> FirstAdminSettings.check(new MilepostProperties.Admin("admin", "             ")))
			.hasMessageContaining("is blank");
	}

	/**
	 * The shared test database was empty when the test application started with
	 * {@code milepost.admin.*} set (src/test/resources/config/application.properties):
	 * its first user is that administrator. Once users exist, other settings create
	 * nobody; that an instance then starts without any settings at all is shown by
	 * {@link SharedSessionTests}, whose second instance starts so.
	 */
	@Test
	void createsTheFirstAdminFromTheSettingsAndNothingOnceUsersExist() {
		Map<String, Object> first = this.jdbc.sql(
				"select u.username, u.password_hash, u.enabled, r.role from users u join user_roles r on r.user_id = u.id "
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
		UserBootstrap again = new UserBootstrap(this.users, this.passwordEncoder, otherSettings, this.demoMode,
				this.transactionManager);
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
