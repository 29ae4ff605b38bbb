package dev.milepost;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramDetails;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectDetails;
import dev.milepost.portfolio.ProjectPhase;
import dev.milepost.portfolio.ProjectService;
import dev.milepost.security.NewUser;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.security.UserLookup;
import dev.milepost.security.UserService;

import org.springframework.boot.test.context.TestComponent;

/**
 * Builds the records a test needs, with keys unique within the test JVM so that tests
 * sharing a database never see each other's rows by accident. Import it with
 * {@code @Import(TestData.class)}. Goes through the modules' services, like any other
 * module would: repositories are internal.
 */
@TestComponent
public class TestData {

	private static final AtomicInteger sequence = new AtomicInteger();

	public static final String OWNER = "test-owner";

	private final ProgramService programs;

	private final ProjectService projects;

	private final UserLookup users;

	private final UserService accounts;

	public TestData(ProgramService programs, ProjectService projects, UserLookup users, UserService accounts) {
		this.programs = programs;
		this.projects = projects;
		this.users = users;
		this.accounts = accounts;
	}

	/** The TPM who owns the programs this class builds ({@code test-owner}). */
	public User owner() {
		return user(OWNER, "Olivia Owner", Role.TPM);
	}

	/** An enabled user with the given name and role, created on first use. */
	public User user(String username, Role role) {
		return user(username, "User " + username, role);
	}

	/**
	 * An enabled user, created on first use; the password is {@code <username>-password}.
	 */
	public User user(String username, String displayName, Role role) {
		return this.users.withRoles(username)
			.orElseGet(() -> this.accounts
				.create(new NewUser(username, displayName, null, Set.of(role), username + "-password")));
	}

	/** A unique key such as {@code T4F2}: a letter, then base-36 digits. */
	public static String uniqueKey() {
		return "T" + Integer
			.toString(sequence.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 10000, 36)
			.toUpperCase(java.util.Locale.ROOT);
	}

	public Program program() {
		return program(uniqueKey());
	}

	public Program program(String key) {
		return this.programs.create(new ProgramDetails(key, "Program " + key, null, null, ProgramStatus.ACTIVE,
				owner().getId(), Set.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), null, null));
	}

	public Project project(Program program) {
		String key = uniqueKey();
		return this.projects.create(new ProjectDetails(program.getId(), key, "Project " + key, null, "Lee Lead",
				ProjectPhase.EXECUTING, null, null, null, null));
	}

}
