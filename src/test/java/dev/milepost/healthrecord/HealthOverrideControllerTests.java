package dev.milepost.healthrecord;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Overriding a program's or project's health: the page then shows the override (by whom,
 * until when, why) and the computed value with its reasons; bad input, stale edits and
 * expired overrides behave.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class HealthOverrideControllerTests {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ISO_LOCAL_DATE;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ownerOverridesARedProgramAndThePageShowsBothValues() throws Exception {
		Program program = this.data.program();
		Project project = this.data.project(program);
		String slipped = "Launch " + TestData.uniqueKey();
		slippedMilestone(project, slipped);
		LocalDate until = TestClock.runToday().plusDays(20);

		MvcTestResult result = this.mvc.post()
			.uri("/programs/{id}/health-override", program.getId())
			.with(csrf())
			.with(user(TestData.OWNER).roles("TPM"))
			.param("health", "GREEN")
			.param("rationale", "Vendor confirmed the fix ships next week")
			.param("expiresOn", until.toString())
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/programs/" + program.getId());
		assertThat(result).flash().containsKey("flash");

		Map<String, Object> row = override("program_id", program.getId());
		assertThat(row).containsEntry("health", "GREEN").containsEntry("set_by", TestData.OWNER);

		String page = body(this.mvc.get().uri("/programs/{id}", program.getId()).exchange());
		String health = section(page, "id=\"program-health\"", "</section>");
		assertThat(health).contains("Overridden to GREEN by Olivia Owner until " + SHOWN.format(until))
			.contains("Vendor confirmed the fix ships next week")
			.contains("Computed:")
			.contains("health-RED")
			.contains("1 milestone slipped more than 14 days: " + slipped)
			.contains("health-overridden");

		// the overview pages its table: find the program by its (unique) objective
		this.jdbc.sql("update programs set objective = :key where id = :id")
			.param("key", program.getKey())
			.param("id", program.getId())
			.update();
		String overview = body(this.mvc.get().uri("/?objective={key}", program.getKey()).exchange());
		String overviewRow = section(overview, "id=\"program-" + program.getId() + "\"", "</tr>");
		assertThat(overviewRow).contains(">GREEN<").contains("health-overridden").contains("computed RED");
	}

	@Test
	void rejectedFormKeepsTheInputAndSaysWhatIsWrong() throws Exception {
		Program program = this.data.program();
		MvcTestResult past = post("/programs/" + program.getId() + "/health-override", "AMBER", "Keeps this text",
				TestClock.runToday().minusDays(1), null);
		assertThat(past).hasStatus(400);
		assertThat(body(past)).contains("The expiry date must be today or later.")
			.contains("Keeps this text")
			.contains("Override health of " + program.getKey());

		MvcTestResult tooFar = post("/programs/" + program.getId() + "/health-override", "AMBER", "Too far",
				TestClock.runToday().plusDays(HealthOverrideService.MAX_DAYS_AHEAD + 1), null);
		assertThat(tooFar).hasStatus(400);
		assertThat(body(tooFar)).contains("at most 90 days ahead");

		MvcTestResult blank = post("/programs/" + program.getId() + "/health-override", "RED", "  ",
				TestClock.runToday().plusDays(5), null);
		assertThat(blank).hasStatus(400);
		assertThat(body(blank)).contains("id=\"rationale-error\"");

		MvcTestResult longText = post("/programs/" + program.getId() + "/health-override", "RED", "x".repeat(1001),
				TestClock.runToday().plusDays(5), null);
		assertThat(longText).hasStatus(400);

		assertThat(count("program_id", program.getId())).isZero();
	}

	@Test
	void lastDayAllowedIsNinetyDaysAhead() {
		Program program = this.data.program();
		MvcTestResult result = post("/programs/" + program.getId() + "/health-override", "AMBER", "Quarter end",
				TestClock.runToday().plusDays(HealthOverrideService.MAX_DAYS_AHEAD), null);
		assertThat(result).hasStatus3xxRedirection();
		assertThat(count("program_id", program.getId())).isOne();
	}

	@Test
	void staleOverrideIsAConflictAndChangesNothing() {
		Program program = this.data.program();
		String uri = "/programs/" + program.getId() + "/health-override";
		assertThat(post(uri, "AMBER", "First", TestClock.runToday().plusDays(5), null)).hasStatus3xxRedirection();
		long version = ((Number) override("program_id", program.getId()).get("version")).longValue();
		assertThat(post(uri, "RED", "Second, seen the first", TestClock.runToday().plusDays(6), version))
			.hasStatus3xxRedirection();

		// a user who still sees the first override, or who saw none
		assertThat(post(uri, "GREEN", "Stale", TestClock.runToday().plusDays(7), version)).hasStatus(409);
		assertThat(post(uri, "GREEN", "Saw none", TestClock.runToday().plusDays(7), null)).hasStatus(409);
		assertThat(override("program_id", program.getId())).containsEntry("health", "RED")
			.containsEntry("rationale", "Second, seen the first");
	}

	@Test
	void expiredOverrideNoLongerAppliesAndMayBeReplacedWithoutConflict() throws Exception {
		Program program = this.data.program();
		slippedMilestone(this.data.project(program), "Late " + TestData.uniqueKey());
		this.jdbc.sql("""
				insert into health_overrides (program_id, health, rationale, expires_on, set_by, set_at, version,
				                              created_at, updated_at)
				values (?, 'GREEN', 'Old news', ?, 'test-owner', ?, 3, ?, ?)""")
			.params(program.getId(), TestClock.runToday().minusDays(1), TestClock.runNowAtUtc(),
					TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
			.update();

		String page = body(this.mvc.get().uri("/programs/{id}", program.getId()).exchange());
		String health = section(page, "id=\"program-health\"", "</section>");
		assertThat(health).doesNotContain("Overridden").doesNotContain("Old news").contains(">RED<");

		assertThat(post("/programs/" + program.getId() + "/health-override", "AMBER", "Fresh",
				TestClock.runToday().plusDays(3), null))
			.hasStatus3xxRedirection();
		assertThat(override("program_id", program.getId())).containsEntry("rationale", "Fresh");
	}

	@Test
	void overrideLastsUntilTheEndOfItsExpiryDay() throws Exception {
		Program program = this.data.program();
		assertThat(post("/programs/" + program.getId() + "/health-override", "RED", "Today only", TestClock.runToday(),
				null))
			.hasStatus3xxRedirection();
		assertThat(body(this.mvc.get().uri("/programs/{id}", program.getId()).exchange())).contains("Overridden to RED")
			.contains("Today only");
	}

	@Test
	void clearingRestoresTheComputedHealth() throws Exception {
		Program program = this.data.program();
		assertThat(post("/programs/" + program.getId() + "/health-override", "RED", "Escalated",
				TestClock.runToday().plusDays(5), null))
			.hasStatus3xxRedirection();
		MvcTestResult cleared = this.mvc.post()
			.uri("/programs/{id}/health-override/clear", program.getId())
			.with(csrf())
			.exchange();
		assertThat(cleared).hasStatus3xxRedirection().hasRedirectedUrl("/programs/" + program.getId());
		assertThat(count("program_id", program.getId())).isZero();
		String health = section(body(this.mvc.get().uri("/programs/{id}", program.getId()).exchange()),
				"id=\"program-health\"", "</section>");
		assertThat(health).doesNotContain("Overridden").contains(">GREEN<");
	}

	@Test
	void projectOverrideShowsOnTheProjectPageAndOnItsProgram() throws Exception {
		Program program = this.data.program();
		Project project = this.data.project(program);
		slippedMilestone(project, "Slipped " + TestData.uniqueKey());
		assertThat(post("/projects/" + project.getId() + "/health-override", "AMBER", "Recovery plan agreed",
				TestClock.runToday().plusDays(14), null))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/projects/" + project.getId());

		String projectPage = body(this.mvc.get().uri("/projects/{id}", project.getId()).exchange());
		assertThat(section(projectPage, "id=\"project-health\"", "</section>")).contains("Overridden to AMBER")
			.contains("Recovery plan agreed")
			.contains("Computed:")
			.contains("health-RED");
		assertThat(projectPage).contains("action=\"/projects/" + project.getId() + "/health-override/clear\"");

		String programPage = body(this.mvc.get().uri("/programs/{id}", program.getId()).exchange());
		String health = section(programPage, "id=\"program-health\"", "</section>");
		// the program takes the project's effective (overridden) health, and says so
		String programReasons = section(health, "<ul class=\"health-reasons\"", "</ul>");
		assertThat(programReasons).contains(project.getKey() + ": Overridden to AMBER")
			.doesNotContain("slipped more than 14 days");
		// the project's own row keeps its computed reasons next to the overridden badge
		assertThat(section(health, "id=\"project-health-" + project.getKey() + "\"", "</tr>")).contains(">AMBER<")
			.contains("health-overridden")
			.contains("slipped more than 14 days");
		assertThat(section(health, "<h2", "</h2>")).contains(">AMBER<");
	}

	@Test
	void viewersSeeNoOverrideFormAndEditorsDo() throws Exception {
		Program program = this.data.program();
		this.data.user("ov-viewer", Role.VIEWER);
		String asViewer = body(this.mvc.get()
			.uri("/programs/{id}", program.getId())
			.with(user("ov-viewer").roles("VIEWER"))
			.exchange());
		assertThat(asViewer).contains("id=\"program-health\"").doesNotContain("health-override");
		String asOwner = body(this.mvc.get()
			.uri("/programs/{id}", program.getId())
			.with(user(TestData.OWNER).roles("TPM"))
			.exchange());
		assertThat(asOwner).contains("action=\"/programs/" + program.getId() + "/health-override\"");
		assertThat(this.mvc.get()
			.uri("/programs/{id}/health-override", program.getId())
			.with(user("ov-viewer").roles("VIEWER"))).hasStatus(403);
	}

	@Test
	void unknownProgramIsNotFound() {
		assertThat(post("/programs/-5/health-override", "RED", "Nope", TestClock.runToday(), null)).hasStatus(404);
	}

	private MvcTestResult post(String uri, String health, String rationale, LocalDate expiresOn, Long version) {
		var request = this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("health", health)
			.param("rationale", rationale)
			.param("expiresOn", expiresOn.toString());
		if (version != null) {
			request = request.param("version", version.toString());
		}
		return request.exchange();
	}

	private void slippedMilestone(Project project, String name) {
		LocalDate today = TestClock.runToday();
		this.jdbc.sql("""
				insert into milestones (project_id, name, baseline_date, forecast_date, status, created_at, updated_at)
				values (?, ?, ?, ?, 'IN_PROGRESS', ?, ?)""")
			.params(project.getId(), name, today.plusDays(10), today.plusDays(30), TestClock.runNowAtUtc(),
					TestClock.runNowAtUtc())
			.update();
	}

	private Map<String, Object> override(String column, long id) {
		return this.jdbc.sql("select * from health_overrides where " + column + " = ?").param(id).query().singleRow();
	}

	private long count(String column, long id) {
		return this.jdbc.sql("select count(*) from health_overrides where " + column + " = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	private static String section(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as("%s in page", start).isNotNegative();
		int to = html.indexOf(end, from);
		return html.substring(from, (to < 0) ? html.length() : to);
	}

}
