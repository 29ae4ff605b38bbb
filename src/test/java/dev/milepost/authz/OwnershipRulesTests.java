package dev.milepost.authz;

import java.util.List;
import java.util.Map;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.authz.Fixtures.Principal;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.security.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The finer points of ownership the matrix does not show: moving records between
 * programs, which side of a dependency counts, unknown ids (404 before 403), the create
 * and edit forms, and an owner who is no longer a TPM.
 */
@IntegrationTest
class OwnershipRulesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixtures;

	World world;

	/** A program of the non-owner TPM: the owner of {@link #world} may not edit it. */
	Program strangersProgram;

	Project strangersProject;

	@BeforeEach
	void world() {
		this.fixtures = new Fixtures(this.context);
		this.world = this.fixtures.world();
		this.strangersProgram = this.fixtures.program(this.world.token(), this.fixtures.user(Principal.STRANGER));
		this.strangersProject = this.fixtures.project(this.world.token(), this.strangersProgram);
	}

	MockMvcRequestBuilder as(Principal who, MockMvcRequestBuilder request) {
		return request.with(user(who.username).roles(who.role.name()));
	}

	MvcTestResult post(Principal who, String uri, String... params) {
		MockMvcRequestBuilder request = as(who, this.mvc.post().uri(uri).with(csrf()));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	MvcTestResult get(Principal who, String uri) {
		return as(who, this.mvc.get().uri(uri)).exchange();
	}

	Long programOfProject(Long projectId) {
		return this.jdbc.sql("select program_id from projects where id = ?")
			.param(projectId)
			.query(Long.class)
			.single();
	}

	Long programOfRisk(Long riskId) {
		return this.jdbc.sql("select program_id from risks where id = ?").param(riskId).query(Long.class).single();
	}

	String[] projectForm(Long programId) {
		return new String[] { "programId", programId.toString(), "key", TestData.uniqueKey(), "name",
				"Moved " + this.world.token(), "phase", "PLANNING", "version",
				String.valueOf(this.world.version("projects", this.world.project())) };
	}

	String[] riskForm(Long programId) {
		return new String[] { "programId", programId.toString(), "title", "Moved " + this.world.token(), "category",
				"COST", "probability", "2", "impact", "2", "owner", "Rita", "response", "ACCEPT", "status", "OPEN",
				"raisedDate", "2026-01-12", "version", String.valueOf(this.world.version("risks", this.world.risk())) };
	}

	// ---- moving between programs ----

	@Test
	void ownerCannotMoveAProjectIntoAProgramTheyDoNotEdit() {
		Map<String, List<Map<String, Object>>> before = this.fixtures.snapshot(this.world);

		assertThat(
				post(Principal.OWNER, "/projects/" + this.world.project(), projectForm(this.strangersProgram.getId())))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.fixtures.snapshot(this.world)).isEqualTo(before);
	}

	@Test
	void aTpmWhoEditsBothProgramsMovesAProject() {
		Program second = this.fixtures.program(this.world.token(), this.fixtures.user(Principal.OWNER));
		// the project has no milestones, risks or links of its own, so it may move
		Long project = this.world.emptyProject();
		String[] form = projectForm(second.getId());
		form[form.length - 1] = String.valueOf(this.world.version("projects", project));

		assertThat(post(Principal.OWNER, "/projects/" + project, form)).hasStatus(HttpStatus.FOUND);

		assertThat(programOfProject(project)).isEqualTo(second.getId());
	}

	@Test
	void theStrangerCannotTakeAProjectIntoTheirOwnProgram() {
		Map<String, List<Map<String, Object>>> before = this.fixtures.snapshot(this.world);

		assertThat(post(Principal.STRANGER, "/projects/" + this.world.emptyProject(),
				projectForm(this.strangersProgram.getId())))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.fixtures.snapshot(this.world)).isEqualTo(before);
	}

	@Test
	void ownerCannotMoveARiskIntoAProgramTheyDoNotEdit() {
		Map<String, List<Map<String, Object>>> before = this.fixtures.snapshot(this.world);

		assertThat(post(Principal.OWNER, "/risks/" + this.world.risk(), riskForm(this.strangersProgram.getId())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(Principal.STRANGER, "/risks/" + this.world.risk(), riskForm(this.strangersProgram.getId())))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.fixtures.snapshot(this.world)).isEqualTo(before);
		assertThat(programOfRisk(this.world.risk())).isEqualTo(this.world.program());
	}

	@Test
	void anEditorOfBothProgramsMovesARisk() {
		Program second = this.fixtures.program(this.world.token(), this.fixtures.user(Principal.STRANGER),
				this.fixtures.user(Principal.EDITOR));

		assertThat(post(Principal.EDITOR, "/risks/" + this.world.risk(), riskForm(second.getId())))
			.hasStatus(HttpStatus.FOUND);

		assertThat(programOfRisk(this.world.risk())).isEqualTo(second.getId());
	}

	@Test
	void nobodyCreatesRecordsInsideAProgramTheyDoNotEdit() {
		Long foreign = this.strangersProgram.getId();
		long projectsBefore = count("select count(*) from projects where program_id = ?", foreign);
		long risksBefore = count("select count(*) from risks where program_id = ?", foreign);
		long milestonesBefore = count("select count(*) from milestones where project_id = ?",
				this.strangersProject.getId());

		assertThat(post(Principal.OWNER, "/projects", "programId", foreign.toString(), "key", TestData.uniqueKey(),
				"name", "Intruder", "phase", "PLANNING"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(Principal.OWNER, "/risks", riskForm(foreign))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(Principal.OWNER, "/milestones", "projectId", this.strangersProject.getId().toString(), "name",
				"Intruder", "baselineDate", "2026-10-01", "status", "NOT_STARTED"))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(count("select count(*) from projects where program_id = ?", foreign)).isEqualTo(projectsBefore);
		assertThat(count("select count(*) from risks where program_id = ?", foreign)).isEqualTo(risksBefore);
		assertThat(count("select count(*) from milestones where project_id = ?", this.strangersProject.getId()))
			.isEqualTo(milestonesBefore);
	}

	// ---- dependencies belong to the successor ----

	@Test
	void aDependencyOnAnotherProgramsMilestoneNeedsRightsOnTheSuccessorOnly() {
		Long foreignMilestone = this.fixtures.milestone(this.world.token(), this.strangersProject, "foreign").getId();

		assertThat(post(Principal.OWNER, "/milestones/" + this.world.successor() + "/dependencies", "predecessorId",
				foreignMilestone.toString()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(count("select count(*) from milestone_dependencies where milestone_id = ? and predecessor_id = ?",
				this.world.successor(), foreignMilestone))
			.isOne();

		// the other way round the owner only owns the predecessor: refused
		assertThat(post(Principal.OWNER, "/milestones/" + foreignMilestone + "/dependencies", "predecessorId",
				this.world.freeMilestone().toString()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count("select count(*) from milestone_dependencies where milestone_id = ?", foreignMilestone))
			.isZero();
	}

	// ---- unknown ids are 404, not 403 ----

	@Test
	void unknownRecordsAreNotFoundForATpmToo() {
		String unknown = "987654321";
		for (String uri : List.of("/programs/" + unknown + "/archive", "/projects/" + unknown + "/delete",
				"/milestones/" + unknown + "/archive", "/milestones/" + unknown + "/dependencies/1/delete",
				"/risks/" + unknown + "/archive",
				"/stakeholders/" + this.world.stakeholder() + "/programs/" + unknown + "/delete",
				"/stakeholders/" + this.world.stakeholder() + "/projects/" + unknown + "/delete")) {
			assertThat(post(Principal.STRANGER, uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(get(Principal.STRANGER, "/programs/" + unknown + "/edit")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get(Principal.STRANGER, "/milestones/" + unknown + "/edit")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anUnknownProgramInAFormIsStillAFieldError() {
		assertThat(post(Principal.OWNER, "/projects", "programId", "987654321", "key", TestData.uniqueKey(), "name",
				"Nowhere", "phase", "PLANNING"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Choose one of the programs.");
	}

	// ---- forms ----

	@Test
	void editAndCreateFormsOfOthersRecordsAreRefused() {
		World w = this.world;
		List<String> forms = List.of("/programs/" + w.program() + "/edit", "/projects/new?programId=" + w.program(),
				"/projects/" + w.project() + "/edit", "/milestones/new?projectId=" + w.project(),
				"/milestones/" + w.successor() + "/edit", "/risks/new?programId=" + w.program(),
				"/risks/new?projectId=" + w.project(), "/risks/" + w.risk() + "/edit",
				"/stakeholders/links/new?programId=" + w.program(), "/stakeholders/links/new?projectId=" + w.project());
		for (String form : forms) {
			assertThat(get(Principal.STRANGER, form)).as(form).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(get(Principal.VIEWER, form)).as(form).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(get(Principal.OWNER, form)).as(form).hasStatus(HttpStatus.OK);
			assertThat(get(Principal.EDITOR, form)).as(form).hasStatus(HttpStatus.OK);
		}
		for (String form : List.of("/programs/new", "/stakeholders/new",
				"/stakeholders/" + w.stakeholder() + "/edit")) {
			assertThat(get(Principal.VIEWER, form)).as(form).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(get(Principal.STRANGER, form)).as(form).hasStatus(HttpStatus.OK);
		}
	}

	@Test
	void readingStaysOpenToEveryone() {
		World w = this.world;
		for (String page : List.of("/programs/" + w.program(), "/projects/" + w.project(),
				"/milestones/" + w.successor(), "/risks/" + w.risk(), "/stakeholders/" + w.stakeholder())) {
			assertThat(get(Principal.VIEWER, page)).as(page).hasStatus(HttpStatus.OK);
			assertThat(get(Principal.STRANGER, page)).as(page).hasStatus(HttpStatus.OK);
		}
	}

	@Test
	void anOwnerWhoIsNoLongerATpmChangesNothing() {
		// the session still says VIEWER for the user named owner of the program
		User owner = this.fixtures.user(Principal.OWNER);
		assertThat(this.mvc.get()
			.uri("/programs/" + this.world.program() + "/edit")
			.with(user(owner.getUsername()).roles("VIEWER"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/programs/" + this.world.emptyProgram() + "/archive")
			.with(csrf())
			.with(user(owner.getUsername()).roles("VIEWER"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count("select count(*) from programs where id = ? and archived", this.world.emptyProgram()))
			.isZero();
	}

	long count(String sql, Object... params) {
		var statement = this.jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}

}
