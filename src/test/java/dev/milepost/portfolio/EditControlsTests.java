package dev.milepost.portfolio;

import java.time.LocalDate;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Pages offer the controls for changes only to those who may make them (the server
 * refuses the others anyway; see the authorization matrix): leadership reads without dead
 * buttons.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class EditControlsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	MilestoneService milestones;

	@Autowired
	ProgramRepository programs;

	Program program;

	Project project;

	Milestone milestone;

	@BeforeEach
	void build() {
		this.program = this.data.program();
		this.project = this.data.project(this.program);
		this.milestone = this.milestones.create(this.project.getId(), "Controls", null, null,
				TestClock.runToday().plusDays(9), null, null, null);
		this.data.user("controls-viewer", Role.VIEWER);
		this.data.user("controls-other-tpm", Role.TPM);
	}

	String page(String username, String role, String uri, Object... vars) throws Exception {
		return this.mvc.get()
			.uri(uri, vars)
			.with(user(username).roles(role))
			.exchange()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void ownerSeesEditControlsEverywhereInTheirProgram() throws Exception {
		String owner = TestData.OWNER;
		assertThat(page(owner, "TPM", "/programs/{id}", this.program.getId()))
			.contains("/programs/" + this.program.getId() + "/edit", "/programs/" + this.program.getId() + "/archive");
		assertThat(page(owner, "TPM", "/projects/{id}", this.project.getId())).contains(
				"/projects/" + this.project.getId() + "/edit",
				"hx-post=\"/milestones/" + this.milestone.getId() + "/progress\"");
		assertThat(page(owner, "TPM", "/milestones/{id}", this.milestone.getId()))
			.contains("/milestones/" + this.milestone.getId() + "/rebaseline", "id=\"add-dependency\"");
	}

	@Test
	void anEditorMayChangeTheProgramButNotItsOwnerOrEditors() throws Exception {
		dev.milepost.security.User editor = this.data.user("controls-editor", Role.TPM);
		this.program.getEditors().add(editor);
		this.programs.saveAndFlush(this.program);
		Program stored = this.programs.findById(this.program.getId()).orElseThrow();

		var takeOver = this.mvc.post()
			.uri("/programs/{id}", stored.getId())
			.with(user("controls-editor").roles("TPM"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("key", stored.getKey())
			.param("name", "Renamed by editor")
			.param("status", stored.getStatus().name())
			.param("ownerId", editor.getId().toString())
			.param("budgetCurrency", "USD")
			.param("version", String.valueOf(stored.getVersion()))
			.exchange();
		assertThat(takeOver).hasStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Only the program&#39;s owner or an administrator can change its owner or editors.");
		assertThat(this.programs.findById(stored.getId()).orElseThrow().getOwner().getUsername())
			.isEqualTo(TestData.OWNER);

		var rename = this.mvc.post()
			.uri("/programs/{id}", stored.getId())
			.with(user("controls-editor").roles("TPM"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("key", stored.getKey())
			.param("name", "Renamed by editor")
			.param("status", stored.getStatus().name())
			.param("ownerId", stored.getOwner().getId().toString())
			.param("editorIds", editor.getId().toString())
			.param("budgetCurrency", "USD")
			.param("version", String.valueOf(stored.getVersion()))
			.exchange();
		assertThat(rename).hasStatus(org.springframework.http.HttpStatus.FOUND);
		assertThat(this.programs.findById(stored.getId()).orElseThrow().getName()).isEqualTo("Renamed by editor");
	}

	@Test
	void viewerAndOtherTpmSeeTheDataWithoutEditControls() throws Exception {
		for (String[] who : new String[][] { { "controls-viewer", "VIEWER" }, { "controls-other-tpm", "TPM" } }) {
			String programPage = page(who[0], who[1], "/programs/{id}", this.program.getId());
			assertThat(programPage).contains(this.program.getName())
				.doesNotContain("/programs/" + this.program.getId() + "/edit")
				.doesNotContain("/programs/" + this.program.getId() + "/archive");
			String projectPage = page(who[0], who[1], "/projects/{id}", this.project.getId());
			assertThat(projectPage).contains("Controls")
				.doesNotContain("/progress\"")
				.doesNotContain("/projects/" + this.project.getId() + "/edit");
			assertThat(page(who[0], who[1], "/milestones/{id}", this.milestone.getId())).contains("Controls")
				.doesNotContain("/rebaseline")
				.doesNotContain("id=\"add-dependency\"");
		}
		assertThat(page("controls-viewer", "VIEWER", "/programs/{id}", this.program.getId()))
			.doesNotContain("/stakeholders/links/new");
		assertThat(page(TestData.OWNER, "TPM", "/programs/{id}", this.program.getId()))
			.contains("/stakeholders/links/new?programId=" + this.program.getId());
		assertThat(page("controls-viewer", "VIEWER", "/programs")).doesNotContain("href=\"/programs/new\"");
		assertThat(page("controls-other-tpm", "TPM", "/programs")).contains("href=\"/programs/new\"");
	}

}
