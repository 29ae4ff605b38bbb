package dev.milepost.dashboard.stakeholders;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.dashboard.stakeholders.StakeholderBoard.Quadrant;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.RaciRole;
import dev.milepost.stakeholder.Stakeholder;
import dev.milepost.stakeholder.StakeholderData;
import dev.milepost.stakeholder.StakeholderService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program's RACI matrix lists every stakeholder linked to the program or one of its
 * projects with their role per column, and the stakeholder map places them in Mendelow's
 * quadrants; both come from one SQL statement and show on the program page, names
 * escaped.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StakeholderBoardTests {

	@Autowired
	StakeholderBoardQuery query;

	@Autowired
	StakeholderService stakeholders;

	@Autowired
	TestData data;

	@Autowired
	StatementCounter counter;

	@Autowired
	MockMvcTester mvc;

	Program program;

	Project alpha;

	Project beta;

	Stakeholder ada;

	Stakeholder bob;

	Stakeholder projectOnly;

	Stakeholder archived;

	@BeforeAll
	void buildProgram() {
		this.program = this.data.program();
		this.alpha = this.data.project(this.program);
		this.beta = this.data.project(this.program);
		this.ada = stakeholder("Ada Board", Level.HIGH, Level.HIGH);
		this.bob = stakeholder("Bob Board", Level.HIGH, Level.MEDIUM);
		this.projectOnly = stakeholder("<script>alert(1)</script> Cy", Level.LOW, Level.HIGH);
		this.archived = stakeholder("Archie Gone", Level.LOW, Level.LOW);
		this.stakeholders.linkToProgram(this.ada.getId(), this.program.getId(), RaciRole.ACCOUNTABLE, false);
		this.stakeholders.linkToProject(this.ada.getId(), this.alpha.getId(), RaciRole.CONSULTED);
		this.stakeholders.linkToProgram(this.bob.getId(), this.program.getId(), RaciRole.INFORMED, false);
		this.stakeholders.linkToProject(this.bob.getId(), this.beta.getId(), RaciRole.RESPONSIBLE);
		this.stakeholders.linkToProject(this.projectOnly.getId(), this.beta.getId(), RaciRole.RESPONSIBLE);
		this.stakeholders.linkToProgram(this.archived.getId(), this.program.getId(), RaciRole.INFORMED, false);
		this.stakeholders.archive(this.archived.getId());
		// another program's links stay off this board
		Program other = this.data.program();
		this.stakeholders.linkToProgram(this.ada.getId(), other.getId(), RaciRole.RESPONSIBLE, false);
	}

	Stakeholder stakeholder(String name, Level influence, Level interest) {
		return this.stakeholders.create(new StakeholderData(name, TestData.uniqueKey().toLowerCase() + "@board.example",
				null, null, influence, interest));
	}

	@Test
	void matrixHasTheProgramThenItsProjectsAndARoleCellPerLink() {
		StakeholderBoard board = this.query.program(this.program.getId());

		assertThat(board.columns()).extracting(StakeholderBoard.Column::key)
			.containsExactly(this.program.getKey(), this.alpha.getKey(), this.beta.getKey());
		assertThat(board.columns().get(0).program()).isTrue();
		// by name, the archived stakeholder left out; "<script>..." sorts first
		assertThat(board.rows()).extracting((r) -> r.stakeholder().id())
			.containsExactly(this.projectOnly.getId(), this.ada.getId(), this.bob.getId());
		// programs and projects number apart: a project may share its id with the program
		String p = "program-" + this.program.getId();
		String a = "project-" + this.alpha.getId();
		String b = "project-" + this.beta.getId();
		assertThat(board.role(this.ada.getId(), p)).isEqualTo(RaciRole.ACCOUNTABLE);
		assertThat(board.role(this.ada.getId(), a)).isEqualTo(RaciRole.CONSULTED);
		assertThat(board.role(this.ada.getId(), b)).isNull();
		assertThat(board.role(this.bob.getId(), p)).isEqualTo(RaciRole.INFORMED);
		assertThat(board.role(this.bob.getId(), a)).isNull();
		assertThat(board.role(this.bob.getId(), b)).isEqualTo(RaciRole.RESPONSIBLE);
		// linked only to a project
		assertThat(board.role(this.projectOnly.getId(), p)).isNull();
		assertThat(board.role(this.projectOnly.getId(), b)).isEqualTo(RaciRole.RESPONSIBLE);
	}

	@Test
	void mapPlacesStakeholdersInMendelowQuadrants() {
		StakeholderBoard board = this.query.program(this.program.getId());

		assertThat(board.map()).extracting(StakeholderBoard.MapRow::influence)
			.containsExactly(Level.HIGH, Level.MEDIUM, Level.LOW);
		assertThat(board.map().get(0).cells()).extracting(StakeholderBoard.MapCell::interest)
			.containsExactly(Level.LOW, Level.MEDIUM, Level.HIGH);
		assertThat(board.cellOf(this.ada.getId()).quadrant()).isEqualTo(Quadrant.MANAGE_CLOSELY);
		assertThat(board.cellOf(this.bob.getId()).quadrant()).isEqualTo(Quadrant.KEEP_SATISFIED);
		assertThat(board.cellOf(this.projectOnly.getId()).quadrant()).isEqualTo(Quadrant.KEEP_INFORMED);
		assertThat(board.cellOf(this.archived.getId())).isNull();
		assertThat(board.map().get(1).cells().get(1).quadrant()).isEqualTo(Quadrant.MONITOR);
	}

	@Test
	void quadrantsFollowMendelow() {
		assertThat(Quadrant.of(Level.HIGH, Level.HIGH)).isEqualTo(Quadrant.MANAGE_CLOSELY);
		assertThat(Quadrant.of(Level.HIGH, Level.LOW)).isEqualTo(Quadrant.KEEP_SATISFIED);
		assertThat(Quadrant.of(Level.HIGH, Level.MEDIUM)).isEqualTo(Quadrant.KEEP_SATISFIED);
		assertThat(Quadrant.of(Level.MEDIUM, Level.HIGH)).isEqualTo(Quadrant.KEEP_INFORMED);
		assertThat(Quadrant.of(Level.LOW, Level.HIGH)).isEqualTo(Quadrant.KEEP_INFORMED);
		assertThat(Quadrant.of(Level.MEDIUM, Level.MEDIUM)).isEqualTo(Quadrant.MONITOR);
		assertThat(Quadrant.of(Level.LOW, Level.LOW)).isEqualTo(Quadrant.MONITOR);
	}

	@Test
	void programWithoutLinksHasOnlyItsOwnColumn() {
		Program empty = this.data.program();
		StakeholderBoard board = this.query.program(empty.getId());

		assertThat(board.rows()).isEmpty();
		assertThat(board.columns()).extracting(StakeholderBoard.Column::key).containsExactly(empty.getKey());
	}

	@Test
	void readsWithOneStatement() {
		this.counter.reset();
		this.query.program(this.program.getId());
		assertThat(this.counter.count()).isEqualTo(1);
	}

	@Test
	void programPageShowsMatrixAndMapEscaped() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/programs/{id}", this.program.getId()).exchange();

		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"raci-matrix\"")
			.contains("id=\"stakeholder-map\"")
			.contains("Manage closely")
			.contains("Keep satisfied")
			.contains("Keep informed")
			.contains("Monitor")
			.contains("title=\"Accountable\">A</abbr>")
			.contains("href=\"/stakeholders/" + this.ada.getId() + "\"")
			.contains("href=\"/projects/" + this.beta.getId() + "\"")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; Cy")
			.doesNotContain("<script>alert(1)</script>")
			.doesNotContain("Archie Gone");
		assertThat(mapCell(html, "HIGH", "HIGH")).contains("Ada Board").doesNotContain("Bob Board");
		assertThat(mapCell(html, "HIGH", "MEDIUM")).contains("Bob Board");
		assertThat(mapCell(html, "LOW", "HIGH")).contains("&lt;script&gt;");
		assertThat(raciCell(html, this.bob.getId(), "project-" + this.beta.getId())).contains(">R</abbr>");
		assertThat(raciCell(html, this.bob.getId(), "project-" + this.alpha.getId())).doesNotContain("<abbr");
		assertThat(raciCell(html, this.ada.getId(), "program-" + this.program.getId())).contains(">A</abbr>");
	}

	private static String mapCell(String html, String influence, String interest) {
		return between(html, "data-influence=\"" + influence + "\" data-interest=\"" + interest + "\"");
	}

	private static String raciCell(String html, long stakeholderId, String columnRef) {
		return between(html, "data-stakeholder=\"" + stakeholderId + "\" data-column=\"" + columnRef + "\"");
	}

	private static String between(String html, String marker) {
		int start = html.indexOf(marker);
		assertThat(start).as(marker).isNotNegative();
		return html.substring(html.lastIndexOf("<td", start), html.indexOf("</td>", start));
	}

}
