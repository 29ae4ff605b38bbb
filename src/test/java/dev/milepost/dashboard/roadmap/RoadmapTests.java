package dev.milepost.dashboard.roadmap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
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
 * The roadmap on the program page, on {@code /} and alone: a diamond per milestone drawn,
 * the today line, quarter labels, escaped names, clipping of the portfolio window, one
 * statement each. Same context as StatementCountTests (same imports).
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class RoadmapTests {

	static final String NASTY = "Fish & <Chips> \"Co\"";

	static final String NASTY_ESCAPED = "Fish &amp; &lt;Chips&gt; &quot;Co&quot;";

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
	RoadmapBoard board;

	final LocalDate today = TestClock.runToday();

	String body(String uri, Object... vars) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri, vars).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The roadmap's SVG in a page. */
	static String svg(String html) {
		int start = html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 ");
		assertThat(start).as("a roadmap SVG in the page").isNotNegative();
		String svg = html.substring(start, html.indexOf("</svg>", start) + 6);
		assertThat(svg).contains("class=\"roadmap-chart\"");
		return svg;
	}

	static String diamond(Milestone m, String state) {
		return "data-milestone=\"" + m.getId() + "\" data-state=\"" + state + "\"";
	}

	Milestone milestone(Project project, String name, LocalDate baseline, LocalDate forecast, MilestoneStatus status,
			LocalDate actual) {
		return this.milestones.create(project.getId(), name, null, "Owner", baseline, forecast, status, actual);
	}

	void rename(Program program, String name) {
		this.jdbc.sql("update programs set name = ? where id = ?").params(name, program.getId()).update();
	}

	void dates(Project project, LocalDate start, LocalDate end) {
		this.jdbc.sql("update projects set start_date = ?, end_date = ? where id = ?")
			.params(start, end, project.getId())
			.update();
	}

	@Test
	void programPageDrawsEachProjectAndMilestoneWithTodayQuartersAndBaselines() throws Exception {
		Program program = this.data.program();
		rename(program, NASTY);
		Project planned = this.data.project(program);
		dates(planned, this.today.minusMonths(2), this.today.plusMonths(7));
		Project undated = this.data.project(program);
		Milestone onTrack = milestone(planned, "Design", this.today.plusDays(20), null, null, null);
		Milestone slipped = milestone(planned, "Build <beta>", this.today.plusDays(30), this.today.plusDays(75),
				MilestoneStatus.IN_PROGRESS, null);
		Milestone done = milestone(planned, "Kick-off", this.today.minusDays(40), this.today.minusDays(35),
				MilestoneStatus.DONE, this.today.minusDays(35));
		Milestone blocked = milestone(undated, "Vendor", this.today.plusDays(50), null, MilestoneStatus.BLOCKED, null);
		Milestone overdue = milestone(undated, "Late", this.today.minusDays(10), null, MilestoneStatus.IN_PROGRESS,
				null);
		Milestone cancelled = milestone(undated, "Dropped", this.today.plusDays(60), null, MilestoneStatus.CANCELLED,
				null);

		String html = body("/programs/{id}", program.getId());
		String svg = svg(html);
		assertThat(svg).contains(diamond(onTrack, "on-track"))
			.contains(diamond(slipped, "slipped"))
			.contains(diamond(done, "done"))
			.contains(diamond(blocked, "blocked"))
			.contains(diamond(overdue, "overdue"))
			.doesNotContain("data-milestone=\"" + cancelled.getId() + "\"");
		assertThat(count(svg, "<g class=\"roadmap-milestone\"")).isEqualTo(5);
		// a hollow baseline diamond only where the baseline differs from the forecast
		assertThat(svg).contains("<g class=\"roadmap-baseline\" data-milestone=\"" + slipped.getId() + "\">")
			.doesNotContain("<g class=\"roadmap-baseline\" data-milestone=\"" + onTrack.getId() + "\">");
		assertThat(svg).contains("<g class=\"roadmap-today\">").contains(">Today</text>");
		// whole quarters from the earliest date drawn (the planned start) to the latest
		// (the planned end)
		LocalDate first = Roadmap.quarterStart(this.today.minusMonths(2));
		LocalDate last = Roadmap.quarterStart(this.today.plusMonths(7));
		for (LocalDate quarter = first; !quarter.isAfter(last); quarter = quarter.plusMonths(3)) {
			assertThat(svg).contains(">" + Roadmap.quarterLabel(quarter) + "</text>");
		}
		assertThat(svg).contains(">" + Roadmap.quarterLabel(Roadmap.quarterStart(this.today)) + "</text>")
			.doesNotContain(">" + Roadmap.quarterLabel(first.minusMonths(3)) + "</text>")
			.doesNotContain(">" + Roadmap.quarterLabel(last.plusMonths(3)) + "</text>");
		assertThat(svg).contains("<title id=\"roadmap-title\">Roadmap of " + program.getKey() + " · " + NASTY_ESCAPED)
			.contains("Build &lt;beta&gt;")
			.doesNotContain("<Chips>")
			.doesNotContain("<beta>")
			.doesNotContain(" style=");
		// planned dates give a solid bar; the undated project a dashed bar from its
		// milestones
		assertThat(rowOf(svg, planned.getId())).contains("class=\"roadmap-bar\"").doesNotContain("stroke-dasharray");
		assertThat(rowOf(svg, undated.getId())).contains("class=\"roadmap-bar\"").contains("stroke-dasharray=\"4 3\"");
		// the text alternative lists every milestone drawn
		assertThat(html).contains("<details class=\"roadmap-table\">")
			.contains("data-milestone=\"" + slipped.getId() + "\"")
			.contains(">Build &lt;beta&gt;</a>")
			.contains("<td>Slipped</td>")
			.contains("</html>");
		// alone on a page, for printing
		assertThat(svg(body("/programs/{id}/roadmap", program.getId()))).contains(diamond(slipped, "slipped"));
	}

	@Test
	void portfolioRoadmapDrawsProgramsOfThePageWithTheirKeyMilestonesInTheWindow() throws Exception {
		// a key that sorts before every TestData key, so the program is on the first
		// dashboard page
		Program program = this.data.program("A" + TestData.uniqueKey());
		rename(program, NASTY);
		Project project = this.data.project(program);
		dates(project, this.today.minusYears(2), this.today.plusYears(3));
		Milestone soon = milestone(project, "Soon", this.today.plusDays(10), null, null, null);
		Milestone slipped = milestone(project, "Slipped", this.today.plusDays(20), this.today.plusDays(40), null, null);
		Milestone doneRecently = milestone(project, "Done", this.today.minusDays(3), null, MilestoneStatus.DONE,
				this.today.minusDays(3));
		Milestone doneLongAgo = milestone(project, "Old", this.today.minusYears(1), null, MilestoneStatus.DONE,
				this.today.minusYears(1));
		Milestone overdueLongAgo = milestone(project, "Forgotten", this.today.minusYears(1), null, null, null);
		Milestone farAhead = milestone(project, "Far", this.today.plusYears(2), null, null, null);
		Milestone cancelled = milestone(project, "Cancelled", this.today.plusDays(5), null, MilestoneStatus.CANCELLED,
				null);

		String html = body("/");
		String row = rowOf(svg(html), program.getId());
		// key milestones only: the next one (outlined) and the slipped one; the overdue
		// one is key too but lies before the window; done ones are only counted
		assertThat(row).contains(diamond(soon, "on-track"))
			.contains(diamond(slipped, "slipped"))
			.doesNotContain("data-milestone=\"" + doneRecently.getId() + "\"");
		assertThat(count(row, "<g class=\"roadmap-milestone\"")).isEqualTo(2);
		assertThat(count(row, "class=\"roadmap-next\"")).isEqualTo(1);
		assertThat(row).doesNotContain("data-milestone=\"" + doneLongAgo.getId() + "\"")
			.doesNotContain("data-milestone=\"" + overdueLongAgo.getId() + "\"")
			.doesNotContain("data-milestone=\"" + farAhead.getId() + "\"")
			.doesNotContain("data-milestone=\"" + cancelled.getId() + "\"");
		// what lies outside is clipped and marked: the overdue one before, the far one
		// after
		assertThat(row).contains("data-side=\"before\"")
			.contains("1 open milestone before it")
			.contains("data-side=\"after\"")
			.contains("1 milestone after it");
		assertThat(row).contains(program.getKey() + " · " + NASTY_ESCAPED);
		assertThat(svg(html)).contains("<g class=\"roadmap-today\">");
		LocalDate quarter = Roadmap.quarterStart(this.today);
		for (int i = -1; i <= 3; i++) {
			assertThat(svg(html)).contains(">" + Roadmap.quarterLabel(quarter.plusMonths(3L * i)) + "</text>");
		}
		assertThat(svg(html)).doesNotContain(">" + Roadmap.quarterLabel(quarter.plusMonths(12)) + "</text>");
		assertThat(html).doesNotContain("<Chips>");
		// the text alternative: the program's counts by state in the window, and the page
		// rendered to its end
		Matcher counts = Pattern.compile("<tr data-program=\"" + program.getId() + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(counts.find()).as("the program in the roadmap table").isTrue();
		assertThat(counts.group(1).replaceAll("\\s+", " ")).contains(NASTY_ESCAPED)
			.contains(
					"<td class=\"num\">1</td> <td class=\"num\">1</td> <td class=\"num\">1</td> <td class=\"num\">0</td> <td class=\"num\">0</td> <td class=\"num\">1</td> <td class=\"num\">1</td>");
		assertThat(html).contains("<th scope=\"col\" class=\"num\">On track</th>").contains("</html>");
		// ... and its key milestones by name, the overdue one before the window too, with
		// a
		// link to the program's full roadmap
		String keys = counts.group(1).replaceAll("\\s+", " ");
		assertThat(keys).contains("<strong>Next:</strong> <a href=\"/milestones/" + soon.getId() + "\">")
			.contains(">" + project.getKey() + " · Forgotten</a> <span class=\"text-nowrap\">(Overdue, forecast "
					+ this.today.minusYears(1) + ")</span>")
			.contains("(Slipped, forecast " + this.today.plusDays(40) + ")")
			.doesNotContain(" · Done</a>")
			.doesNotContain(" · Far</a>")
			.contains("href=\"/programs/" + program.getId() + "/roadmap\"");
	}

	@Test
	void eachRoadmapIsOneStatement() {
		Program program = this.data.program();
		for (int p = 0; p < 3; p++) {
			Project project = this.data.project(program);
			for (int m = 0; m < 4; m++) {
				milestone(project, "M" + m, this.today.plusDays(m * 20L), null, null, null);
			}
		}
		this.counter.reset();
		assertThat(this.board.program(program.getId()).roadmap().diamondCount()).isEqualTo(12);
		assertThat(this.counter.count()).isEqualTo(1);
		this.counter.reset();
		Roadmap portfolio = this.board.portfolio(java.util.List.of(program.getId())).roadmap();
		// counted, all of them; drawn, the key one only (the next)
		assertThat(portfolio.milestoneCount()).isEqualTo(12);
		assertThat(portfolio.diamondCount()).isEqualTo(1);
		assertThat(this.counter.count()).isEqualTo(1);
	}

	@Test
	void programWithoutProjectsSaysSo() throws Exception {
		Program program = this.data.program();
		assertThat(body("/programs/{id}", program.getId())).contains("No projects to draw yet.")
			.doesNotContain("class=\"roadmap-chart\"");
	}

	@Test
	@WithMockUser(username = "roadmap-viewer", roles = "VIEWER")
	void anySignedInRoleMayReadTheRoadmapAlone() {
		Program program = this.data.program();
		assertThat(this.mvc.get().uri("/programs/{id}/roadmap", program.getId())).hasStatusOk();
		assertThat(this.mvc.get().uri("/programs/{id}/roadmap", Long.MAX_VALUE - 3)).hasStatus(HttpStatus.NOT_FOUND);
	}

	/** The SVG group of one row. */
	static String rowOf(String svg, long id) {
		Matcher m = Pattern
			.compile("<g class=\"roadmap-row\" data-row=\"" + id
					+ "\">.*?</g>(?=<g class=\"roadmap-row\"|<g class=\"roadmap-today\"|<g class=\"roadmap-legend\")",
					Pattern.DOTALL)
			.matcher(svg);
		assertThat(m.find()).as("row %d drawn", id).isTrue();
		return m.group();
	}

	static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
