package dev.milepost.healthrecord;

import java.time.LocalDate;
import java.util.List;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.health.Health;
import dev.milepost.health.ProgramHealth;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import dev.milepost.summary.ProgramSummaries;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Computed health on the overview and program pages: a slipped milestone turns its
 * program RED with the reason as a sentence, an untouched program is GREEN, and the
 * overview reads the facts with a number of statements that does not grow with the data.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class HealthBoardTests {

	@Autowired
	MilestoneService milestones;

	@Autowired
	HealthBoard board;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramSummaries summaries;

	@Autowired
	StatementCounter counter;

	@Autowired
	HealthMessages messages;

	@Autowired
	MockMvcTester mvc;

	@Test
	void milestoneSlippedTwentyDaysMakesItsProgramRedWithTheReason() throws Exception {
		Program program = this.data.program();
		Project project = this.data.project(program);
		String name = "Launch " + TestData.uniqueKey();
		LocalDate today = TestClock.runToday();
		milestone(project, name, today.plusDays(10), today.plusDays(30));
		String reason = project.getKey() + ": 1 milestone slipped more than 14 days: " + name;

		ProgramHealth health = this.board.program(program.getId());
		assertThat(health.effective()).isEqualTo(Health.RED);
		assertThat(health.reasons()).extracting((r) -> this.messages.text(r, java.util.Locale.ENGLISH))
			.containsExactly(reason);
		assertThat(health.projects()).singleElement().satisfies((p) -> assertThat(p.effective()).isEqualTo(Health.RED));

		// the overview pages its table: find the program by its (unique) objective
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
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("health-RED").contains(">RED<").contains(reason).doesNotContain("health-GREEN");
		assertThat(overview).contains("id=\"health-counts\"");

		assertThat(this.mvc.get().uri("/programs/{id}", program.getId())).hasStatusOk()
			.bodyText()
			.contains("id=\"program-health\"")
			.contains(reason)
			.contains("id=\"project-health-" + project.getKey() + "\"")
			.contains("1 milestone slipped more than 14 days: " + name)
			.contains(">RED<");
	}

	@Test
	void untouchedHealthyProgramIsGreen() throws Exception {
		Program program = this.data.program();
		Project project = this.data.project(program);
		LocalDate today = TestClock.runToday();
		milestone(project, "On time " + TestData.uniqueKey(), today.plusDays(20), today.plusDays(22));

		ProgramHealth health = this.board.program(program.getId());
		assertThat(health.effective()).isEqualTo(Health.GREEN);
		assertThat(health.reasons()).isEmpty();

		// the overview pages its table: find the program by its (unique) objective
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
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("health-GREEN").contains(">GREEN<");
		assertThat(this.mvc.get().uri("/programs/{id}", program.getId())).hasStatusOk()
			.bodyText()
			.contains("id=\"program-health\"")
			.contains(">GREEN<");
	}

	@Test
	void finishedMilestonesReadAsACountStillCountForBudgetAndStaleness() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		LocalDate today = TestClock.runToday();
		this.jdbc.sql("update projects set budget_planned = 100, budget_spent = 70, updated_at = ? where id = ?")
			.params(java.sql.Timestamp.from(TestClock.runNow().minus(java.time.Duration.ofDays(40))), project.getId())
			.update();
		this.jdbc.sql("update programs set updated_at = ? where id = ?")
			.params(java.sql.Timestamp.from(TestClock.runNow().minus(java.time.Duration.ofDays(40))), program.getId())
			.update();
		milestone(project, "Open A", today.plusDays(20), today.plusDays(20));
		milestone(project, "Open B", today.plusDays(30), today.plusDays(30));
		for (String name : new String[] { "Done A", "Done B" }) {
			this.jdbc.sql("""
					insert into milestones (project_id, name, baseline_date, forecast_date, actual_date, status,
					                        created_at, updated_at)
					values (?, ?, ?, ?, ?, 'DONE', ?, ?)""")
				.params(project.getId(), name, today.minusDays(50), today.minusDays(50), today.minusDays(45),
						TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
				.update();
		}
		this.jdbc.sql("""
				insert into milestones (project_id, name, baseline_date, forecast_date, status, created_at, updated_at)
				values (?, 'Dropped', ?, ?, 'CANCELLED', ?, ?)""")
			.params(project.getId(), today.minusDays(10), today.plusDays(90), TestClock.runNowAtUtc(),
					TestClock.runNowAtUtc())
			.update();
		this.jdbc.sql("update milestones set updated_at = ? where project_id = ? and status <> 'DONE'")
			.params(java.sql.Timestamp.from(TestClock.runNow().minus(java.time.Duration.ofDays(40))), project.getId())
			.update();

		ProgramHealth health = this.board.program(program.getId());

		// 2 of 4 countable milestones done (the cancelled one does not count): 70% spent
		// is 20 points ahead
		assertThat(health.reasons()).extracting((r) -> this.messages.text(r, java.util.Locale.ENGLISH))
			.containsExactly(project.getKey() + ": Spent 70% of budget with 50% of milestones done");
		// only the open milestones are listed; the done ones were touched today, so
		// nothing is stale
		assertThat(health.projects().get(0).milestones()).extracting((m) -> m.milestone().name())
			.containsExactly("Open A", "Open B");
	}

	@Test
	void risksTheRuleIgnoresStillCountAsUpdates() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		java.sql.Timestamp longAgo = java.sql.Timestamp.from(TestClock.runNow().minus(java.time.Duration.ofDays(40)));
		this.jdbc.sql("update projects set updated_at = ? where id = ?").params(longAgo, project.getId()).update();
		this.jdbc.sql("update programs set updated_at = ? where id = ?").params(longAgo, program.getId()).update();
		risk(program, project, "Closed but scary", 5, 5, "CLOSED", TestClock.runNow());
		risk(program, project, "Small and recent", 1, 2, "OPEN", TestClock.runNow());
		risk(program, project, "Watch this", 4, 4, "MITIGATING", longAgo.toInstant());

		ProgramHealth health = this.board.program(program.getId());

		// only the open risk scoring 15 or more is a reason; the others were touched
		// today: not stale
		assertThat(health.reasons()).extracting((r) -> this.messages.text(r, java.util.Locale.ENGLISH))
			.containsExactly(project.getKey() + ": Risk Watch this scores 16");
	}

	void risk(Program program, Project project, String title, int probability, int impact, String status,
			java.time.Instant updated) {
		this.jdbc.sql("""
				insert into risks (program_id, project_id, title, category, probability, impact, score, owner,
				                   response, status, raised_date, created_at, updated_at)
				values (?, ?, ?, 'TECHNICAL', ?, ?, ?, 'Rita', 'REDUCE', ?, ?, ?, ?)""")
			.params(program.getId(), project.getId(), title, probability, impact, probability * impact, status,
					TestClock.runToday(), java.sql.Timestamp.from(updated), java.sql.Timestamp.from(updated))
			.update();
	}

	@Test
	void noSuchProgramHasNoHealth() {
		assertThat(this.board.program(-1)).isNull();
	}

	@Test
	void overviewStatementCountDoesNotGrowWithTheData() {
		// a change first, so that both measurements compute the portfolio's health afresh
		this.data.program();
		int before = overviewStatements();
		for (int i = 0; i < 3; i++) {
			Program program = this.data.program();
			for (int p = 0; p < 3; p++) {
				Project project = this.data.project(program);
				milestone(project, "M" + p, TestClock.runToday().minusDays(3), TestClock.runToday().plusDays(40));
				milestone(project, "N" + p, TestClock.runToday().plusDays(3), TestClock.runToday().plusDays(4));
			}
		}
		assertThat(overviewStatements()).isEqualTo(before);
		Program small = this.data.program();
		milestone(this.data.project(small), "S", TestClock.runToday(), TestClock.runToday());
		int programPage = programStatements(small.getId());
		Program larger = this.data.program();
		for (int p = 0; p < 4; p++) {
			milestone(this.data.project(larger), "L" + p, TestClock.runToday(), TestClock.runToday().plusDays(p));
		}
		assertThat(programStatements(larger.getId())).isEqualTo(programPage);
	}

	@Test
	void portfolioHealthIsComputedAgainOnlyWhenTheDataChanged() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		HealthBoard.Overview first = this.board.portfolio();
		assertThat(first.of(program.getKey()).effective()).isEqualTo(Health.GREEN);

		// nothing changed: the same answer, from the one statement that reads the data
		// version
		this.counter.reset();
		assertThat(this.board.portfolio()).isSameAs(first);
		assertThat(this.counter.count()).isEqualTo(1);

		// a change made through the application writes a revision: the next answer sees
		// it
		Milestone launch = this.milestones.create(project.getId(), "Launch " + TestData.uniqueKey(), null, null,
				TestClock.runToday().plusDays(10), TestClock.runToday().plusDays(30), MilestoneStatus.IN_PROGRESS,
				null);
		HealthBoard.Overview second = this.board.portfolio();
		assertThat(second).isNotSameAs(first);
		assertThat(second.of(program.getKey()).effective()).isEqualTo(Health.RED);
		assertThat(second.of(program.getKey()).reasons())
			.extracting((r) -> this.messages.text(r, java.util.Locale.ENGLISH))
			.anySatisfy((reason) -> assertThat(reason).contains(launch.getName()));
	}

	int overviewStatements() {
		this.counter.reset();
		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		return this.counter.count();
	}

	int programStatements(long id) {
		this.counter.reset();
		assertThat(this.mvc.get().uri("/programs/{id}", id)).hasStatusOk();
		return this.counter.count();
	}

	void milestone(Project project, String name, LocalDate baseline, LocalDate forecast) {
		this.jdbc.sql("""
				insert into milestones (project_id, name, baseline_date, forecast_date, status, created_at, updated_at)
				values (?, ?, ?, ?, 'IN_PROGRESS', ?, ?)""")
			.params(project.getId(), name, baseline, forecast, TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
			.update();
		// written past the application: its program's kept summary is refreshed as
		// anything that writes so must
		this.summaries.refreshProjects(List.of(project.getId()));
	}

}
