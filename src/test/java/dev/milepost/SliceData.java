package dev.milepost;

import java.time.LocalDate;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.security.Role;
import dev.milepost.security.User;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link TestData} for {@code @DataJpaTest} slices, where the modules' services are not
 * there: rows are inserted with SQL and read back as managed entities of the test's
 * transaction. Same records as {@link TestData} builds (an ACTIVE program of
 * 2026-01-01..2027-06-30 owned by {@value TestData#OWNER}, an EXECUTING project led by
 * Lee Lead), without their change history. Import it with
 * {@code @Import(SliceData.class)}.
 */
@TestComponent
public class SliceData {

	private final JdbcClient jdbc;

	private final TestEntityManager entities;

	public SliceData(JdbcClient jdbc, TestEntityManager entities) {
		this.jdbc = jdbc;
		this.entities = entities;
	}

	/** The TPM who owns the programs this class builds ({@code test-owner}). */
	public User owner() {
		return user(TestData.OWNER, "Olivia Owner", Role.TPM);
	}

	/**
	 * An enabled user, created on first use; the password is {@code <username>-password}.
	 */
	public User user(String username, String displayName, Role role) {
		Long id = this.jdbc.sql("select id from users where username = :username")
			.param("username", username)
			.query(Long.class)
			.optional()
			.orElseGet(() -> insertUser(username, displayName, role));
		return this.entities.find(User.class, id);
	}

	private long insertUser(String username, String displayName, Role role) {
		long id = this.jdbc.sql("""
				insert into users (username, display_name, password_hash, created_at, updated_at)
				values (:username, :displayName, :password, current_timestamp, current_timestamp)
				returning id""")
			.param("username", username)
			.param("displayName", displayName)
			.param("password", "{noop}" + username + "-password")
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into user_roles (user_id, role) values (:id, :role)")
			.param("id", id)
			.param("role", role.name())
			.update();
		return id;
	}

	public Program program() {
		return program(TestData.uniqueKey());
	}

	public Program program(String key) {
		long id = this.jdbc.sql("""
				insert into programs (program_key, name, status, owner_id, start_date, target_end_date,
				                      created_at, updated_at)
				values (:key, :name, 'ACTIVE', :owner, :start, :end, current_timestamp, current_timestamp)
				returning id""")
			.param("key", key)
			.param("name", "Program " + key)
			.param("owner", owner().getId())
			.param("start", LocalDate.of(2026, 1, 1))
			.param("end", LocalDate.of(2027, 6, 30))
			.query(Long.class)
			.single();
		return this.entities.find(Program.class, id);
	}

	public Project project(Program program) {
		String key = TestData.uniqueKey();
		long id = this.jdbc.sql("""
				insert into projects (program_id, project_key, name, lead, phase, created_at, updated_at)
				values (:program, :key, :name, 'Lee Lead', 'EXECUTING', current_timestamp, current_timestamp)
				returning id""")
			.param("program", program.getId())
			.param("key", key)
			.param("name", "Project " + key)
			.query(Long.class)
			.single();
		return this.entities.find(Project.class, id);
	}

}
