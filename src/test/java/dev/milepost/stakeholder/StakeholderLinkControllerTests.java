package dev.milepost.stakeholder;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class StakeholderLinkControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	StakeholderRepository stakeholders;

	@Autowired
	ProgramStakeholderRepository programLinks;

	@Autowired
	ProjectStakeholderRepository projectLinks;

	StakeholderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new StakeholderFixtures(this.stakeholders, this.programLinks, this.projectLinks);
	}

	// --- from the stakeholder's page
	// -------------------------------------------------------

	@Test
	void stakeholderPageOffersActiveProgramsAndProjectsToLink() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		Stakeholder stakeholder = this.fixtures.stakeholder("Chooser " + TestData.uniqueKey());

		assertThat(this.mvc.get().uri("/stakeholders/{id}", stakeholder.getId())).hasStatusOk()
			.bodyText()
			.contains("Link to a program", "Link to a project", program.getLabel(),
					program.getKey() + " / " + project.getKey() + " · " + project.getName());
	}

	@Test
	void addsProgramLinkWithWeeklyReport() {
		Program program = this.data.program();
		Stakeholder stakeholder = this.fixtures.stakeholder("Ada " + TestData.uniqueKey());

		MvcTestResult result = this.mvc.post()
			.uri("/stakeholders/{id}/programs", stakeholder.getId())
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("role", "ACCOUNTABLE")
			.param("receivesWeeklyReport", "true")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/stakeholders/" + stakeholder.getId())
			.flash()
			.containsEntry("flash", stakeholder.getName() + " linked to " + program.getLabel() + " as Accountable.");
		assertThat(this.programLinks.findLinksOfStakeholder(stakeholder.getId())).singleElement().satisfies((link) -> {
			assertThat(link.programId()).isEqualTo(program.getId());
			assertThat(link.role()).isEqualTo(RaciRole.ACCOUNTABLE);
			assertThat(link.receivesWeeklyReport()).isTrue();
		});
		assertThat(this.mvc.get().uri("/stakeholders/{id}", stakeholder.getId())).bodyText()
			.contains(program.getLabel(), "raci-ACCOUNTABLE", "/programs/" + program.getId());
	}

	@Test
	void addsProjectLink() {
		Project project = this.data.project(this.data.program());
		Stakeholder stakeholder = this.fixtures.stakeholder("Project person " + TestData.uniqueKey());

		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/projects", stakeholder.getId())
			.with(csrf())
			.param("projectId", project.getId().toString())
			.param("role", "CONSULTED")).hasStatus(HttpStatus.FOUND);

		assertThat(this.projectLinks.findLinksOfStakeholder(stakeholder.getId())).singleElement()
			.satisfies((link) -> assertThat(link.role()).isEqualTo(RaciRole.CONSULTED));
		assertThat(this.mvc.get().uri("/stakeholders/{id}", stakeholder.getId())).bodyText()
			.contains(project.getName(), "raci-CONSULTED", "/projects/" + project.getId());
	}

	@Test
	void duplicateProgramLinkIsFieldErrorNotServerError() {
		Program program = this.data.program();
		Stakeholder stakeholder = this.fixtures.stakeholder("Twice " + TestData.uniqueKey());
		this.fixtures.link(stakeholder, program, RaciRole.INFORMED, false);

		MvcTestResult result = this.mvc.post()
			.uri("/stakeholders/{id}/programs", stakeholder.getId())
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("role", "ACCOUNTABLE")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Already linked to this program; change the existing link&#39;s role below instead.");
		assertThat(this.programLinks.findLinksOfStakeholder(stakeholder.getId())).singleElement()
			.satisfies((link) -> assertThat(link.role()).isEqualTo(RaciRole.INFORMED));
	}

	@Test
	void duplicateProjectLinkIsFieldErrorNotServerError() {
		Project project = this.data.project(this.data.program());
		Stakeholder stakeholder = this.fixtures.stakeholder("Twice " + TestData.uniqueKey());
		this.fixtures.link(stakeholder, project, RaciRole.INFORMED);

		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/projects", stakeholder.getId())
			.with(csrf())
			.param("projectId", project.getId().toString())
			.param("role", "RESPONSIBLE")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Already linked to this project");
		assertThat(this.projectLinks.findLinksOfStakeholder(stakeholder.getId())).hasSize(1);
	}

	@Test
	void linkNeedsProgramAndRole() {
		Stakeholder stakeholder = this.fixtures.stakeholder("Incomplete " + TestData.uniqueKey());

		assertThat(this.mvc.post().uri("/stakeholders/{id}/programs", stakeholder.getId()).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Required.", "is-invalid");
		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/programs", stakeholder.getId())
			.with(csrf())
			.param("programId", "not-a-number")
			.param("role", "OWNER")).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Enter a whole number.");
		assertThat(this.programLinks.findLinksOfStakeholder(stakeholder.getId())).isEmpty();
	}

	@Test
	void linkToUnknownProgramIsNotFound() {
		Stakeholder stakeholder = this.fixtures.stakeholder("Lost " + TestData.uniqueKey());
		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/programs", stakeholder.getId())
			.with(csrf())
			.param("programId", "987654321")
			.param("role", "INFORMED")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void changesProgramLinkRoleAndWeeklyReportFlag() {
		Program program = this.data.program();
		Stakeholder stakeholder = this.fixtures.stakeholder("Changer " + TestData.uniqueKey());
		ProgramStakeholder link = this.fixtures.link(stakeholder, program, RaciRole.INFORMED, true);

		// unchecked checkbox: no receivesWeeklyReport parameter at all
		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/programs/{linkId}", stakeholder.getId(), link.getId())
			.with(csrf())
			.param("role", "RESPONSIBLE")
			.param("version", String.valueOf(link.getVersion()))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flash", "Link saved.");

		ProgramStakeholder stored = this.programLinks.findById(link.getId()).orElseThrow();
		assertThat(stored.getRole()).isEqualTo(RaciRole.RESPONSIBLE);
		assertThat(stored.isReceivesWeeklyReport()).isFalse();
	}

	@Test
	void changesProjectLinkRole() {
		Project project = this.data.project(this.data.program());
		Stakeholder stakeholder = this.fixtures.stakeholder("Changer " + TestData.uniqueKey());
		ProjectStakeholder link = this.fixtures.link(stakeholder, project, RaciRole.INFORMED);

		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/projects/{linkId}", stakeholder.getId(), link.getId())
			.with(csrf())
			.param("role", "ACCOUNTABLE")
			.param("version", String.valueOf(link.getVersion()))).hasStatus(HttpStatus.FOUND);

		assertThat(this.projectLinks.findById(link.getId()).orElseThrow().getRole()).isEqualTo(RaciRole.ACCOUNTABLE);
	}

	@Test
	void staleLinkChangeIsConflictAndChangesNothing() {
		Program program = this.data.program();
		Stakeholder stakeholder = this.fixtures.stakeholder("Stale " + TestData.uniqueKey());
		ProgramStakeholder link = this.fixtures.link(stakeholder, program, RaciRole.INFORMED, false);
		long staleVersion = link.getVersion();
		link.setRole(RaciRole.CONSULTED);
		this.programLinks.saveAndFlush(link);

		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/programs/{linkId}", stakeholder.getId(), link.getId())
			.with(csrf())
			.param("role", "ACCOUNTABLE")
			.param("receivesWeeklyReport", "true")
			.param("version", String.valueOf(staleVersion))).hasStatus(HttpStatus.CONFLICT);

		ProgramStakeholder stored = this.programLinks.findById(link.getId()).orElseThrow();
		assertThat(stored.getRole()).isEqualTo(RaciRole.CONSULTED);
		assertThat(stored.isReceivesWeeklyReport()).isFalse();
	}

	@Test
	void linkChangeWithoutRoleIsBadRequest() {
		Stakeholder stakeholder = this.fixtures.stakeholder("No role " + TestData.uniqueKey());
		ProgramStakeholder link = this.fixtures.link(stakeholder, this.data.program(), RaciRole.INFORMED, false);
		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/programs/{linkId}", stakeholder.getId(), link.getId())
			.with(csrf())
			.param("version", String.valueOf(link.getVersion()))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Choose a role");
	}

	@Test
	void removesProgramAndProjectLinks() {
		Program program = this.data.program();
		Stakeholder stakeholder = this.fixtures.stakeholder("Remover " + TestData.uniqueKey());
		ProgramStakeholder programLink = this.fixtures.link(stakeholder, program, RaciRole.INFORMED, false);
		ProjectStakeholder projectLink = this.fixtures.link(stakeholder, this.data.project(program), RaciRole.INFORMED);

		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/programs/{linkId}/delete", stakeholder.getId(), programLink.getId())
			.with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "Link removed.");
		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/projects/{linkId}/delete", stakeholder.getId(), projectLink.getId())
			.with(csrf())).hasStatus(HttpStatus.FOUND);

		assertThat(this.programLinks.findById(programLink.getId())).isEmpty();
		assertThat(this.projectLinks.findById(projectLink.getId())).isEmpty();
		// without links it can now be deleted
		assertThat(this.mvc.post().uri("/stakeholders/{id}/delete", stakeholder.getId()).with(csrf()))
			.hasRedirectedUrl("/stakeholders");
	}

	@Test
	void linkOfAnotherStakeholderCannotBeChangedOrRemovedThroughThisOne() {
		Program program = this.data.program();
		Stakeholder owner = this.fixtures.stakeholder("Owner " + TestData.uniqueKey());
		Stakeholder intruder = this.fixtures.stakeholder("Intruder " + TestData.uniqueKey());
		ProgramStakeholder link = this.fixtures.link(owner, program, RaciRole.INFORMED, false);

		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/programs/{linkId}/delete", intruder.getId(), link.getId())
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post()
			.uri("/stakeholders/{id}/programs/{linkId}", intruder.getId(), link.getId())
			.with(csrf())
			.param("role", "ACCOUNTABLE")
			.param("version", String.valueOf(link.getVersion()))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.programLinks.findById(link.getId()).orElseThrow().getRole()).isEqualTo(RaciRole.INFORMED);
		assertThat(this.mvc.post().uri("/stakeholders/{id}/projects/987654321/delete", owner.getId()).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/stakeholders/{id}/programs/x/delete", owner.getId()).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	// --- from a program's or project's page
	// ------------------------------------------------

	@Test
	void programPageFormOffersOnlyActiveStakeholdersAndShowsCurrentLinks() {
		Program program = this.data.program();
		Stakeholder active = this.fixtures.stakeholder("Active " + TestData.uniqueKey());
		Stakeholder archived = this.fixtures.stakeholder("Archived " + TestData.uniqueKey());
		archived.setArchived(true);
		this.stakeholders.saveAndFlush(archived);
		Stakeholder linked = this.fixtures.stakeholder("Linked " + TestData.uniqueKey());
		this.fixtures.link(linked, program, RaciRole.ACCOUNTABLE, true);

		assertThat(this.mvc.get().uri("/stakeholders/links/new").param("programId", program.getId().toString()))
			.hasStatusOk()
			.bodyText()
			.contains("Add a stakeholder to " + program.getLabel(),
					active.getName() + " &lt;" + active.getEmail() + "&gt;", "name=\"receivesWeeklyReport\"",
					"name=\"programId\"")
			.doesNotContain(archived.getName())
			// the embedded link table: name linking to the stakeholder, role and
			// weekly-report marker
			.contains("href=\"/stakeholders/" + linked.getId() + "\"", "raci-ACCOUNTABLE", "weekly report");
	}

	@Test
	void addsStakeholderFromProgramPageAndReturnsThere() {
		Program program = this.data.program();
		Stakeholder stakeholder = this.fixtures.stakeholder("From program " + TestData.uniqueKey());

		MvcTestResult result = this.mvc.post()
			.uri("/stakeholders/links")
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("stakeholderId", stakeholder.getId().toString())
			.param("role", "RESPONSIBLE")
			.param("receivesWeeklyReport", "true")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/programs/" + program.getId())
			.flash()
			.containsEntry("flash", stakeholder.getName() + " linked to " + program.getLabel() + " as Responsible.");
		assertThat(this.programLinks.findLinksOfStakeholder(stakeholder.getId())).singleElement().satisfies((link) -> {
			assertThat(link.role()).isEqualTo(RaciRole.RESPONSIBLE);
			assertThat(link.receivesWeeklyReport()).isTrue();
		});
	}

	@Test
	void addsStakeholderFromProjectPageAndReturnsThere() {
		Project project = this.data.project(this.data.program());
		Stakeholder stakeholder = this.fixtures.stakeholder("From project " + TestData.uniqueKey());

		assertThat(this.mvc.get().uri("/stakeholders/links/new").param("projectId", project.getId().toString()))
			.hasStatusOk()
			.bodyText()
			.contains("Add a stakeholder to " + project.getKey() + " · " + project.getName())
			.doesNotContain("name=\"receivesWeeklyReport\"");
		assertThat(this.mvc.post()
			.uri("/stakeholders/links")
			.with(csrf())
			.param("projectId", project.getId().toString())
			.param("stakeholderId", stakeholder.getId().toString())
			.param("role", "INFORMED")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/" + project.getId());
		assertThat(this.projectLinks.findLinksOfStakeholder(stakeholder.getId())).singleElement()
			.satisfies((link) -> assertThat(link.role()).isEqualTo(RaciRole.INFORMED));
	}

	@Test
	void addingSameStakeholderTwiceFromProgramPageIsFieldError() {
		Program program = this.data.program();
		Stakeholder stakeholder = this.fixtures.stakeholder("Again " + TestData.uniqueKey());
		this.fixtures.link(stakeholder, program, RaciRole.CONSULTED, false);

		assertThat(this.mvc.post()
			.uri("/stakeholders/links")
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("stakeholderId", stakeholder.getId().toString())
			.param("role", "ACCOUNTABLE")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("This stakeholder is already linked here", "Add a stakeholder to " + program.getLabel());
		assertThat(this.programLinks.findLinksOfStakeholder(stakeholder.getId())).singleElement()
			.satisfies((link) -> assertThat(link.role()).isEqualTo(RaciRole.CONSULTED));
	}

	@Test
	void programPageFormNeedsStakeholderAndRole() {
		Program program = this.data.program();
		assertThat(
				this.mvc.post().uri("/stakeholders/links").with(csrf()).param("programId", program.getId().toString()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Required.");
	}

	@Test
	void linkFormNeedsExactlyOneKnownTarget() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		assertThat(this.mvc.get().uri("/stakeholders/links/new")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("either a program (programId) or a project (projectId)");
		assertThat(this.mvc.get()
			.uri("/stakeholders/links/new")
			.param("programId", program.getId().toString())
			.param("projectId", project.getId().toString())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/stakeholders/links/new").param("programId", "987654321"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/stakeholders/links/new").param("projectId", "987654321"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/stakeholders/links/new").param("programId", "abc"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/stakeholders/links")
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("stakeholderId", "987654321")
			.param("role", "INFORMED")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
