package dev.milepost.dashboard.update;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.dashboard.DashboardFixtures;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.report.IsoWeek;
import dev.milepost.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The weekly update of a program: one grid of the open milestones of all its projects,
 * attention first; rows saved through the milestone's own progress update (its rules, 400
 * and 409); "reviewed, no change" for risks due for review; read-only for viewers; a
 * fixed number of SQL statements however large the program.
 */
@IntegrationTest
class UpdateGridTests {

	private static final RequestPostProcessor OWNER = user(TestData.OWNER).roles("TPM");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	DashboardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter counter;

	@Autowired
	Clock clock;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	String page(long programId, RequestPostProcessor who) throws Exception {
		MvcTestResult result = this.mvc.get().uri("/programs/{id}/update", programId).with(who).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	long milestone(Project project, String name, String status, int forecastInDays) {
		return this.fixtures.milestone(project, name, status, today(), today().plusDays(forecastInDays),
				"DONE".equals(status) ? today() : null);
	}

	void makeStale(long milestoneId) {
		this.jdbc.sql("update milestones set updated_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant().minus(Duration.ofDays(30))), milestoneId)
			.update();
	}

	long riskDue(Program program, Project project, String title, LocalDate nextReview) {
		long id = this.fixtures.risk(program, project, title, 3, 4, "OPEN");
		this.jdbc.sql("update risks set next_review_date = ? where id = ?").params(nextReview, id).update();
		return id;
	}

	long version(String table, long id) {
		return this.jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
	}

	@Test
	void groupsTheOpenMilestonesByProjectWithOverdueAndStaleFirst() throws Exception {
		Program program = this.data.program();
		Project calm = this.data.project(program);
		Project troubled = this.data.project(program);
		long calmLater = milestone(calm, "Calm later", "NOT_STARTED", 30);
		long calmSoon = milestone(calm, "Calm soon", "IN_PROGRESS", 5);
		long fine = milestone(troubled, "Fine one", "IN_PROGRESS", 3);
		long stale = milestone(troubled, "Stale one", "IN_PROGRESS", 20);
		makeStale(stale);
		long overdue = milestone(troubled, "Overdue one", "BLOCKED", -4);
		milestone(troubled, "Finished one", "DONE", -10);
		milestone(troubled, "Dropped one", "CANCELLED", 8);
		Project other = this.data.project(this.data.program());
		milestone(other, "Someone else's", "IN_PROGRESS", 2);

		String html = page(program.getId(), OWNER);

		assertThat(html).contains("Weekly update: " + program.getLabel())
			.doesNotContain("Finished one")
			.doesNotContain("Dropped one")
			.doesNotContain("Someone else&#39;s");
		// the troubled project first; in it overdue, then stale, then by forecast
		assertThat(html.indexOf("id=\"project-" + troubled.getId() + "\""))
			.isLessThan(html.indexOf("id=\"project-" + calm.getId() + "\""));
		assertThat(html.indexOf("id=\"milestone-" + overdue + "\"")).isPositive()
			.isLessThan(html.indexOf("id=\"milestone-" + stale + "\""));
		assertThat(html.indexOf("id=\"milestone-" + stale + "\""))
			.isLessThan(html.indexOf("id=\"milestone-" + fine + "\""));
		assertThat(html.indexOf("id=\"milestone-" + fine + "\""))
			.isLessThan(html.indexOf("id=\"milestone-" + calmSoon + "\""));
		assertThat(html.indexOf("id=\"milestone-" + calmSoon + "\""))
			.isLessThan(html.indexOf("id=\"milestone-" + calmLater + "\""));
		assertThat(html).contains("5 open milestones in 2 projects: 1 overdue, 1 not updated for 14 days.")
			.contains("3 open, 2 need attention")
			.contains("Not updated lately");
		// each row is the project page's own, posting to the milestone's progress update
		assertThat(html).contains("hx-post=\"/milestones/" + overdue + "/progress\"")
			.contains("id=\"forecast-" + overdue + "\"")
			.contains("id=\"reason-" + overdue + "\"");
		// the last step: this week's report
		assertThat(html)
			.contains("href=\"/programs/" + program.getId() + "/reports/" + IsoWeek.current(this.clock) + "\"");
	}

	@Test
	void aRowOfTheGridSavesWithTheMilestoneRulesAndConflicts() throws Exception {
		Program program = this.data.program();
		Project project = this.data.project(program);
		long id = milestone(project, "Cut-over", "IN_PROGRESS", 10);
		long loaded = version("milestones", id);
		String moved = today().plusDays(17).toString();

		assertThat(this.mvc.post()
			.uri("/milestones/{id}/progress", id)
			.with(OWNER)
			.with(csrf())
			.header("HX-Request", "true")
			.param("status", "IN_PROGRESS")
			.param("forecastDate", moved)
			.param("version", String.valueOf(loaded))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Say why the forecast moved")
			.contains("value=\"" + moved + "\"");

		assertThat(this.mvc.post()
			.uri("/milestones/{id}/progress", id)
			.with(OWNER)
			.with(csrf())
			.header("HX-Request", "true")
			.param("status", "IN_PROGRESS")
			.param("forecastDate", moved)
			.param("reason", "Vendor late")
			.param("version", String.valueOf(loaded))).hasStatus(HttpStatus.OK).bodyText().contains("Saved");
		assertThat(this.jdbc.sql("select reason from milestone_date_changes where milestone_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("Vendor late");

		// the grid was loaded before that save: its stale version gets the 409 row
		assertThat(this.mvc.post()
			.uri("/milestones/{id}/progress", id)
			.with(OWNER)
			.with(csrf())
			.header("HX-Request", "true")
			.param("status", "BLOCKED")
			.param("forecastDate", moved)
			.param("version", String.valueOf(loaded))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this milestone");
		assertThat(this.jdbc.sql("select status from milestones where id = ?").param(id).query(String.class).single())
			.isEqualTo("IN_PROGRESS");
	}

	@Test
	void aRiskDueForReviewIsReviewedWithOneAction() throws Exception {
		Program program = this.data.program();
		Project project = this.data.project(program);
		long due = riskDue(program, project, "Vendor exit", today().minusDays(2));
		long later = riskDue(program, null, "Far review", today().plusDays(30));
		long noDate = this.fixtures.risk(program, null, "No review planned", 2, 2, "OPEN");

		String html = page(program.getId(), OWNER);
		assertThat(html).contains("id=\"risk-" + due + "\"")
			.contains("Reviewed, no change")
			.doesNotContain("id=\"risk-" + later + "\"")
			.doesNotContain("id=\"risk-" + noDate + "\"");

		assertThat(this.mvc.post()
			.uri("/programs/{id}/update/risks/{risk}/reviewed", program.getId(), due)
			.with(OWNER)
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", String.valueOf(version("risks", due)))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains("Reviewed: next review on " + today().plusDays(14))
			.doesNotContain("Reviewed, no change");
		assertThat(this.jdbc.sql("select next_review_date from risks where id = ?")
			.param(due)
			.query(LocalDate.class)
			.single()).isEqualTo(today().plusDays(14));
		assertThat(page(program.getId(), OWNER)).doesNotContain("id=\"risk-" + due + "\"");
	}

	@Test
	void aStaleReviewIsAConflictAndChangesNothing() throws Exception {
		Program program = this.data.program();
		long due = riskDue(program, null, "Supplier", today());
		long seen = version("risks", due);
		this.jdbc.sql("update risks set version = version + 1 where id = ?").param(due).update();

		assertThat(this.mvc.post()
			.uri("/programs/{id}/update/risks/{risk}/reviewed", program.getId(), due)
			.with(OWNER)
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", String.valueOf(seen))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone changed this risk meanwhile")
			.contains("Reviewed, no change");
		assertThat(this.mvc.post()
			.uri("/programs/{id}/update/risks/{risk}/reviewed", program.getId(), due)
			.with(OWNER)
			.with(csrf())
			.param("version", String.valueOf(seen))).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.jdbc.sql("select next_review_date from risks where id = ?")
			.param(due)
			.query(LocalDate.class)
			.single()).isEqualTo(today());
	}

	@Test
	void aRiskOfAnotherProgramOrNoRiskIsNotFound() throws Exception {
		Program program = this.data.program();
		Program other = this.data.program();
		long foreign = riskDue(other, null, "Foreign", today());
		assertThat(this.mvc.post()
			.uri("/programs/{id}/update/risks/{risk}/reviewed", program.getId(), foreign)
			.with(OWNER)
			.with(csrf())
			.param("version", String.valueOf(version("risks", foreign)))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/programs/{id}/update/risks/{risk}/reviewed", program.getId(), 987654321L)
			.with(OWNER)
			.with(csrf())
			.param("version", "0")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/programs/{id}/update", 987654321L).with(OWNER)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aViewerSeesTheGridReadOnly() throws Exception {
		Program program = this.data.program();
		Project project = this.data.project(program);
		long id = milestone(project, "Read me", "IN_PROGRESS", 3);
		riskDue(program, project, "Looked at", today());
		this.data.user("update-viewer", Role.VIEWER);

		String html = page(program.getId(), user("update-viewer").roles("VIEWER"));
		assertThat(html).contains("id=\"milestone-" + id + "\"")
			.doesNotContain("id=\"forecast-" + id + "\"")
			.doesNotContain("/progress")
			.doesNotContain("Reviewed, no change");
	}

	/**
	 * Program, milestones, risks due, edit rights: 4 statements, plus the 2 of the
	 * session MockMvc creates.
	 */
	@Test
	void thePageTakesTheSameStatementsForOneMilestoneAndForATenProjectProgram() throws Exception {
		Program small = this.data.program();
		milestone(this.data.project(small), "Only one", "IN_PROGRESS", 5);
		riskDue(small, null, "One risk", today());

		Program large = this.data.program();
		for (int p = 0; p < 10; p++) {
			Project project = this.data.project(large);
			for (int m = 0; m < 13; m++) {
				long id = milestone(project, "M" + p + "-" + m, (m % 4 == 0) ? "BLOCKED" : "IN_PROGRESS", m * 3 - 6);
				if (m % 5 == 0) {
					makeStale(id);
				}
			}
			riskDue(large, project, "Risk " + p, today().minusDays(p));
		}

		page(small.getId(), OWNER);
		this.counter.reset();
		String smallPage = page(small.getId(), OWNER);
		int smallCount = this.counter.count();
		java.util.List<String> smallSql = this.counter.statements();
		this.counter.reset();
		String largePage = page(large.getId(), OWNER);
		int largeCount = this.counter.count();

		assertThat(smallPage).contains("1 open milestone in 1 project");
		assertThat(largePage).contains("130 open milestones in 10 projects").contains("10 risks due for review");
		assertThat(largeCount).as("statements for 130 milestones; small: %s", smallSql).isEqualTo(smallCount);
		assertThat(smallCount).as("statements: %s", smallSql).isLessThanOrEqualTo(6);
	}

}
