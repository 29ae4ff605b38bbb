package dev.milepost.security;

import dev.milepost.TestClock;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V10 turns the free-text program owner into a user reference. Run with Flyway directly
 * on a brand-new PostgreSQL database: migrate to V9, add programs as the core issue
 * stored them, then migrate to the latest version.
 */
class OwnerMigrationTests {

	@Test
	void freeTextOwnersBecomeDisabledTpmAccountsThatProgramsPointAt() {
		try (FreshDatabase database = FreshDatabase.create("milepost_v10")) {
			flyway(database, "9").migrate();
			JdbcClient jdbc = database.jdbc();
			insertProgram(jdbc, "ANN1", "Ann Lee");
			insertProgram(jdbc, "ANN2", "ann lee ");
			insertProgram(jdbc, "BO1", "Bo Chen");

			flyway(database, null).migrate();

			List<Map<String, Object>> users = jdbc
				.sql("select u.username, u.display_name, u.enabled, r.role from users u "
						+ "join user_roles r on r.user_id = u.id order by u.username")
				.query()
				.listOfRows();
			assertThat(users).extracting((row) -> row.get("username")).containsExactly("ann.lee", "bo.chen");
			assertThat(users)
				.allSatisfy((row) -> assertThat(row).containsEntry("enabled", false).containsEntry("role", "TPM"));
			assertThat((String) users.get(0).get("display_name")).isEqualToIgnoringCase("Ann Lee");
			assertThat(users.get(1)).containsEntry("display_name", "Bo Chen");

			Map<String, String> owners = jdbc
				.sql("select p.program_key, u.username from programs p join users u on u.id = p.owner_id")
				.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list()
				.stream()
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			assertThat(owners)
				.containsExactlyInAnyOrderEntriesOf(Map.of("ANN1", "ann.lee", "ANN2", "ann.lee", "BO1", "bo.chen"));
			assertThat(jdbc
				.sql("select count(*) from information_schema.columns "
						+ "where table_name = 'programs' and column_name = 'owner'")
				.query(Integer.class)
				.single()).as("the free-text column is gone").isZero();
			String hash = jdbc.sql("select password_hash from users where username = 'ann.lee'")
				.query(String.class)
				.single();
			assertThat(hash).as("no password works until an admin resets it").startsWith("{bcrypt}");
		}
	}

	private static Flyway flyway(FreshDatabase database, String target) {
		var configuration = Flyway.configure()
			.dataSource(database.url(), database.username(), database.password())
			.locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

	private static void insertProgram(JdbcClient jdbc, String key, String owner) {
		jdbc.sql("insert into programs (program_key, name, status, owner, created_at, updated_at) "
				+ "values (?, ?, 'ACTIVE', ?, ?, ?)")
			.params(key, "Program " + key, owner, TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
			.update();
	}

}
