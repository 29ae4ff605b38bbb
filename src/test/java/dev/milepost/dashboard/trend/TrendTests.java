package dev.milepost.dashboard.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneChanges;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trend pages: one step line per milestone, escaped text, a statement count that does
 * not grow with the milestones, 404 for unknown ids. Same context as StatementCountTests
 * (same imports).
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class TrendTests {

	static final String NASTY = "<script>alert(1)</script> & \"quoted\"";

	static final Pattern SERIES = Pattern
		.compile("<g class=\"trend-series\" data-milestone=\"(\\d+)\"><polyline points=\"([^\"]*)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	MilestoneService milestones;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter counter;

	@Autowired
	TrendQueries queries;

	/** A milestone created 60 days ago and moved three times since: four forecasts. */
	Milestone slipping(Project project, String name) {
		LocalDate today = TestClock.runToday();
		Milestone m = this.milestones.create(project.getId(), name, null, "Owner", today.plusDays(10), null, null,
				null);
		for (int move = 1; move <= 3; move++) {
			Milestone current = this.milestones.get(m.getId());
			this.milestones.update(m.getId(), current.getVersion(), new MilestoneChanges(current.getName(), null,
					"Owner", today.plusDays(10 + move * 14L), null, null, "Slipped " + move));
		}
		List<Long> changes = this.jdbc
			.sql("select id from milestone_date_changes where milestone_id = ? and kind = 'FORECAST' order by id")
			.param(m.getId())
			.query(Long.class)
			.list();
		for (int i = 0; i < changes.size(); i++) {
			this.jdbc.sql("update milestone_date_changes set changed_at = ? where id = ?")
				.params(java.sql.Timestamp.valueOf(today.minusDays(60 - i * 15L).atTime(10, 0)), changes.get(i))
				.update();
		}
		return m;
	}

	String body(String uri, Object... vars) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri, vars).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void oneStepLinePerMilestoneWithTwoPointsPerForecast() throws Exception {
		Program program = this.data.program();
		Project project = this.data.project(program);
		Milestone moved = slipping(project, "Go live");
		Milestone steady = this.milestones.create(project.getId(), "Design signed off", null, null,
				TestClock.runToday().plusDays(30), null, null, null);
		String html = body("/projects/{id}/trend", project.getId());
		Matcher matcher = SERIES.matcher(html);
		int lines = 0;
		while (matcher.find()) {
			lines++;
			int points = matcher.group(2).split(" ").length;
			long id = Long.parseLong(matcher.group(1));
			if (id == moved.getId()) {
				assertThat(points).as("initial forecast + 3 moves, each a start and an end point").isEqualTo(8);
			}
			else {
				assertThat(id).isEqualTo(steady.getId());
				assertThat(points).isEqualTo(2);
			}
		}
		assertThat(lines).isEqualTo(2);
		assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 ")
			.contains("width=\"100%\"")
			.contains("<title id=\"trend-title\">")
			.contains("<desc id=\"trend-desc\">")
			.doesNotContain(" style=\"")
			.contains("/milestones/" + moved.getId());
		// the same milestone on its program's page, also narrowed to its project
		assertThat(body("/programs/{id}/trend", program.getId())).contains("data-milestone=\"" + moved.getId() + "\"");
		assertThat(body("/programs/{id}/trend?project={p}", program.getId(), project.getId()))
			.contains("data-milestone=\"" + steady.getId() + "\"");
	}

	@Test
	void escapesMilestoneNamesInTheChartAndTheTable() throws Exception {
		Project project = this.data.project(this.data.program());
		slipping(project, NASTY);
		String html = body("/projects/{id}/trend", project.getId());
		assertThat(html).doesNotContain("<script>alert(1)")
			.doesNotContain("\"quoted\"")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;");
	}

	@Test
	@WithMockUser(username = "trend-viewer", roles = "VIEWER")
	void anySignedInRoleMayRead() {
		Project project = this.data.project(this.data.program());
		assertThat(this.mvc.get().uri("/projects/{id}/trend", project.getId())).hasStatusOk();
	}

	@Test
	void unknownIdsAreNotFound() {
		assertThat(this.mvc.get().uri("/projects/{id}/trend", Long.MAX_VALUE - 7)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/programs/{id}/trend", Long.MAX_VALUE - 7)).hasStatus(HttpStatus.NOT_FOUND);
	}

	int statements(String uri, Object... vars) {
		this.counter.reset();
		assertThat(this.mvc.get().uri(uri, vars)).hasStatusOk();
		return this.counter.count();
	}

	@Test
	void statementCountDoesNotGrowWithMilestones() {
		Program small = this.data.program();
		Project smallProject = this.data.project(small);
		slipping(smallProject, "Only one");
		Program large = this.data.program();
		Project largeProject = null;
		for (int p = 0; p < 3; p++) {
			largeProject = this.data.project(large);
			for (int m = 0; m < 4; m++) {
				slipping(largeProject, "M" + p + "-" + m);
			}
		}
		int smallProgram = statements("/programs/{id}/trend", small.getId());
		int largeProgram = statements("/programs/{id}/trend", large.getId());
		// the page as a whole (with what the layout and security read) does not grow with
		// the data ...
		assertThat(largeProgram).isEqualTo(smallProgram).isLessThanOrEqualTo(4);
		int smallP = statements("/projects/{id}/trend", smallProject.getId());
		int largeP = statements("/projects/{id}/trend", largeProject.getId());
		assertThat(largeP).isEqualTo(smallP).isLessThanOrEqualTo(4);
		// ... and the chart itself is read with two statements
		this.counter.reset();
		assertThat(this.queries.forProgram(large.getId(), null).shown()).hasSize(12);
		assertThat(this.counter.count()).isEqualTo(2);
		this.counter.reset();
		assertThat(this.queries.forProject(largeProject.getId()).shown()).hasSize(4);
		assertThat(this.counter.count()).isEqualTo(2);
	}

}
