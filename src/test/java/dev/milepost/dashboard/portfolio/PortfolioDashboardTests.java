package dev.milepost.dashboard.portfolio;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestData;
import dev.milepost.dashboard.PageHtml;
import dev.milepost.dashboard.DashboardFixtures;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.security.Role;
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
class PortfolioDashboardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	DashboardFixtures fixtures;

	@Autowired
	Clock clock;

	@Autowired
	PortfolioCleaner portfolio;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A program whose objective holds {@code token}, so that {@code ?objective=token}
	 * lists only such programs.
	 */
	Program program(String token) {
		Program program = this.data.program();
		this.fixtures.objective(program, "Objective " + token + " " + program.getKey());
		return program;
	}

	@Test
	void programRowShowsNextMilestoneOnTimeSlippedTopRiskAndBurn() {
		LocalDate today = today();
		String token = TestData.uniqueKey();
		Program program = program(token);
		Project project = this.data.project(program);
		this.fixtures.budget(project, "1000", "600");
		Project other = this.data.project(program);
		this.fixtures.budget(other, "1000", "200");
		this.fixtures.milestone(project, "Done on time", "DONE", today.minusDays(10), today.minusDays(10),
				today.minusDays(11));
		this.fixtures.milestone(project, "Done late", "DONE", today.minusDays(20), today.minusDays(15),
				today.minusDays(15));
		this.fixtures.milestone(project, "Overdue", "IN_PROGRESS", today.minusDays(3), today.minusDays(3), null);
		long next = this.fixtures.milestone(other, "Next <one>", "NOT_STARTED", today.plusDays(2), today.plusDays(5),
				null);
		this.fixtures.milestone(project, "Later", "NOT_STARTED", today.plusDays(10), today.plusDays(10), null);
		this.fixtures.milestone(project, "Dropped", "CANCELLED", today.plusDays(1), today.plusDays(1), null);
		this.fixtures.risk(program, project, "Top", 4, 5, "OPEN");
		this.fixtures.risk(program, null, "Mitigating", 3, 3, "MITIGATING");
		this.fixtures.risk(program, null, "Closed", 5, 5, "CLOSED");

		String row = row(get("/?objective=" + token), program);

		assertThat(row).contains(program.getName(), "Olivia Owner", "href=\"/milestones/" + next + "\"",
				"Next &lt;one&gt;", today.plusDays(5).toString());
		assertThat(cell(row, "ontime")).isEqualTo("50%");
		assertThat(cell(row, "slipped")).isEqualTo("1");
		assertThat(cell(row, "risk")).startsWith("20");
		assertThat(row).contains("class=\"risk-score risk-score-badge score-critical\"");
		// 800 of 2000 spent; 2 of the 5 milestones that are not cancelled are done
		assertThat(cell(row, "burn")).startsWith("40%").contains("/ 40% done");
		assertThat(row).doesNotContain("overdue</span>");
	}

	@Test
	void nextMilestoneFallsBackToTheEarliestOverdueAndEmptyProgramsShowDashes() {
		LocalDate today = today();
		String token = TestData.uniqueKey();
		Program late = program(token);
		Project project = this.data.project(late);
		this.fixtures.milestone(project, "Very late", "BLOCKED", today.minusDays(9), today.minusDays(9), null);
		this.fixtures.milestone(project, "A bit late", "NOT_STARTED", today.minusDays(2), today.minusDays(2), null);
		this.fixtures.milestone(project, "Done", "DONE", today.plusDays(3), today.plusDays(3), today);
		this.fixtures.risk(late, null, "Low", 1, 3, "OPEN");
		Program empty = program(token);

		String html = get("/?objective=" + token);

		String lateRow = row(html, late);
		assertThat(cell(lateRow, "next")).contains("Very late", today.minusDays(9).toString(), "overdue");
		assertThat(cell(lateRow, "ontime")).isEqualTo("100%"); // done 3 days before its
																// baseline
		assertThat(lateRow).contains("score-low");
		String emptyRow = row(html, empty);
		assertThat(cell(emptyRow, "next")).isEqualTo("—");
		assertThat(cell(emptyRow, "ontime")).isEqualTo("—");
		assertThat(cell(emptyRow, "slipped")).isEqualTo("0");
		assertThat(cell(emptyRow, "risk")).isEqualTo("—");
		assertThat(cell(emptyRow, "burn")).startsWith("—").contains("/ — done");
	}

	@Test
	void filtersByOwnerObjectiveStatusAndHealth() {
		String token = TestData.uniqueKey();
		Program red = program(token);
		this.fixtures.risk(red, null, "Critical", 5, 5, "OPEN"); // a score of 20 or more
																	// is RED
		Program green = program(token);
		Program onHold = program(token);
		this.fixtures.status(onHold, "ON_HOLD");
		Program dora = program(token);
		this.fixtures.owner(dora, this.data.user("dash-dora", "Dora Dashboard", Role.TPM));

		assertThat(ids(get("/?objective=" + token))).containsExactlyInAnyOrder(red.getId(), green.getId(),
				onHold.getId(), dora.getId());
		assertThat(ids(get("/?objective=" + token.toLowerCase() + "&owner=dora dash"))).containsExactly(dora.getId());
		assertThat(ids(get("/?objective=" + token + "&status=ON_HOLD"))).containsExactly(onHold.getId());
		assertThat(ids(get("/?objective=" + token + "&health=RED"))).containsExactly(red.getId());
		assertThat(ids(get("/?objective=" + token + "&health=GREEN"))).contains(green.getId())
			.doesNotContain(red.getId());
		assertThat(ids(get("/?objective=" + token + "&owner=nobody-at-all"))).isEmpty();
		assertThat(get("/?objective=" + token + "&owner=nobody-at-all")).contains("Nothing matches these filters.");
		// the filter form keeps what was chosen
		assertThat(get("/?objective=" + token + "&health=RED&status=ACTIVE")).contains(
				"<option value=\"RED\" selected=\"selected\">", "<option value=\"ACTIVE\" selected=\"selected\">",
				"value=\"" + token + "\"");
	}

	@Test
	void sortsByAColumnEitherWayWithEmptyValuesLastAndWorstHealthFirstByDefault() {
		String token = TestData.uniqueKey();
		Program low = program(token);
		this.fixtures.risk(low, null, "Low", 1, 2, "OPEN");
		Program high = program(token);
		this.fixtures.risk(high, null, "High", 5, 5, "OPEN");
		Program none = program(token);
		Program mid = program(token);
		this.fixtures.risk(mid, null, "Mid", 2, 3, "OPEN");

		assertThat(ids(get("/?objective=" + token + "&sort=risk&dir=desc"))).containsExactly(high.getId(), mid.getId(),
				low.getId(), none.getId());
		assertThat(ids(get("/?objective=" + token + "&sort=risk&dir=asc"))).containsExactly(low.getId(), mid.getId(),
				high.getId(), none.getId());
		assertThat(ids(get("/?objective=" + token + "&sort=key"))).containsExactly(low.getId(), high.getId(),
				none.getId(), mid.getId());
		// worst first: the score-25 program is RED, the others are not
		assertThat(ids(get("/?objective=" + token)).get(0)).isEqualTo(high.getId());
		// the header links keep the filter and reverse the current direction
		assertThat(get("/?objective=" + token + "&sort=risk&dir=desc"))
			.contains("href=\"/?objective=" + token + "&amp;sort=risk&amp;dir=asc\" data-dir=\"desc\"");
	}

	@Test
	void pagesTheProgramTable() {
		String token = TestData.uniqueKey();
		List<Long> made = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			made.add(program(token).getId());
		}
		String first = get("/?objective=" + token + "&sort=key&size=2");
		assertThat(ids(first)).containsExactly(made.get(0), made.get(1));
		assertThat(first).contains("Showing 1–2 of 3", "page=1");
		String second = get("/?objective=" + token + "&sort=key&size=2&page=1");
		assertThat(ids(second)).containsExactly(made.get(2));
		assertThat(second).contains("Showing 3–3 of 3");
	}

	@Test
	void badParametersAreBadRequestsWithAMessage() {
		assertBadRequest("/?sort=budget", "Cannot sort by &#39;budget&#39;");
		assertBadRequest("/?sort=risk&dir=sideways", "Sort direction must be &#39;asc&#39; or &#39;desc&#39;");
		assertBadRequest("/?health=PURPLE", "GREEN, AMBER, RED");
		assertBadRequest("/?status=NOPE", "PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED");
		assertBadRequest("/?page=-1", "Page numbers start at 0");
		assertBadRequest("/?size=lots", "");
	}

	@Test
	void listsRecentSlipsNewestFirstWithOldAndNewDates() {
		LocalDate today = today();
		Program program = program(TestData.uniqueKey());
		Project project = this.data.project(program);
		long m1 = this.fixtures.milestone(project, "Slipped once", "IN_PROGRESS", today, today.plusDays(12), null);
		long m2 = this.fixtures.milestone(project, "Slipped twice", "NOT_STARTED", today, today.plusDays(30), null);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.fixtures.forecastChange(m1, today, today.plusDays(12), "Vendor <late>", now);
		this.fixtures.forecastChange(m2, today.plusDays(20), today.plusDays(30), "Scope grew", now.plusSeconds(1));
		this.fixtures.forecastChange(m2, today.plusDays(25), today.plusDays(20), "Pulled in", now.minusDays(1));
		this.fixtures.forecastChange(m2, today, today.plusDays(25), "Too old", now.minusDays(15));

		String slipped = section(get("/"), "recently-slipped");

		assertThat(slipped).contains("Vendor &lt;late&gt;", "Scope grew", "+10 days", "+12 days")
			.doesNotContain("Pulled in", "Too old");
		assertThat(slipped.indexOf("Scope grew")).isLessThan(slipped.indexOf("Vendor &lt;late&gt;"));
		assertThat(slipped).contains(program.getKey() + " / " + project.getKey());
		assertThat(slipped).containsPattern(today.plusDays(20) + "</span> → <span>" + today.plusDays(30));
		assertThat(count(slipped, "<li ")).isLessThanOrEqualTo(10);
	}

	@Test
	void recentSlipsAreThoseSinceTheStartOfTheDayFourteenDaysAgo() {
		LocalDate today = today();
		Program program = program(TestData.uniqueKey());
		Project project = this.data.project(program);
		long m = this.fixtures.milestone(project, "Slipped at the edge", "IN_PROGRESS", today, today.plusDays(40),
				null);
		OffsetDateTime edge = today.minusDays(14).atStartOfDay(this.clock.getZone()).toOffsetDateTime();
		this.fixtures.forecastChange(m, today, today.plusDays(30), "First minute of the window", edge.plusMinutes(1));
		this.fixtures.forecastChange(m, today.plusDays(1), today.plusDays(20), "Last minute before it",
				edge.minusMinutes(1));

		// the program's own list: the portfolio's shows the ten newest of every test's
		// slips
		String slipped = section(get("/programs/" + program.getId()), "recently-slipped");

		assertThat(slipped).contains("First minute of the window").doesNotContain("Last minute before it");
	}

	@Test
	void listsUpcomingMilestonesByDateAndTheTenHighestOpenRisks() {
		// portfolio-wide lists cut at 15 and 10 entries: another class's milestones due
		// today would push
		// these out, so the test starts from an empty portfolio
		this.portfolio.clean();
		LocalDate today = today();
		Program program = program(TestData.uniqueKey());
		Project project = this.data.project(program);
		long tomorrow = this.fixtures.milestone(project, "Tomorrow", "NOT_STARTED", today, today.plusDays(1), null);
		long todays = this.fixtures.milestone(project, "Today", "IN_PROGRESS", today, today, null);
		this.fixtures.milestone(project, "Too far", "NOT_STARTED", today, today.plusDays(31), null);
		this.fixtures.milestone(project, "Done soon", "DONE", today, today.plusDays(2), today);
		List<Long> risks = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			risks.add(this.fixtures.risk(program, null, "0000 top " + program.getKey() + " " + (10 + i), 5, 5, "OPEN"));
		}

		String html = get("/");
		String upcoming = section(html, "upcoming");
		assertThat(upcoming).contains("data-milestone=\"" + todays + "\"", "data-milestone=\"" + tomorrow + "\"")
			.doesNotContain("Too far", "Done soon");
		assertThat(upcoming.indexOf("data-milestone=\"" + todays + "\""))
			.isLessThan(upcoming.indexOf("data-milestone=\"" + tomorrow + "\""));
		assertThat(count(upcoming, "<li ")).isLessThanOrEqualTo(15);
		assertThat(dates(upcoming)).isSorted();

		String top = section(html, "top-risks");
		assertThat(count(top, "<li ")).isEqualTo(10);
		for (int i = 0; i < 10; i++) {
			assertThat(top).contains("data-risk=\"" + risks.get(i) + "\"");
		}
		assertThat(top).doesNotContain("data-risk=\"" + risks.get(10) + "\"");
		assertThat(top.indexOf("data-risk=\"" + risks.get(0) + "\""))
			.isLessThan(top.indexOf("data-risk=\"" + risks.get(9) + "\""));
		assertThat(top).contains("risk-score-badge risk-score score-critical");
	}

	@Test
	void keepsTheTotalsHealthCountsAndHeatMap() {
		String html = get("/");
		assertThat(html).contains("Portfolio overview", "id=\"total-programs\"", "id=\"health-counts\"",
				"id=\"health-count-RED\"", "Portfolio risk heat map", "How these figures are reckoned");
	}

	void assertBadRequest(String uri, String message) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).as(uri).contains(message);
	}

	String get(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return body(result);
	}

	static String row(String html, Program program) {
		return PageHtml.row(html, "program-" + program.getId());
	}

	/** Program ids of the table rows, in order. */
	static List<Long> ids(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher m = Pattern.compile("<tr id=\"program-(\\d+)\"").matcher(html);
		while (m.find()) {
			ids.add(Long.valueOf(m.group(1)));
		}
		return ids;
	}

	static List<String> dates(String section) {
		List<String> dates = new ArrayList<>();
		Matcher m = Pattern.compile("watch-date\">(\\d{4}-\\d{2}-\\d{2})<").matcher(section);
		while (m.find()) {
			dates.add(m.group(1));
		}
		return dates;
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
