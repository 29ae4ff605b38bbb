package dev.milepost;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.milepost.dashboard.roadmap.Roadmap;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The date-driven rules on the days they are most likely to go wrong, with the
 * application's clock pinned: the last and first day of a quarter, 31 December of a year
 * with an ISO week 53, 29 February, and a moment just before midnight UTC that is already
 * tomorrow in a zone east of UTC ({@code milepost.time-zone}). On each: a milestone due
 * yesterday is overdue and one due today is not, the roadmap draws today's quarter and
 * the week's report is the ISO week of the local date.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class CalendarEdgesTests {

	@Autowired
	TestClock clock;

	@Autowired
	TestData data;

	@Autowired
	MilestoneService milestones;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "2026-09-30T12:00:00Z, UTC, 2026-09-30, 2026-W40, Q3 2026",
			"2026-10-01T00:00:00Z, UTC, 2026-10-01, 2026-W40, Q4 2026",
			"2026-12-31T23:40:00Z, UTC, 2026-12-31, 2026-W53, Q4 2026",
			"2026-12-31T23:40:00Z, Asia/Tokyo, 2027-01-01, 2026-W53, Q1 2027",
			"2027-01-03T23:59:59Z, UTC, 2027-01-03, 2026-W53, Q1 2027",
			"2027-01-04T00:00:00Z, UTC, 2027-01-04, 2027-W01, Q1 2027",
			"2028-02-29T12:00:00Z, UTC, 2028-02-29, 2028-W09, Q1 2028",
			"2028-02-28T20:30:00Z, Asia/Kolkata, 2028-02-29, 2028-W09, Q1 2028" })
	void dateRulesFollowTheLocalDayOfTheConfiguredZone(Instant now, ZoneId zone, LocalDate today, String week,
			String quarter) throws Exception {
		this.clock.set(now);
		this.clock.setZone(zone);
		assertThat(this.clock.today()).isEqualTo(today);
		assertThat(IsoWeek.current(this.clock)).hasToString(week);
		assertThat(Roadmap.quarterLabel(Roadmap.quarterStart(today))).isEqualTo(quarter);

		Program program = this.data.program();
		Project project = this.data.project(program);
		Milestone dueYesterday = milestone(project, "Due yesterday", today.minusDays(1));
		Milestone dueToday = milestone(project, "Due today", today);

		String svg = roadmap(body("/programs/{id}", program.getId()));
		assertThat(svg).contains(state(dueYesterday, "overdue"))
			.contains(state(dueToday, "on-track"))
			.contains(">" + quarter + "</text>");
		assertThat(this.mvc.get().uri("/programs/{id}/reports/{week}", program.getId(), week).exchange()).hasStatusOk()
			.bodyText()
			.contains(IsoWeek.parse(week).monday().toString())
			.contains(IsoWeek.parse(week).sunday().toString());
		// this week may be published, next week not yet
		assertThat(publish(program, IsoWeek.parse(week).next())).hasStatus(400);
		assertThat(publish(program, IsoWeek.parse(week))).hasStatus3xxRedirection();
	}

	private Milestone milestone(Project project, String name, LocalDate date) {
		return this.milestones.create(project.getId(), name, null, "Owner", date, null, MilestoneStatus.IN_PROGRESS,
				null);
	}

	private MvcTestResult publish(Program program, IsoWeek week) {
		return this.mvc.post()
			.uri("/programs/{id}/reports/{week}/publish", program.getId(), week)
			.with(csrf())
			.param("version", new ReportFixtures(this.jdbc).shownVersion(program.getId(), week.toString()))
			.exchange();
	}

	private String body(String uri, Object... vars) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri, vars).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String roadmap(String html) {
		int start = html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 ");
		assertThat(start).as("a roadmap in the page").isNotNegative();
		return html.substring(start, html.indexOf("</svg>", start));
	}

	private static String state(Milestone milestone, String state) {
		return "data-milestone=\"" + milestone.getId() + "\" data-state=\"" + state + "\"";
	}

}
