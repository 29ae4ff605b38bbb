package dev.milepost.portfolio;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class ProjectControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProjectRepository projects;

	@Autowired
	ProjectService projectService;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Program program;

	@BeforeEach
	void createProgram() {
		this.program = this.data.program();
	}

	/** A complete, valid project form; {@code overrides} are name, value pairs. */
	MvcTestResult post(String uri, String key, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("programId", String.valueOf(this.program.getId()));
		fields.put("key", key);
		fields.put("name", "Ledger " + key);
		fields.put("description", "Move the ledger to streaming.");
		fields.put("lead", "Linus Lead");
		fields.put("phase", "EXECUTING");
		fields.put("startDate", "2026-02-01");
		fields.put("endDate", "2026-11-30");
		fields.put("budgetPlanned", "300000");
		fields.put("budgetSpent", "1200.50");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void newFormPreselectsTheProgramFromTheUrl() {
		MvcTestResult result = this.mvc.get().uri("/projects/new?programId=" + this.program.getId()).exchange();
		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("<option value=\"" + this.program.getId() + "\" selected=\"selected\">"
				+ this.program.getKey() + " · ");
	}

	@Test
	void createsAProjectAndShowsItWithMilestonesRisksAndStakeholders() {
		String key = TestData.uniqueKey();
		MvcTestResult result = post("/projects", key);

		assertThat(result).hasStatus(HttpStatus.FOUND);
		Project saved = this.projects.findByProgramIdAndKey(this.program.getId(), key).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/projects/" + saved.getId());
		assertThat(saved.getPhase()).isEqualTo(ProjectPhase.EXECUTING);
		assertThat(saved.getBudgetSpent()).isEqualByComparingTo("1200.50");
		assertThat(saved.getEndDate()).isEqualTo(LocalDate.of(2026, 11, 30));

		MvcTestResult page = this.mvc.get().uri("/projects/" + saved.getId()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("Ledger " + key, "Linus Lead", "2026-11-30", "id=\"milestones\"",
				"/milestones/new?projectId=" + saved.getId(), "/stakeholders/links/new?projectId=" + saved.getId(),
				this.program.getLabel());

		// and the program page lists it with its milestone count
		assertThat(body(this.mvc.get().uri("/programs/" + this.program.getId()).exchange())).contains("Ledger " + key,
				"300,000.00", "1,200.50");
	}

	@Test
	void editsAProjectAndCanMoveItToAnotherProgram() {
		Project project = this.data.project(this.program);
		Program other = this.data.program();
		MvcTestResult result = post("/projects/" + project.getId(), project.getKey(), "programId",
				String.valueOf(other.getId()), "name", "Moved", "phase", "CLOSING", "version", "0");

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/" + project.getId());
		Project saved = this.projectService.get(project.getId());
		assertThat(saved.getName()).isEqualTo("Moved");
		assertThat(saved.getPhase()).isEqualTo(ProjectPhase.CLOSING);
		assertThat(saved.getProgram().getId()).isEqualTo(other.getId());
	}

	@Test
	void rejectsAKeyInTheWrongFormat() {
		MvcTestResult result = post("/projects", "1ABC");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("capital letters or digits", "value=\"1ABC\"");
		assertThat(this.projects.findByProgramIdAndKey(this.program.getId(), "1ABC")).isEmpty();
	}

	@Test
	void rejectsAKeyUsedInTheSameProgramButAllowsItInAnother() {
		Project existing = this.data.project(this.program);
		MvcTestResult result = post("/projects", existing.getKey(), "name", "Second");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result))
			.contains(existing.getKey() + " is already used by Project " + existing.getKey() + " in this program.");

		Program other = this.data.program();
		assertThat(post("/projects", existing.getKey(), "programId", String.valueOf(other.getId())))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.projects.findByProgramIdAndKey(other.getId(), existing.getKey())).isPresent();
	}

	@Test
	void rejectsAnEndBeforeTheStartNegativeSpendAndMissingProgram() {
		String key = TestData.uniqueKey();
		MvcTestResult dates = post("/projects", key, "startDate", "2026-06-01", "endDate", "2026-05-31");
		assertThat(dates).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(dates)).contains("id=\"endDate-error\"", "The end date cannot be before the start date.");

		MvcTestResult spend = post("/projects", key, "budgetSpent", "-0.01");
		assertThat(spend).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(spend)).contains("id=\"budgetSpent-error\"", "Must be 0 or more.");

		MvcTestResult noProgram = post("/projects", key, "programId", "");
		assertThat(noProgram).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(noProgram)).contains("id=\"programId-error\"");

		MvcTestResult unknownProgram = post("/projects", key, "programId", "987654321");
		assertThat(unknownProgram).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(unknownProgram)).contains("Choose one of the programs.");

		MvcTestResult badDate = post("/projects", key, "endDate", "31/12/2026");
		assertThat(badDate).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(badDate)).contains("Enter a date as YYYY-MM-DD.", "value=\"31/12/2026\"");

		assertThat(this.projects.findByProgramIdAndKey(this.program.getId(), key)).isEmpty();
	}

	@Test
	void unknownProjectIsNotFoundAndMalformedValuesAreBadRequests() {
		assertThat(this.mvc.get().uri("/projects/987654321").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/projects/987654321/edit").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/projects/abc").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/projects?phase=NOPE").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/projects?programId=x").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/projects?sort=budget").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void staleEditIsAConflictThatKeepsBothVersionsAndChangesNothing() {
		Project project = this.data.project(this.program);
		this.projectService.update(project.getId(), 0, new ProjectDetails(this.program.getId(), project.getKey(),
				"Their name", null, "Their lead", ProjectPhase.PLANNING, null, null, null, null));

		MvcTestResult result = post("/projects/" + project.getId(), project.getKey(), "name", "My name", "version",
				"0");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(result)).contains("Someone else changed this record", "Their name", "Their lead",
				"value=\"My name\"", "name=\"version\" value=\"1\"");
		Project stored = this.projectService.get(project.getId());
		assertThat(stored.getName()).isEqualTo("Their name");
		assertThat(stored.getVersion()).isEqualTo(1);
	}

	@Test
	void archivingHidesTheProjectRestoringBringsItBack() {
		Project project = this.data.project(this.program);
		assertThat(this.mvc.post().uri("/projects/" + project.getId() + "/archive").with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(body(this.mvc.get().uri("/projects?q=" + project.getKey()).exchange()))
			.doesNotContain("Project " + project.getKey());
		assertThat(body(this.mvc.get().uri("/projects?archived=true&q=" + project.getKey()).exchange()))
			.contains("Project " + project.getKey());
		assertThat(body(this.mvc.get().uri("/projects/" + project.getId()).exchange())).contains("Restore");

		assertThat(this.mvc.post().uri("/projects/" + project.getId() + "/restore").with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(body(this.mvc.get().uri("/projects?q=" + project.getKey()).exchange()))
			.contains("Project " + project.getKey());
	}

	@Test
	void deleteIsRefusedWhileTheProjectHasMilestones() {
		Project project = this.data.project(this.program);
		this.jdbc.sql("""
				insert into milestones (project_id, name, baseline_date, forecast_date, status, created_at, updated_at)
				values (?, 'Go live', date '2026-09-01', date '2026-09-01', 'NOT_STARTED',
				        ?, ?)""").params(project.getId(), TestClock.runNowAtUtc(), TestClock.runNowAtUtc()).update();

		MvcTestResult result = this.mvc.post().uri("/projects/" + project.getId() + "/delete").with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/" + project.getId());
		assertThat(result.getMvcResult().getFlashMap().get("flashWarning")).asString()
			.contains(project.getKey() + " cannot be deleted", "1 milestone(s)", "Archive it instead");
		assertThat(this.projects.existsById(project.getId())).isTrue();
	}

	@Test
	void deletesAProjectWithNothingAttached() {
		Project project = this.data.project(this.program);
		MvcTestResult result = this.mvc.post().uri("/projects/" + project.getId() + "/delete").with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/programs/" + this.program.getId());
		assertThat(this.projects.existsById(project.getId())).isFalse();
	}

	@Test
	void listFiltersSortsAndPages() {
		Project a = project("Alpha", "Zoe", ProjectPhase.PLANNING);
		Project b = project("Bravo", "Yusuf", ProjectPhase.EXECUTING);
		Project c = project("Charlie", "Xavier", ProjectPhase.EXECUTING);
		String base = "/projects?programId=" + this.program.getId();

		String firstPage = body(this.mvc.get().uri(base + "&sort=name&dir=desc&size=2").exchange());
		assertThat(firstPage).contains(c.getName(), b.getName()).doesNotContain(a.getName());
		assertThat(firstPage.indexOf(c.getName())).isLessThan(firstPage.indexOf(b.getName()));
		assertThat(firstPage).contains("Showing 1–2 of 3");
		assertThat(body(this.mvc.get().uri(base + "&sort=name&dir=desc&size=2&page=1").exchange()))
			.contains(a.getName())
			.doesNotContain(b.getName());

		String byLead = body(this.mvc.get().uri(base + "&sort=lead").exchange());
		assertThat(byLead.indexOf("Xavier")).isLessThan(byLead.indexOf("Yusuf"));
		assertThat(byLead.indexOf("Yusuf")).isLessThan(byLead.indexOf("Zoe"));

		assertThat(body(this.mvc.get().uri(base + "&phase=PLANNING").exchange())).contains(a.getName())
			.doesNotContain(b.getName());
		assertThat(body(this.mvc.get().uri(base + "&lead=yus").exchange())).contains(b.getName())
			.doesNotContain(c.getName());
		assertThat(body(this.mvc.get().uri("/projects?q=" + this.program.getKey()).exchange())).contains(a.getName(),
				b.getName(), c.getName());
	}

	@Test
	void escapesHtmlInUserInput() {
		Project project = this.data.project(this.program);
		project.setName("<script>alert(1)</script>");
		project.setLead("<img src=x>");
		this.projects.saveAndFlush(project);

		String list = body(this.mvc.get().uri("/projects?q=" + project.getKey()).exchange());
		String show = body(this.mvc.get().uri("/projects/" + project.getId()).exchange());
		String programPage = body(this.mvc.get().uri("/programs/" + this.program.getId()).exchange());
		for (String html : new String[] { list, show, programPage }) {
			assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x&gt;")
				.doesNotContain("<script>alert(1)", "<img src=x>");
		}
	}

	private Project project(String name, String lead, ProjectPhase phase) {
		Project project = this.data.project(this.program);
		project.setName(name + " " + project.getKey());
		project.setLead(lead);
		project.setPhase(phase);
		return this.projects.saveAndFlush(project);
	}

}
