package dev.milepost;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramRepository;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectPhase;
import dev.milepost.portfolio.ProjectRepository;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.security.UserRepository;

import org.springframework.boot.test.context.TestComponent;

/**
 * Builds the records a test needs, with keys unique within the test JVM so that tests sharing a
 * database never see each other's rows by accident. Import it with {@code @Import(TestData.class)}.
 */
@TestComponent
public class TestData {

	private static final AtomicInteger sequence = new AtomicInteger();

	public static final String OWNER = "test-owner";

	private final ProgramRepository programs;

	private final ProjectRepository projects;

	private final UserRepository users;

	public TestData(ProgramRepository programs, ProjectRepository projects, UserRepository users) {
		this.programs = programs;
		this.projects = projects;
		this.users = users;
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
		return this.users.findWithRolesByUsername(username)
			.orElseGet(() -> this.users.saveAndFlush(new User(username, displayName,
					"{noop}" + username + "-password", java.util.EnumSet.of(role))));
	}

	/** A unique key such as {@code T4F2}: a letter, then base-36 digits. */
	public static String uniqueKey() {
		return "T" + Integer.toString(sequence.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 10000, 36)
			.toUpperCase(java.util.Locale.ROOT);
	}

	public Program program() {
		return program(uniqueKey());
	}

	public Program program(String key) {
		Program program = new Program(key, "Program " + key, owner());
		program.setStatus(ProgramStatus.ACTIVE);
		program.setStartDate(LocalDate.of(2026, 1, 1));
		program.setTargetEndDate(LocalDate.of(2027, 6, 30));
		return this.programs.saveAndFlush(program);
	}

	public Project project(Program program) {
		String key = uniqueKey();
		Project project = new Project(program, key, "Project " + key);
		project.setPhase(ProjectPhase.EXECUTING);
		project.setLead("Lee Lead");
		return this.projects.saveAndFlush(project);
	}

}
