package dev.milepost.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.dashboard.PageHtml;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.milepost.report.ReportFixtures.IN_WEEK;
import static dev.milepost.report.ReportFixtures.WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class ReportControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	ReportFixtures fixtures;

	Program program;

	Project project;

	long milestone;

	@BeforeEach
	void program() {
		this.fixtures = new ReportFixtures(this.jdbc);
		this.program = this.data.program();
		this.project = this.data.project(this.program);
		this.milestone = this.fixtures.milestone(this.project, "Beta release", LocalDate.of(2026, 3, 10),
				LocalDate.of(2026, 3, 17), null);
		this.fixtures.forecastChange(this.milestone, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17),
				"Vendor late", IN_WEEK);
		this.fixtures.risk(this.program, this.project, "Vendor exit", 4, 5, IN_WEEK);
	}

	String url() {
		return "/programs/" + this.program.getId() + "/reports/" + WEEK;
	}

	MvcTestResult save(String version, String... fields) {
		MockMvcRequestBuilder request = this.mvc.post().uri(url()).with(csrf());
		if (version != null) {
			request = request.param("version", version);
		}
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	MvcTestResult post(String suffix) {
		MockMvcRequestBuilder request = this.mvc.post().uri(url() + suffix).with(csrf());
		if (suffix.equals("/publish")) {
			request = request.param("version", this.fixtures.shownVersion(this.program.getId(), WEEK.toString()));
		}
		return request.exchange();
	}

	String page(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<Map<String, Object>> rows() {
		return this.jdbc.sql("select * from status_reports where program_id = :p order by version_no")
			.param("p", this.program.getId())
			.query()
			.listOfRows();
	}

	@Test
	void draftShowsLiveDataAndTheFormAndSavingCreatesTheDraft() {
		String draft = page(url());
		assertThat(draft).contains("Beta release", "Vendor late", "Vendor exit", "id=\"report-form\"")
			.contains("2026-03-10 -&gt; 2026-03-17");
		assertThat(rows()).isEmpty();

		assertThat(save(null, "summary", "All fine.\nSecond line.", "highlights", "Shipped"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(url());

		assertThat(rows()).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("status", "DRAFT").containsEntry("summary", "All fine.\nSecond line.");
			assertThat(row.get("snapshot")).isNull();
		});
		assertThat(page(url())).contains("All fine.\nSecond line.", "name=\"version\" value=\"0\"");
	}

	@Test
	void tooLongTextIs400WithTheFieldErrorAndInputKept() {
		MvcTestResult result = save(null, "summary", "kept text", "highlights", "x".repeat(4001));
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText().contains("kept text", "highlights-error", "is-invalid");
		assertThat(rows()).isEmpty();
	}

	@Test
	void staleVersionIs409WithInputKeptAndNothingOverwritten() {
		save(null, "summary", "first");
		assertThat(save("0", "summary", "second")).hasStatus(HttpStatus.FOUND);
		MvcTestResult stale = save("0", "summary", "my stale text");
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(stale).bodyText().contains("my stale text", "id=\"stale\"");
		assertThat(rows()).singleElement().satisfies((row) -> assertThat(row).containsEntry("summary", "second"));
	}

	@Test
	void publishedReportShowsItsSnapshotNotTodaysData() {
		save(null, "summary", "Frozen summary", "asks", "");
		assertThat(post("/publish")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url());
		assertThat(rows()).singleElement().satisfies((row) -> {
			assertThat(row).containsEntry("status", "PUBLISHED").containsEntry("published_by", "test-admin");
			assertThat((String) row.get("snapshot")).contains("Beta release", "Vendor exit");
		});

		// the data changes after publishing
		this.jdbc.sql("update milestones set name = 'Renamed milestone', forecast_date = '2026-05-01' where id = :id")
			.param("id", this.milestone)
			.update();
		this.jdbc.sql("update risks set title = 'Renamed risk' where program_id = :p")
			.param("p", this.program.getId())
			.update();
		this.fixtures.milestone(this.project, "Added later", LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 12),
				null);

		String published = page(url());
		assertThat(published).contains("Beta release", "Vendor exit", "2026-03-17", "Frozen summary",
				"id=\"published-line\"", "test-admin");
		assertThat(published).doesNotContain("Renamed milestone", "Renamed risk", "Added later", "2026-05-01",
				"id=\"report-form\"");
		// nothing escalated, no decision needed, no comment: the report says nothing is
		// asked
		assertThat(published).contains("id=\"nothing-asked\"").doesNotContain("id=\"written-asks\"");
	}

	@Test
	void publishingAnUntouchedWeekIsAllowed() {
		assertThat(post("/publish")).hasStatus(HttpStatus.FOUND);
		assertThat(rows()).singleElement().satisfies((row) -> assertThat(row).containsEntry("status", "PUBLISHED"));
	}

	@Test
	void aWeekThatHasNotStartedCanBeDraftedButNotPublished() {
		String future = "/programs/" + this.program.getId() + "/reports/2099-W01";
		assertThat(this.mvc.post().uri(future).param("summary", "Planned ahead").with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri(future + "/publish").with(csrf())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The report of week 2099-W01 cannot be published before the week has started");
		assertThat(this.jdbc.sql("select status from status_reports where program_id = ? and iso_week = '2099-W01'")
			.param(this.program.getId())
			.query(String.class)
			.list()).containsExactly("DRAFT");
	}

	@Test
	void aPublishedReportCannotBeChanged() {
		save(null, "summary", "Published text");
		post("/publish");
		List<Map<String, Object>> before = rows();

		MvcTestResult edit = save("1", "summary", "Sneaky edit");
		assertThat(edit).hasStatus(HttpStatus.CONFLICT);
		assertThat(edit).bodyText().contains("A published report cannot be changed");
		assertThat(post("/publish")).hasStatus(HttpStatus.CONFLICT);

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aCorrectionIsANewVersionAndSupersedesTheOldOneWhenPublished() {
		save(null, "summary", "Version one text");
		post("/publish");
		assertThat(post("/correct")).hasStatus(HttpStatus.FOUND);

		List<Map<String, Object>> rows = rows();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("status", "PUBLISHED");
		assertThat(rows.get(1)).containsEntry("status", "DRAFT")
			.containsEntry("version_no", 2)
			.containsEntry("summary", "Version one text");
		assertThat(page(url())).contains("id=\"report-form\"", "Version one text");

		assertThat(save("0", "summary", "Corrected text")).hasStatus(HttpStatus.FOUND);
		assertThat(post("/publish")).hasStatus(HttpStatus.FOUND);

		rows = rows();
		assertThat(rows.get(0)).containsEntry("status", "SUPERSEDED");
		assertThat(rows.get(1)).containsEntry("status", "PUBLISHED");
		assertThat(page(url())).contains("Corrected text").doesNotContain("Version one text");
		assertThat(page(url() + "?version=1")).contains("Version one text", "id=\"superseded\"")
			.doesNotContain("Corrected text", "id=\"correct\"");
		assertThat(page("/programs/" + this.program.getId() + "/reports")).contains("Superseded", "Published",
				WEEK + "?version=1", WEEK + "?version=2");
	}

	@Test
	void aViewerSeesNoFormAndIsRefusedEveryChange() {
		save(null, "summary", "Draft text");
		List<Map<String, Object>> before = rows();
		String viewer = "viewer-" + TestData.uniqueKey().toLowerCase(java.util.Locale.ROOT);
		this.data.user(viewer, Role.VIEWER);

		MvcTestResult page = this.mvc.get().uri(url()).with(user(viewer).roles("VIEWER")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Draft text").doesNotContain("id=\"report-form\"", "id=\"publish\"");

		for (String suffix : List.of("", "/publish", "/correct")) {
			MvcTestResult refused = this.mvc.post()
				.uri(url() + suffix)
				.param("summary", "hacked")
				.param("version", "0")
				.with(csrf())
				.with(user(viewer).roles("VIEWER"))
				.exchange();
			assertThat(refused).as(suffix).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void badWeekIs400AndUnknownProgramOrVersionIs404() {
		assertThat(this.mvc.get().uri("/programs/" + this.program.getId() + "/reports/2026-W54").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/programs/" + this.program.getId() + "/reports/2026-47").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/programs/" + this.program.getId() + "/reports/nope/publish")
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/programs/987654321/reports/2026-W10").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/programs/987654321/reports").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(url() + "?version=3").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theReportSaysHowHealthWasInThePreviousReport() {
		assertThat(PageHtml.section(page(url()), "health")).contains("no earlier report");

		this.fixtures.storedReport(this.program, "2026-W09", 1, "PUBLISHED",
				ReportFixtures.oldSnapshot("2026-W09", "AMBER", this.project.getKey(), "RED"));
		String html = page(url());
		assertThat(html).containsPattern("id=\"previous-health\">was AMBER in 2026-W09<");
		assertThat(PageHtml.cell(PageHtml.row(html, "project-" + this.project.getKey()), "previous")).isEqualTo("RED");
	}

	@Test
	void diffComparesThisWeekWithThePreviousPublishedReport() {
		String diffUrl = url() + "/diff";
		assertThat(page(diffUrl)).contains("id=\"no-previous\"", "no published report of a week before 2026-W10");

		String previousWeek = "/programs/" + this.program.getId() + "/reports/2026-W09";
		assertThat(this.mvc.post()
			.uri(previousWeek)
			.with(csrf())
			.param("summary", "Old <b>summary</b>")
			.param("asks", "Budget approval")
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri(previousWeek + "/publish")
			.with(csrf())
			.param("version", this.fixtures.shownVersion(this.program.getId(), "2026-W09"))
			.exchange()).hasStatus(HttpStatus.FOUND);

		// the week after: a forecast slips, a milestone and a risk are added, the text is
		// rewritten
		this.jdbc.sql("update milestones set forecast_date = '2026-03-24' where id = :id")
			.param("id", this.milestone)
			.update();
		this.fixtures.milestone(this.project, "Added later", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), null);
		this.fixtures.risk(this.program, this.project, "Data loss", 5, 5, IN_WEEK);
		save(null, "summary", "New summary");

		String html = page(diffUrl);
		assertThat(html).contains("id=\"compared-with\"", "2026-W09 (version 1)").doesNotContain("id=\"no-previous\"");
		String changed = PageHtml.row(html, "diff-milestone-" + this.project.getKey() + "-0");
		assertThat(PageHtml.cell(changed, "name")).isEqualTo("Beta release");
		assertThat(PageHtml.cell(changed, "forecast")).isEqualTo("2026-03-17 → 2026-03-24 +7 d");
		assertThat(PageHtml.section(html, "diff-milestones")).contains("Added later");
		assertThat(PageHtml.section(html, "diff-risks")).contains("New in the top risks: Data loss")
			.doesNotContain("Vendor exit");
		String texts = PageHtml.section(html, "diff-texts");
		assertThat(texts)
			.contains("id=\"diff-text-summary\"", "Old &lt;b&gt;summary&lt;/b&gt;", "New summary",
					"id=\"diff-text-asks\"", "Budget approval")
			.doesNotContain("<b>summary</b>", "diff-text-highlights");

		// linked from the report and the archive
		assertThat(page(url())).contains("href=\"" + diffUrl + "\"");
		assertThat(page("/programs/" + this.program.getId() + "/reports"))
			.contains("href=\"" + previousWeek + "/diff\"");
	}

	@Test
	void diffOfABadWeekIs400AndOfAnUnknownProgram404() {
		assertThat(this.mvc.get().uri("/programs/" + this.program.getId() + "/reports/2026-W60/diff").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/programs/987654321/reports/2026-W10/diff").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theReportDrawsItsChartsAsBars() {
		this.jdbc.sql("update projects set budget_planned = 1000, budget_spent = 1200 where id = :id")
			.param("id", this.project.getId())
			.update();
		String charts = PageHtml.section(page(url()), "charts");
		String budget = PageHtml.row(charts, "chart-budget-" + this.project.getKey());
		assertThat(budget).contains("bar bar-planned bar-w-85", "bar bar-spent bar-w-100 bar-over", "1,200 / 1,000");
		// Beta release: baseline 10 March, forecast 17 March
		String variance = PageHtml.row(charts, "chart-variance-0");
		assertThat(variance).contains("Beta release", "bar bar-late bar-w-100").doesNotContain("bar-early");
		assertThat(PageHtml.cell(variance, "days")).isEqualTo("+7 d");
		assertThat(charts).contains("id=\"health-count-GREEN\"").doesNotContain("style=");
	}

	@Test
	void writtenTextIsEscaped() {
		save(null, "summary", "<script>alert(1)</script>", "highlights", "<b>bold</b>");
		post("/publish");
		String published = page(url());
		assertThat(published).doesNotContain("<script>alert(1)</script>", "<b>bold</b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;bold&lt;/b&gt;");
	}

	@Test
	void archiveListsTheWeeksAndLinksThisWeek() {
		String empty = page("/programs/" + this.program.getId() + "/reports");
		assertThat(empty).contains("id=\"no-reports\"", "id=\"this-week\"");
		post("/publish");
		assertThat(page("/programs/" + this.program.getId() + "/reports")).contains(WEEK.toString(), "Published",
				"test-admin");
		assertThat(page("/programs/" + this.program.getId()))
			.contains("/programs/" + this.program.getId() + "/reports");
	}

}
