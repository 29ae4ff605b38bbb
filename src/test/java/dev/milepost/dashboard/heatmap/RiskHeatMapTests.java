package dev.milepost.dashboard.heatmap;

import java.time.LocalDate;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectService;
import dev.milepost.risk.Risk;
import dev.milepost.risk.RiskCategory;
import dev.milepost.risk.RiskDetails;
import dev.milepost.risk.RiskResponse;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskStatus;
import dev.milepost.summary.ProgramSummaries;
import dev.milepost.summary.RiskCells;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk heat map counts open and mitigating risks that are not archived, in programs
 * (and, for the portfolio, projects) that are not archived, per probability x impact
 * cell; the portfolio's is summed from the kept program summaries, read with one
 * statement; the overview and program pages show it with each non-empty cell linking to
 * the filtered risk list.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskHeatMapTests {

	@Autowired
	ProgramSummaries summaries;

	@Autowired
	ProjectService projects;

	@Autowired
	RiskService risks;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter counter;

	@Autowired
	MockMvcTester mvc;

	Program program;

	Program other;

	Program archivedProgram;

	RiskHeatMap portfolioBefore;

	@BeforeAll
	void buildPrograms() {
		this.portfolioBefore = portfolio();
		this.program = this.data.program();
		// counted: two open and one mitigating at P4 x I5, one open at P1 x I1
		risk(this.program, 4, 5, RiskStatus.OPEN);
		risk(this.program, 4, 5, RiskStatus.OPEN);
		risk(this.program, 4, 5, RiskStatus.MITIGATING);
		risk(this.program, 1, 1, RiskStatus.OPEN);
		// not counted: closed, occurred, archived
		risk(this.program, 4, 5, RiskStatus.CLOSED);
		risk(this.program, 2, 3, RiskStatus.OCCURRED);
		this.risks.archive(risk(this.program, 4, 5, RiskStatus.OPEN).getId());
		// another program's risk: in the portfolio, not in this program's map
		this.other = this.data.program();
		risk(this.other, 4, 5, RiskStatus.OPEN);
		// a risk of an archived program counts nowhere
		this.archivedProgram = this.data.program();
		risk(this.archivedProgram, 3, 3, RiskStatus.OPEN);
		this.jdbc.sql("update programs set archived = true where id = :id")
			.param("id", this.archivedProgram.getId())
			.update();
		// nor does a risk narrowed to an archived project, in the portfolio
		Project archivedProject = this.data.project(this.other);
		riskOf(this.other, archivedProject.getId(), 2, 2, RiskStatus.OPEN);
		this.projects.archive(archivedProject.getId());
	}

	RiskHeatMap portfolio() {
		return RiskHeatMap.portfolio(RiskCells.sum(this.summaries.current().values()));
	}

	Risk risk(Program program, int probability, int impact, RiskStatus status) {
		return riskOf(program, null, probability, impact, status);
	}

	Risk riskOf(Program program, Long projectId, int probability, int impact, RiskStatus status) {
		return this.risks.create(new RiskDetails(program.getId(), projectId, "Heat " + TestData.uniqueKey(), null,
				RiskCategory.TECHNICAL, probability, impact, "Rita Owner", RiskResponse.REDUCE, null, null, status,
				LocalDate.of(2026, 1, 15)));
	}

	/** The program page's map: counted from the program's risk register. */
	RiskHeatMap programMap() {
		return RiskHeatMap.ofRegister(this.program.getId(), this.risks.forProgram(this.program.getId()));
	}

	@Test
	void countsOpenAndMitigatingRisksOfOneProgramPerCell() {
		RiskHeatMap map = programMap();

		assertThat(map.count(4, 5)).isEqualTo(3);
		assertThat(map.count(1, 1)).isEqualTo(1);
		assertThat(map.count(2, 3)).isZero();
		assertThat(map.total()).isEqualTo(4);
		assertThat(map.programId()).isEqualTo(this.program.getId());
	}

	@Test
	void portfolioCountsEveryLiveProgram() {
		RiskHeatMap after = portfolio();

		// the shared database holds other tests' risks: compare with the map before this
		// class's data
		assertThat(after.count(4, 5) - this.portfolioBefore.count(4, 5)).isEqualTo(4);
		assertThat(after.count(1, 1) - this.portfolioBefore.count(1, 1)).isEqualTo(1);
		// closed, occurred, archived and archived-program risks
		assertThat(after.count(2, 3)).isEqualTo(this.portfolioBefore.count(2, 3));
		assertThat(after.count(3, 3)).isEqualTo(this.portfolioBefore.count(3, 3));
		assertThat(after.count(2, 2)).isEqualTo(this.portfolioBefore.count(2, 2));
		assertThat(after.programId()).isNull();
	}

	@Test
	void gridRunsImpactFiveToOneAndProbabilityOneToFive() {
		RiskHeatMap map = programMap();

		assertThat(map.rows()).extracting(RiskHeatMap.Row::impact).containsExactly(5, 4, 3, 2, 1);
		assertThat(map.rows().get(0).cells()).extracting(RiskHeatMap.Cell::probability).containsExactly(1, 2, 3, 4, 5);
		RiskHeatMap.Cell cell = map.rows().get(0).cells().get(3);
		assertThat(cell.score()).isEqualTo(20);
		assertThat(cell.cssClass()).isEqualTo("score-critical");
		assertThat(map.rows().get(4).cells().get(0).cssClass()).isEqualTo("score-low");
	}

	@Test
	void cellsLinkToTheFilteredRiskList() {
		RiskHeatMap program = programMap();
		assertThat(program.rows().get(0).cells().get(3).href())
			.isEqualTo("/risks?probability=4&impact=5&programId=" + this.program.getId());
		assertThat(portfolio().rows().get(4).cells().get(0).href()).isEqualTo("/risks?probability=1&impact=1");
	}

	@Test
	void portfolioReadsOnlyTheSummariesWithOneStatement() {
		portfolio();
		this.counter.reset();
		portfolio();
		assertThat(this.counter.count()).isEqualTo(1);
	}

	@Test
	void programPageShowsTheMapWithLinks() throws Exception {
		long id = this.program.getId();
		MvcTestResult result = this.mvc.get().uri("/programs/{id}", id).exchange();

		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"risk-heat-map\"")
			.contains("<caption>")
			.contains("<th scope=\"row\">5 · Severe</th>")
			.contains("<th scope=\"col\">4 · Likely</th>")
			.contains("href=\"/risks?probability=4&amp;impact=5&amp;programId=" + id + "\"")
			.contains("href=\"/risks?probability=1&amp;impact=1&amp;programId=" + id + "\"")
			// empty cells are not links
			.doesNotContain("href=\"/risks?probability=2&amp;impact=3&amp;programId=" + id + "\"");
		assertThat(cell(html, 4, 5)).contains(">3</a>").contains("score-critical");
		assertThat(cell(html, 2, 3)).contains(">0</span>").doesNotContain("<a ");
	}

	@Test
	void overviewShowsThePortfolioMap() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/").exchange();

		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"risk-heat-map\"")
			.contains("Portfolio risk heat map")
			.contains("href=\"/risks?probability=4&amp;impact=5\"");
	}

	/** The HTML of one cell, from its opening tag to its closing tag. */
	private static String cell(String html, int probability, int impact) {
		String marker = "data-probability=\"" + probability + "\" data-impact=\"" + impact + "\"";
		int start = html.indexOf(marker);
		assertThat(start).as("cell P%d x I%d", probability, impact).isNotNegative();
		return html.substring(html.lastIndexOf("<td", start), html.indexOf("</td>", start));
	}

}
