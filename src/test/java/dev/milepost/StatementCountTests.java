package dev.milepost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages issue a number of SQL statements that does not grow with the data they show (no
 * N+1): each page is rendered for a one-of-everything program and for one ten times
 * larger, and the statement counts must be equal and small.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTests {

	/**
	 * The limit for a dashboard page (the program page reads 14 with its roadmap
	 * and dependency conflicts).
	 */
	private static final int MAX_STATEMENTS_PER_PAGE = 15;

	/**
	 * The portfolio and program dashboards read more (health facts, heat map, watch
	 * lists...): at most this.
	 */
	private static final int MAX_STATEMENTS_PER_DASHBOARD = 15;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StatementCounter counter;

	@Autowired
	TestData data;

	@Autowired
	MilestoneService milestones;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	dev.milepost.summary.ProgramSummaries summaries;

	Built small;

	Built large;

	record Built(Program program, Project project, Milestone milestone, long riskId, long stakeholderId) {
	}

	@BeforeAll
	void buildTwoSizes() {
		this.small = build(1, 1);
		this.large = build(5, 10);
		build(1, 1);
	}

	Built build(int projects, int milestonesPerProject) {
		Program program = this.data.program();
		LocalDate today = TestClock.runToday();
		List<Milestone> all = new ArrayList<>();
		Project first = null;
		for (int p = 0; p < projects; p++) {
			Project project = this.data.project(program);
			first = (first != null) ? first : project;
			for (int m = 0; m < milestonesPerProject; m++) {
				Milestone milestone = this.milestones.create(project.getId(), "M" + p + "-" + m, null, "Owner " + m,
						today.plusDays(m * 7L - 20), null, null, null);
				if (!all.isEmpty()) {
					this.milestones.addDependency(milestone.getId(), all.get(all.size() - 1).getId());
				}
				all.add(milestone);
			}
		}
		long riskId = 0;
		long stakeholderId = 0;
		for (int i = 0; i < projects * 2; i++) {
			String title = "Risk " + UUID.randomUUID();
			this.jdbc.sql("""
					insert into risks (program_id, project_id, title, category, probability, impact, score, owner,
					  response, status, raised_date, created_at, updated_at)
					values (?, ?, ?, 'TECHNICAL', 3, 4, 12, 'Risk Owner', 'REDUCE', 'OPEN', ?, ?, ?)""")
				.params(program.getId(), first.getId(), title, today, TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
				.update();
			riskId = this.jdbc.sql("select id from risks where title = ?").param(title).query(Long.class).single();
			String email = "s" + UUID.randomUUID() + "@example.com";
			this.jdbc.sql("""
					insert into stakeholders (name, email, influence, interest, created_at, updated_at)
					values (?, ?, 'HIGH', 'LOW', ?, ?)""")
				.params("Stakeholder " + i, email, TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
				.update();
			stakeholderId = this.jdbc.sql("select id from stakeholders where email = ?")
				.param(email)
				.query(Long.class)
				.single();
			this.jdbc
				.sql("""
						insert into program_stakeholders (program_id, stakeholder_id, raci_role, receives_weekly_report, created_at, updated_at)
						values (?, ?, 'INFORMED', true, ?, ?)""")
				.params(program.getId(), stakeholderId, TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
				.update();
			this.jdbc.sql("""
					insert into project_stakeholders (project_id, stakeholder_id, raci_role, created_at, updated_at)
					values (?, ?, 'CONSULTED', ?, ?)""")
				.params(first.getId(), stakeholderId, TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
				.update();
		}
		return new Built(program, first, all.get(all.size() / 2), riskId, stakeholderId);
	}

	int statementsFor(String uri, Object... vars) {
		this.counter.reset();
		assertThat(this.mvc.get().uri(uri, vars)).hasStatusOk();
		assertThat(this.counter.count()).as("statements counted for %s", uri).isPositive();
		return this.counter.count();
	}

	void assertBounded(String uri, java.util.function.Function<Built, Object[]> vars) {
		assertBounded(uri, vars, MAX_STATEMENTS_PER_PAGE);
	}

	void assertBounded(String uri, java.util.function.Function<Built, Object[]> vars, int max) {
		int small = statementsFor(uri, vars.apply(this.small));
		int large = statementsFor(uri, vars.apply(this.large));
		assertThat(large).as("statements for %s: small %d, large %d", uri, small, large).isEqualTo(small);
		assertThat(large).as("statements for %s", uri).isLessThanOrEqualTo(max);
	}

	@Test
	void programPage() {
		assertBounded("/programs/{id}", (b) -> new Object[] { b.program().getId() }, MAX_STATEMENTS_PER_DASHBOARD);
	}

	@Test
	void projectPage() {
		assertBounded("/projects/{id}", (b) -> new Object[] { b.project().getId() });
	}

	@Test
	void milestonePage() {
		assertBounded("/milestones/{id}?depq=M", (b) -> new Object[] { b.milestone().getId() });
	}

	@Test
	void riskAndStakeholderPages() {
		assertBounded("/risks/{id}", (b) -> new Object[] { b.riskId() });
		assertBounded("/stakeholders/{id}", (b) -> new Object[] { b.stakeholderId() });
	}

	/**
	 * A full page of many rows costs the same statements as a full page of few (a page
	 * that is full on both sides, so that both run the total count query).
	 */
	void assertPagesBounded(String uri, int fewRows, int manyRows) {
		Long programId = this.large.program().getId();
		int few = statementsFor(uri + "&size=" + fewRows, programId);
		int many = statementsFor(uri + "&size=" + manyRows, programId);
		assertThat(many).as("statements for %s: %d rows %d, %d rows %d", uri, fewRows, few, manyRows, many)
			.isEqualTo(few)
			.isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
	}

	@Test
	void listPages() {
		assertPagesBounded("/projects?programId={id}", 2, 5);
		assertPagesBounded("/milestones?programId={id}", 2, 25);
		assertPagesBounded("/risks?programId={id}", 2, 10);
		assertPagesBounded("/stakeholders?programId={id}", 2, 10);
		assertPagesBounded("/programs?sort=key&id={id}", 1, 3);
	}

	@Test
	void overview() {
		// rows other classes left to compute on read (programs written with plain SQL)
		// are
		// computed first: the counts compare the page's own reads
		this.summaries.current();
		int before = statementsFor("/");
		int filtered = statementsFor(
				"/?owner=olivia&objective=x&status=ACTIVE&health=RED&sort=burn&dir=desc&page=1&size=5");
		build(3, 3);
		assertThat(statementsFor("/")).isEqualTo(before).isLessThanOrEqualTo(MAX_STATEMENTS_PER_DASHBOARD);
		assertThat(
				statementsFor("/?owner=olivia&objective=x&status=ACTIVE&health=RED&sort=burn&dir=desc&page=1&size=5"))
			.isEqualTo(filtered)
			.isLessThanOrEqualTo(MAX_STATEMENTS_PER_DASHBOARD);
	}

}
