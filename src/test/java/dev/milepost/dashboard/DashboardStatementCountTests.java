package dev.milepost.dashboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.milepost.StatementCounter;
import dev.milepost.TestClockConfiguration;
import dev.milepost.demo.DemoDataLoader;
import dev.milepost.demo.DemoScale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every dashboard page issues a number of SQL statements that does not grow with the
 * data: each page is rendered with the small demo portfolio and again with the medium one
 * (50 programs, 500 projects, 5,000 milestones), for the same program and for the largest
 * generated program, and the counts must all be equal and at most
 * {@value #MAX_STATEMENTS_PER_PAGE}.
 * <p>
 * The demo portfolios are loaded into a database of this class's own (created here,
 * dropped when the JVM ends), not the test database the other classes share: the counts
 * must not depend on whatever the other tests have written, and the medium portfolio must
 * not slow them down.
 * <p>
 * Whole pages are measured, so a section added to a page is counted without touching this
 * test. To cover a new page, add it to {@link #PAGES}.
 */
@SpringBootTest(properties = "milepost.demo-data=false")
@AutoConfigureMockMvc
@Import({ StatementCounter.class, TestClockConfiguration.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardStatementCountTests {

	/**
	 * Two of these are the session MockMvc opens for the request. The program page is the
	 * largest: 14 of its own, one of them the register summary (issues, decisions,
	 * actions, change requests) in a single statement.
	 */
	static final int MAX_STATEMENTS_PER_PAGE = 16;

	/** The program (and its biggest project) a page is rendered for. */
	record Target(String label, long programId, String programKey, String programName, long projectId,
			String projectKey, String tpmProgram) {
	}

	/**
	 * A dashboard page: who looks at it, its URL for a target, and a text it must contain
	 * (escaped as HTML; {@code #{code}} for a message), so that an error or empty page
	 * cannot pass.
	 */
	record Page(String name, String username, String role, Function<Target, String> uri,
			Function<Target, String> mustContain) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** The dashboard pages. Add a page here and it is measured at both scales. */
	static final List<Page> PAGES = List.of(
			new Page("portfolio dashboard", "leader", "VIEWER", (t) -> "/", (t) -> "#{overview.title}"),
			new Page("program dashboard", "leader", "VIEWER", (t) -> "/programs/" + t.programId(), Target::programName),
			new Page("my work", "tpm", "TPM", (t) -> "/me", Target::tpmProgram),
			new Page("project trend", "leader", "VIEWER", (t) -> "/projects/" + t.projectId() + "/trend",
					(t) -> t.projectKey()),
			new Page("program trend", "leader", "VIEWER", (t) -> "/programs/" + t.programId() + "/trend",
					Target::programName),
			new Page("weekly update", "leader", "VIEWER", (t) -> "/programs/" + t.programId() + "/update",
					Target::programName));

	/** What one rendering of one page cost and showed. */
	record Measurement(Target target, String scale, int status, boolean showsContent, int statements,
			List<String> sql) {

		@Override
		public String toString() {
			return "%s %s: %d statements, status %d%s".formatted(this.scale, this.target.label(), this.statements,
					this.status, this.showsContent ? "" : ", expected content missing");
		}

		/** The statements one per line, for a failure message. */
		String listing() {
			return this + "\n  " + String.join("\n  ", this.sql);
		}

	}

	private static final OwnDatabase DATABASE = new OwnDatabase();

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE.url);
		registry.add("spring.datasource.username", () -> DATABASE.username);
		registry.add("spring.datasource.password", () -> DATABASE.password);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter counter;

	@Autowired
	DemoDataLoader demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	dev.milepost.summary.ProgramSummaries summaries;

	final Map<String, List<Measurement>> measured = new LinkedHashMap<>();

	@BeforeAll
	void measureSmallThenMedium() throws Exception {
		this.demo.load(DemoScale.SMALL);
		Target small = target("small demo program", busiestProgramKey());
		measureAll("small", List.of(small));

		emptyAllTables();
		this.demo.load(DemoScale.MEDIUM);
		assertThat(this.jdbc.sql("select count(*) from milestones").query(Integer.class).single()).isEqualTo(5_000);
		Target sameProgram = target("small demo program", small.programKey());
		Target biggest = target("largest program", busiestProgramKey());
		measureAll("medium", List.of(sameProgram, biggest));
		this.measured
			.forEach((page, measurements) -> System.out.println("Statements of " + page + ": " + measurements));
	}

	static Stream<Page> pages() {
		return PAGES.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void statementsDoNotGrowWithTheData(Page page) {
		List<Measurement> measurements = this.measured.get(page.name());
		assertThat(measurements).as(page.name()).hasSize(3);
		assertThat(measurements).as("%s renders with content", page.name())
			.allSatisfy((m) -> assertThat(m.status() == 200 && m.showsContent()).as(m.toString()).isTrue());
		assertThat(measurements.stream().map(Measurement::statements).distinct())
			.as("statements of %s at each scale: %s", page.name(), measurements)
			.hasSize(1)
			.allSatisfy(
					(count) -> assertThat(count).as("statements of %s:%n%s", page.name(), measurements.get(0).listing())
						.isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE));
	}

	private void measureAll(String scale, List<Target> targets) throws Exception {
		for (Page page : PAGES) {
			for (Target target : targets) {
				this.measured.computeIfAbsent(page.name(), (name) -> new ArrayList<>())
					.add(measure(page, target, scale));
			}
		}
	}

	private Measurement measure(Page page, Target target, String scale) throws Exception {
		// once unmeasured, so that one-off work (template and query-plan caches, the
		// first session) is not counted
		render(page, target);
		// the portfolio dashboard would show what it rendered then: a change elsewhere
		// makes it render in full, which is what is counted
		this.summaries.changedOutside();
		this.counter.reset();
		MockHttpServletResponse response = render(page, target);
		int statements = this.counter.count();
		List<String> sql = this.counter.statements();
		String expected = page.mustContain().apply(target);
		if (expected.startsWith("#{") && expected.endsWith("}")) {
			expected = this.messages.getMessage(expected.substring(2, expected.length() - 1), null, Locale.ENGLISH);
		}
		boolean showsContent = response.getContentAsString().contains(escaped(expected));
		return new Measurement(target, scale, response.getStatus(), showsContent, statements, sql);
	}

	private MockHttpServletResponse render(Page page, Target target) throws Exception {
		return this.mvc.perform(get(page.uri().apply(target)).with(user(page.username()).roles(page.role())))
			.andReturn()
			.getResponse();
	}

	/**
	 * As Thymeleaf's th:text writes text: only the five markup characters escaped, "·"
	 * stays as it is.
	 */
	private static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/**
	 * The live program with the most live projects (the first of them by id on a tie).
	 */
	private String busiestProgramKey() {
		return this.jdbc.sql("""
				select g.program_key from programs g join projects p on p.program_id = g.id and p.archived = false
				where g.archived = false
				group by g.id, g.program_key order by count(*) desc, g.id limit 1""").query(String.class).single();
	}

	private Target target(String label, String programKey) {
		return this.jdbc.sql("""
				select g.id, g.program_key, g.name, p.id as project_id, p.project_key,
				       (select t.program_key || ' · ' || t.name from programs t join users u on u.id = t.owner_id
				        where u.username = 'tpm' and t.archived = false order by t.id limit 1) as tpm_program
				from programs g join projects p on p.program_id = g.id
				where g.program_key = ? and p.archived = false
				order by (select count(*) from milestones m where m.project_id = p.id) desc, p.id limit 1""")
			.param(programKey)
			.query((rs, row) -> new Target(label, rs.getLong("id"), rs.getString("program_key"), rs.getString("name"),
					rs.getLong("project_id"), rs.getString("project_key"), rs.getString("tpm_program")))
			.single();
	}

	/**
	 * Empties every table but Flyway's, so that the medium demo (which contains the small
	 * one) can be loaded.
	 */
	private void emptyAllTables() {
		String tables = this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'
				  and table_name <> 'flyway_schema_history'""")
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.joining(", "));
		this.jdbc.sql("truncate table " + tables + " restart identity cascade").update();
	}

	/** A fresh database on the local test server, dropped when the JVM ends. */
	private static final class OwnDatabase {

		final String url;

		final String username = env("TEST_DATABASE_USERNAME", "postgres");

		final String password = env("TEST_DATABASE_PASSWORD", "");

		OwnDatabase() {
			String serverUrl = env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
			String name = "milepost_counts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute(serverUrl, "create database " + name);
			int slash = serverUrl.lastIndexOf('/');
			int query = serverUrl.indexOf('?', slash);
			this.url = serverUrl.substring(0, slash + 1) + name + ((query < 0) ? "" : serverUrl.substring(query));
			Runtime.getRuntime()
				.addShutdownHook(
						new Thread(() -> execute(serverUrl, "drop database if exists " + name + " with (force)")));
		}

		private void execute(String url, String sql) {
			try (Connection connection = DriverManager.getConnection(url, this.username, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot reach the test PostgreSQL at " + url + ": " + ex.getMessage(),
						ex);
			}
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value == null || value.isBlank()) ? fallback : value;
		}

	}

}
