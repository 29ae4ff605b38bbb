package dev.milepost.portfolio;

import java.time.LocalDate;

import dev.milepost.TestData;
import dev.milepost.TestDatabaseConfiguration;
import dev.milepost.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Pages offer the controls for changes only to those who may make them (the server refuses the
 * others anyway; see the authorization matrix): leadership reads without dead buttons.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "test-admin", roles = "ADMIN")
@Import({ TestDatabaseConfiguration.class, TestData.class })
class EditControlsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	MilestoneService milestones;

	Program program;

	Project project;

	Milestone milestone;

	@BeforeEach
	void build() {
		this.program = this.data.program();
		this.project = this.data.project(this.program);
		this.milestone = this.milestones.create(this.project.getId(), "Controls", null, null,
				LocalDate.now().plusDays(9), null, null, null);
		this.data.user("controls-viewer", Role.VIEWER);
		this.data.user("controls-other-tpm", Role.TPM);
	}

	String page(String username, String role, String uri, Object... vars) throws Exception {
		return this.mvc.get().uri(uri, vars).with(user(username).roles(role)).exchange().getResponse().getContentAsString();
	}

	@Test
	void ownerSeesEditControlsEverywhereInTheirProgram() throws Exception {
		String owner = TestData.OWNER;
		assertThat(page(owner, "TPM", "/programs/{id}", this.program.getId()))
			.contains("/programs/" + this.program.getId() + "/edit", "/programs/" + this.program.getId() + "/archive");
		assertThat(page(owner, "TPM", "/projects/{id}", this.project.getId()))
			.contains("/projects/" + this.project.getId() + "/edit", "hx-post=\"/milestones/" + this.milestone.getId() + "/progress\"");
		assertThat(page(owner, "TPM", "/milestones/{id}", this.milestone.getId()))
			.contains("/milestones/" + this.milestone.getId() + "/rebaseline", "id=\"add-dependency\"");
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
		assertThat(page("controls-viewer", "VIEWER", "/programs")).doesNotContain("href=\"/programs/new\"");
		assertThat(page("controls-other-tpm", "TPM", "/programs")).contains("href=\"/programs/new\"");
	}

}
