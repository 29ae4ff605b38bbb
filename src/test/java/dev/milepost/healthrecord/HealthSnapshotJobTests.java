package dev.milepost.healthrecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.health.Health;
import dev.milepost.health.ProgramHealth;
import dev.milepost.health.Trend;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.shared.Jobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import dev.milepost.summary.ProgramSummaries;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The weekly health record: one row per program and project per ISO week, however often
 * the job runs; the trend compares today's effective health with the last record of an
 * EARLIER week.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class HealthSnapshotJobTests {

	@Autowired
	HealthSnapshotJob job;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	HealthBoard board;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramSummaries summaries;

	@Autowired
	MockMvcTester mvc;

	/** The job acts on every program: it sees only what each test builds. */
	@BeforeEach
	void emptyPortfolio() {
		this.portfolio.clean();
	}

	@Test
	void recordsEachProgramAndProjectOncePerWeekHoweverOftenItRuns() {
		Program program = this.data.program();
		Project slipping = this.data.project(program);
		Project archived = this.data.project(program);
		this.jdbc.sql("update projects set archived = true where id = ?").param(archived.getId()).update();
		slippedMilestone(slipping);
		LocalDate week = HealthWeeks.weekStart(TestClock.runToday());

		assertThat(this.job.recordThisWeek()).isEqualTo(2);
		this.job.recordThisWeek();
		this.job.recordThisWeek();

		List<Map<String, Object>> programRows = rows("program_id", program.getId());
		assertThat(programRows).singleElement().satisfies((row) -> {
			assertThat(row.get("week_start").toString()).isEqualTo(week.toString());
			assertThat(row).containsEntry("computed", "RED").containsEntry("effective", "RED");
			assertThat((String) row.get("reasons")).contains("slipped more than 14 days");
		});
		assertThat(rows("project_id", slipping.getId())).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("effective", "RED"));
		assertThat(rows("project_id", archived.getId())).isEmpty();
	}

	@AfterEach
	void releaseLocks() {
		this.portfolio.releaseLocks();
	}

	/**
	 * Every entry point (direct call, schedule, start-up) takes the one lock: while
	 * another instance records, none of them records here.
	 */
	@Test
	void whileAnotherInstanceRecordsEveryEntryPointHereIsRefused() {
		Program program = this.data.program();
		this.portfolio.holdLockElsewhere(HealthSnapshotJob.LOCK);

		assertThatThrownBy(() -> this.job.recordThisWeek()).isInstanceOf(Jobs.JobRefusedException.class);
		this.job.recordWeekly();
		this.job.recordAtStartup();

		assertThat(rows("program_id", program.getId())).isEmpty();
		this.portfolio.releaseLocks();
		assertThat(this.job.recordThisWeek()).isEqualTo(1);
		assertThat(rows("program_id", program.getId())).hasSize(1);
	}

	@Test
	void recordsTheOverriddenHealthAsEffective() {
		Program program = this.data.program();
		slippedMilestone(this.data.project(program));
		this.jdbc.sql("""
				insert into health_overrides (program_id, health, rationale, expires_on, set_by, set_at, version,
				                              created_at, updated_at)
				values (?, 'AMBER', 'Agreed recovery', ?, 'test-owner', ?, 0, ?, ?)""")
			.params(program.getId(), TestClock.runToday().plusDays(3), TestClock.runNowAtUtc(), TestClock.runNowAtUtc(),
					TestClock.runNowAtUtc())
			.update();
		this.job.recordThisWeek();
		assertThat(rows("program_id", program.getId())).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("computed", "RED").containsEntry("effective", "AMBER"));
	}

	@Test
	void trendComparesWithTheLatestEarlierWeekNotThisWeek() throws Exception {
		Program program = this.data.program();
		Project project = this.data.project(program);
		slippedMilestone(project);
		LocalDate thisWeek = HealthWeeks.weekStart(TestClock.runToday());
		snapshot("program_id", program.getId(), thisWeek, Health.GREEN); // this week's:
																			// not a trend
		snapshot("program_id", program.getId(), thisWeek.minusWeeks(1), Health.AMBER);
		snapshot("program_id", program.getId(), thisWeek.minusWeeks(3), Health.GREEN);
		snapshot("project_id", project.getId(), thisWeek.minusWeeks(2), Health.RED);

		ProgramHealth health = this.board.program(program.getId());
		assertThat(health.trend()).isEqualTo(new Trend(Health.AMBER, Health.RED));
		assertThat(health.trend().direction()).isEqualTo(Trend.Direction.WORSE);
		assertThat(health.projects()).singleElement()
			.satisfies((p) -> assertThat(p.trend().direction()).isEqualTo(Trend.Direction.SAME));
		assertThat(this.board.portfolio().trend(program.getKey())).isEqualTo(new Trend(Health.AMBER, Health.RED));

		String page = this.mvc.get()
			.uri("/programs/{id}", program.getId())
			.exchange()
			.getResponse()
			.getContentAsString();
		String heading = page.substring(page.indexOf("id=\"program-health-title\""));
		heading = heading.substring(0, heading.indexOf("</h2>"));
		assertThat(heading).contains("trend-WORSE").contains("↓").contains("was AMBER, now RED");
		// the dashboard pages its table: ask for this program alone, by a unique
		// objective
		this.jdbc.sql("update programs set objective = :key where id = :id")
			.param("key", program.getKey())
			.param("id", program.getId())
			.update();
		String overview = this.mvc.get()
			.uri("/?objective={key}", program.getKey())
			.exchange()
			.getResponse()
			.getContentAsString();
		String row = overview.substring(overview.indexOf("id=\"program-" + program.getId() + "\""));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("trend-WORSE").contains("was AMBER, now RED");
	}

	@Test
	void betterAndNoHistory() {
		Program better = this.data.program();
		this.data.project(better);
		snapshot("program_id", better.getId(), HealthWeeks.weekStart(TestClock.runToday()).minusWeeks(1), Health.RED);
		assertThat(this.board.program(better.getId()).trend().direction()).isEqualTo(Trend.Direction.BETTER);

		Program fresh = this.data.program();
		assertThat(this.board.program(fresh.getId()).trend()).isNull();
		assertThat(this.board.portfolio().trend(fresh.getKey())).isNull();
	}

	@Test
	void weekStartsOnMonday() {
		assertThat(HealthWeeks.weekStart(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(HealthWeeks.weekStart(LocalDate.of(2026, 11, 16))).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(HealthWeeks.weekStart(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 28));
	}

	private void snapshot(String column, long id, LocalDate week, Health effective) {
		this.jdbc
			.sql("insert into health_snapshots (week_start, " + column
					+ ", computed, effective, recorded_at) values (?, ?, ?, ?, ?)")
			.params(week, id, effective.name(), effective.name(), TestClock.runNowAtUtc())
			.update();
		// written past the application: the program's kept summary (its trend) is
		// refreshed as anything that writes so must
		if (column.equals("program_id")) {
			this.summaries.refresh(List.of(id));
		}
		else {
			this.summaries.refreshProjects(List.of(id));
		}
	}

	private List<Map<String, Object>> rows(String column, long id) {
		return this.jdbc.sql("select * from health_snapshots where " + column + " = ? order by week_start")
			.param(id)
			.query()
			.listOfRows();
	}

	private void slippedMilestone(Project project) {
		LocalDate today = TestClock.runToday();
		this.jdbc.sql("""
				insert into milestones (project_id, name, baseline_date, forecast_date, status, created_at, updated_at)
				values (?, ?, ?, ?, 'IN_PROGRESS', ?, ?)""")
			.params(project.getId(), "Slipped " + TestData.uniqueKey(), today.plusDays(10), today.plusDays(30),
					TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
			.update();
		this.summaries.refreshProjects(List.of(project.getId()));
	}

}
