package dev.milepost.dashboard.program;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.dashboard.PageHtml;
import dev.milepost.dashboard.DashboardFixtures;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.milepost.dashboard.PageHtml.cell;
import static dev.milepost.dashboard.PageHtml.section;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class ProgramDashboardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	DashboardFixtures fixtures;

	@Autowired
	Clock clock;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Test
	void projectTableShowsEachProjectsFiguresAndCountsProjectsByHealth() {
		LocalDate today = today();
		Program program = this.data.program();
		Project good = this.data.project(program);
		this.fixtures.budget(good, "500", "100");
		this.fixtures.milestone(good, "Kick-off", "DONE", today.minusDays(30), today.minusDays(30),
				today.minusDays(31));
		long next = this.fixtures.milestone(good, "Beta", "IN_PROGRESS", today.plusDays(3), today.plusDays(3), null);
		Project bad = this.data.project(program);
		this.fixtures.budget(bad, "100", "150");
		this.fixtures.milestone(bad, "Design", "DONE", today.minusDays(20), today.minusDays(5), today.minusDays(5));
		this.fixtures.milestone(bad, "Build", "NOT_STARTED", today.minusDays(1), today.plusDays(40), null);
		this.fixtures.risk(program, bad, "Key people leave", 5, 5, "OPEN");
		this.fixtures.risk(program, good, "Closed one", 5, 5, "CLOSED");
		this.fixtures.risk(program, good, "Minor", 2, 3, "MITIGATING");
		Project old = this.data.project(program);
		this.fixtures.archive(old);

		String html = get(program);

		String goodRow = row(html, good);
		assertThat(goodRow).contains(good.getName(), "Lee Lead", "href=\"/milestones/" + next + "\"", "Beta",
				today.plusDays(3).toString(), "text-bg-success");
		assertThat(cell(goodRow, "ontime")).isEqualTo("100%");
		assertThat(cell(goodRow, "slipped")).isEqualTo("0");
		assertThat(cell(goodRow, "risk")).startsWith("6");
		assertThat(goodRow).contains("score-medium");
		assertThat(cell(goodRow, "burn")).startsWith("20%").contains("/ 50% done");

		String badRow = row(html, bad);
		assertThat(cell(badRow, "next")).contains("Build", today.plusDays(40).toString());
		assertThat(cell(badRow, "ontime")).isEqualTo("0%");
		assertThat(cell(badRow, "slipped")).isEqualTo("1");
		assertThat(cell(badRow, "risk")).startsWith("25");
		assertThat(badRow).contains("score-critical", "text-bg-danger");
		assertThat(cell(badRow, "burn")).startsWith("150%");

		String oldRow = row(html, old);
		assertThat(oldRow).contains("Archived");
		assertThat(html.indexOf("id=\"project-" + old.getId() + "\""))
			.isGreaterThan(html.indexOf("id=\"project-" + bad.getId() + "\""));

		// GOOD is green, BAD is red (a score-25 risk and spending over plan); the
		// archived one is not counted
		assertThat(count(html, "project-count-GREEN")).isEqualTo(1);
		assertThat(html).containsPattern("id=\"project-count-GREEN\"[^>]*>[\\s\\S]*?<dd>1</dd>")
			.containsPattern("id=\"project-count-AMBER\"[^>]*>[\\s\\S]*?<dd>0</dd>")
			.containsPattern("id=\"project-count-RED\"[^>]*>[\\s\\S]*?<dd>1</dd>");
	}

	@Test
	void upcomingListsAtMostFifteenOfTheProgramsOpenMilestonesInTheNextThirtyDaysByDate() {
		LocalDate today = today();
		Program program = this.data.program();
		Project project = this.data.project(program);
		for (int i = 16; i >= 1; i--) {
			this.fixtures.milestone(project, "Due " + i, "NOT_STARTED", today.plusDays(i), today.plusDays(i), null);
		}
		this.fixtures.milestone(project, "Due 31", "NOT_STARTED", today.plusDays(31), today.plusDays(31), null);
		this.fixtures.milestone(project, "Done 2", "DONE", today.plusDays(2), today.plusDays(2), today);
		Program other = this.data.program();
		this.fixtures.milestone(this.data.project(other), "Someone else's", "NOT_STARTED", today, today, null);

		String upcoming = section(get(program), "upcoming");

		List<String> names = names(upcoming);
		List<String> expected = new ArrayList<>();
		for (int i = 1; i <= 15; i++) {
			expected.add("Due " + i);
		}
		assertThat(names).containsExactlyElementsOf(expected);
		assertThat(upcoming)
			.contains("Showing the first 15.",
					"href=\"/milestones?programId=" + program.getId() + "&amp;sort=forecast\"")
			.doesNotContain("Someone else", "Done 2", "Due 31");
	}

	@Test
	void recentlySlippedShowsOldAndNewDatesSlipAndReasonNewestFirstAtMostTen() {
		LocalDate today = today();
		Program program = this.data.program();
		Project project = this.data.project(program);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		long m = this.fixtures.milestone(project, "Go-live", "IN_PROGRESS", today, today.plusDays(40), null);
		for (int i = 1; i <= 11; i++) {
			this.fixtures.forecastChange(m, today.plusDays(i), today.plusDays(i + 3), "Reason " + i,
					now.minusHours(12 * i));
		}
		this.fixtures.forecastChange(m, today.plusDays(50), today.plusDays(40), "Recovered", now);
		this.fixtures.forecastChange(m, today, today.plusDays(50), "Long ago", now.minusDays(15));

		String slipped = section(get(program), "recently-slipped");

		assertThat(count(slipped, "<li ")).isEqualTo(10);
		assertThat(slipped).contains("Reason 1<", "Reason 10<", "+3 days")
			.doesNotContain("Reason 11<", "Recovered", "Long ago");
		assertThat(slipped.indexOf("Reason 1<")).isLessThan(slipped.indexOf("Reason 2<"));
		assertThat(slipped).contains("<span>" + today.plusDays(1) + "</span> → <span>" + today.plusDays(4) + "</span>");
	}

	@Test
	void topRisksAreTheTenHighestOpenOrMitigatingOfTheProgram() {
		Program program = this.data.program();
		List<Long> risks = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			risks.add(this.fixtures.risk(program, null, "Risk " + (100 + i), 1 + (i % 5), 1 + (i / 3 % 5),
					(i == 12) ? "CLOSED" : ((i % 2 == 0) ? "MITIGATING" : "OPEN")));
		}
		Program other = this.data.program();
		this.fixtures.risk(other, null, "Not ours", 5, 5, "OPEN");

		String top = section(get(program), "top-risks");

		List<Integer> scores = new ArrayList<>();
		Matcher matcher = Pattern.compile("risk-score-badge risk-score score-\\w+\"><span>(\\d+)</span>").matcher(top);
		while (matcher.find()) {
			scores.add(Integer.valueOf(matcher.group(1)));
		}
		assertThat(scores).hasSize(10).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(top).doesNotContain("Not ours", "data-risk=\"" + risks.get(11) + "\"");
		assertThat(top).contains("program-wide", "href=\"/risks?programId=" + program.getId() + "\"");
	}

	@Test
	void keepsTheRegistersAfterTheDashboard() {
		Program program = this.data.program();
		this.fixtures.risk(program, null, "Register risk", 2, 2, "CLOSED");
		String html = get(program);
		assertThat(html).contains("id=\"program-health\"", "Risk heat map", "Register risk", "Details");
		assertThat(html.indexOf("id=\"top-risks\"")).isLessThan(html.indexOf("Register risk"));
		assertThat(html.indexOf("id=\"project-health-counts\"")).isLessThan(html.indexOf("id=\"upcoming\""));
	}

	@Test
	void unknownProgramIsNotFound() {
		assertThat(this.mvc.get().uri("/programs/987654329").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	String get(Program program) {
		MvcTestResult result = this.mvc.get().uri("/programs/{id}", program.getId()).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

	static String row(String html, Project project) {
		return PageHtml.row(html, "project-" + project.getId());
	}

	static List<String> names(String section) {
		List<String> names = new ArrayList<>();
		Matcher m = Pattern.compile("href=\"/milestones/\\d+\">([^<]+)</a>").matcher(section);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
