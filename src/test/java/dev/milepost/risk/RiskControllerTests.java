package dev.milepost.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class RiskControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	RiskRepository risks;

	@Autowired
	ProgramService programs;

	@Autowired
	Clock clock;

	// --- create
	// -------------------------------------------------------------------------

	@Test
	void newFormDefaultsRaisedDateToTodayAndPreselectsProgram() {
		Program program = this.data.program();
		assertThat(this.mvc.get().uri("/risks/new").param("programId", program.getId().toString())).hasStatusOk()
			.bodyText()
			.contains("value=\"" + LocalDate.now(this.clock) + "\"")
			.containsPattern("<option value=\"" + program.getId() + "\"\\s+selected=\"selected\"");
	}

	@Test
	void newFormForProjectPreselectsProjectAndItsProgram() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		assertThat(this.mvc.get().uri("/risks/new").param("projectId", project.getId().toString())).hasStatusOk()
			.bodyText()
			.containsPattern("<option value=\"" + program.getId() + "\"\\s+selected=\"selected\"")
			.containsPattern("<option value=\"" + project.getId() + "\"\\s+selected=\"selected\"");
	}

	@Test
	void newFormForUnknownProgramIsNotFound() {
		assertThat(this.mvc.get().uri("/risks/new").param("programId", "987654321")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void createsRiskAndRedirectsToIt() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		String title = "Supplier insolvency " + TestData.uniqueKey();

		MvcTestResult result = form("/risks", program, title, "projectId", project.getId().toString()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "Risk “" + title + "” recorded.");
		Risk saved = this.risks.findWithProgramById(idFrom(result)).orElseThrow();
		assertThat(saved.getTitle()).isEqualTo(title);
		assertThat(saved.getProgram().getId()).isEqualTo(program.getId());
		assertThat(saved.getProject().getId()).isEqualTo(project.getId());
		assertThat(saved.getProbability()).isEqualTo(4);
		assertThat(saved.getImpact()).isEqualTo(3);
		assertThat(saved.getScore()).isEqualTo(12);
		assertThat(saved.getCategory()).isEqualTo(RiskCategory.EXTERNAL);
		assertThat(saved.getResponse()).isEqualTo(RiskResponse.TRANSFER);
		assertThat(saved.getStatus()).isEqualTo(RiskStatus.MITIGATING);
		assertThat(saved.getNextReviewDate()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(saved.getMitigation()).isEqualTo("Second source");

		assertThat(this.mvc.get().uri("/risks/" + saved.getId())).hasStatusOk()
			.bodyText()
			.contains(title, program.getKey(), project.getKey(), "External", "Transfer", "Mitigating", "2026-09-01",
					"12 (high)", "Second source");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "6" })
	void rejectsProbabilityOutsideOneToFive(String probability) {
		Program program = this.data.program();
		String title = "Bad probability " + TestData.uniqueKey();
		assertThat(form("/risks", program, title, "probability", probability)).hasStatus(HttpStatus.BAD_REQUEST)
			.model()
			.extractingBindingResult("riskForm")
			.hasFieldErrors("probability");
		assertThat(form("/risks", program, title, "probability", probability)).bodyText()
			.contains(probability.equals("0") ? "Must be at least 1." : "Must be at most 5.")
			.contains("value=\"" + title + "\"");
		assertThat(titles(program)).doesNotContain(title);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "6" })
	void rejectsImpactOutsideOneToFive(String impact) {
		Program program = this.data.program();
		assertThat(form("/risks", program, "Bad impact", "impact", impact)).hasStatus(HttpStatus.BAD_REQUEST)
			.model()
			.extractingBindingResult("riskForm")
			.hasFieldErrors("impact");
		assertThat(titles(program)).isEmpty();
	}

	@Test
	void rejectsMissingTitleAndKeepsTheRestOfTheInput() {
		Program program = this.data.program();
		assertThat(form("/risks", program, "   ")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Required.")
			.contains("value=\"Fiona Owner\"")
			.contains("Second source");
		assertThat(titles(program)).isEmpty();
	}

	@Test
	void rejectsRaisedDateInTheFuture() {
		Program program = this.data.program();
		String tomorrow = LocalDate.now(this.clock).plusDays(1).toString();
		assertThat(form("/risks", program, "From the future", "raisedDate", tomorrow)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("A risk cannot be raised after today.")
			.contains("value=\"" + tomorrow + "\"");
		assertThat(titles(program)).isEmpty();
	}

	@Test
	void acceptsRaisedDateOfToday() {
		Program program = this.data.program();
		String today = LocalDate.now(this.clock).toString();
		assertThat(form("/risks", program, "Raised today", "raisedDate", today)).hasStatus(HttpStatus.FOUND);
		assertThat(titles(program)).containsExactly("Raised today");
	}

	@Test
	void rejectsProjectOfAnotherProgram() {
		Program program = this.data.program();
		Program other = this.data.program();
		Project foreign = this.data.project(other);
		assertThat(form("/risks", program, "Wrong project", "projectId", foreign.getId().toString()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("This project belongs to another program.");
		assertThat(titles(program)).isEmpty();
		assertThat(titles(other)).isEmpty();
	}

	@Test
	void showsEveryProblemAtOnce() {
		Program program = this.data.program();
		Project foreign = this.data.project(this.data.program());
		String later = LocalDate.now(this.clock).plusDays(3).toString();
		assertThat(form("/risks", program, "", "projectId", foreign.getId().toString(), "raisedDate", later))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.model()
			.extractingBindingResult("riskForm")
			.hasFieldErrors("title", "projectId", "raisedDate");
	}

	@Test
	void rejectsUnknownProgramAsFieldError() {
		assertThat(form("/risks", null, "No such program", "programId", "987654321")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("There is no such program.");
	}

	@Test
	void malformedDateInFormIsAFieldErrorWith400() {
		Program program = this.data.program();
		assertThat(form("/risks", program, "Bad date", "nextReviewDate", "2026-13-45"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("2026-13-45 is not a date.")
			.contains("value=\"2026-13-45\"");
		assertThat(titles(program)).isEmpty();
	}

	@Test
	void malformedEnumInFormIsAFieldErrorWith400() {
		Program program = this.data.program();
		assertThat(form("/risks", program, "Bad category", "category", "WEATHER")).hasStatus(HttpStatus.BAD_REQUEST)
			.model()
			.extractingBindingResult("riskForm")
			.hasFieldErrors("category");
		assertThat(titles(program)).isEmpty();
	}

	@Test
	void createWithoutCsrfTokenIsForbidden() {
		Program program = this.data.program();
		assertThat(
				this.mvc.post().uri("/risks").param("programId", program.getId().toString()).param("title", "No token"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(titles(program)).isEmpty();
	}

	// --- edit
	// ---------------------------------------------------------------------------

	@Test
	void editFormShowsStoredValuesAndVersion() {
		Risk risk = saved(this.data.program(), "Edit me", 2, 5);
		assertThat(this.mvc.get().uri("/risks/" + risk.getId() + "/edit")).hasStatusOk()
			.bodyText()
			.contains("value=\"Edit me\"")
			.contains("name=\"version\" value=\"" + risk.getVersion() + "\"")
			.containsPattern("<option value=\"5\"\\s+selected=\"selected\">5 · Severe</option>");
	}

	@Test
	void editFormKeepsAnArchivedProgramSelectable() {
		Program program = this.data.program();
		Risk risk = saved(program, "Of an archived program", 2, 2);
		this.programs.archive(program.getId());
		assertThat(this.mvc.get().uri("/risks/" + risk.getId() + "/edit")).hasStatusOk()
			.bodyText()
			.containsPattern("<option value=\"" + program.getId() + "\"\\s+selected=\"selected\">" + program.getKey());
	}

	@Test
	void updatesRiskAndRecomputesScore() {
		Program program = this.data.program();
		Risk risk = saved(program, "Before", 1, 1);
		MvcTestResult result = form("/risks/" + risk.getId(), program, "After", "version",
				String.valueOf(risk.getVersion()), "probability", "5", "impact", "5")
			.exchange();
		assertThat(result).hasRedirectedUrl("/risks/" + risk.getId())
			.flash()
			.containsEntry("flash", "Risk “After” saved.");
		Risk stored = this.risks.findById(risk.getId()).orElseThrow();
		assertThat(stored.getTitle()).isEqualTo("After");
		assertThat(stored.getScore()).isEqualTo(25);
		assertThat(stored.getVersion()).isEqualTo(risk.getVersion() + 1);
	}

	@Test
	void updateCanClearTheProject() {
		Program program = this.data.program();
		Risk risk = this.risks.saveAndFlush(RiskTestData.risk(program, this.data.project(program), "Narrowed", 2, 2));
		assertThat(form("/risks/" + risk.getId(), program, "Narrowed", "version", String.valueOf(risk.getVersion()),
				"projectId", ""))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.risks.findWithProgramById(risk.getId()).orElseThrow().getProject()).isNull();
	}

	@Test
	void updateWithValidationErrorKeepsStoredRisk() {
		Program program = this.data.program();
		Risk risk = saved(program, "Unchanged", 3, 3);
		assertThat(form("/risks/" + risk.getId(), program, "Changed", "version", String.valueOf(risk.getVersion()),
				"impact", "9"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Must be at most 5.");
		assertThat(this.risks.findById(risk.getId()).orElseThrow().getTitle()).isEqualTo("Unchanged");
	}

	@Test
	void staleEditIsAConflictThatOverwritesNothingAndShowsBothVersions() {
		Program program = this.data.program();
		Risk risk = saved(program, "Original title", 2, 2);
		long staleVersion = risk.getVersion();
		// someone else saves first
		Risk theirs = this.risks.findById(risk.getId()).orElseThrow();
		theirs.setTitle("Their title");
		theirs = this.risks.saveAndFlush(theirs);

		assertThat(form("/risks/" + risk.getId(), program, "My title", "version", String.valueOf(staleVersion)))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this record")
			.contains("Their title")
			.contains("value=\"My title\"")
			.contains("name=\"version\" value=\"" + theirs.getVersion() + "\"");
		assertThat(this.risks.findById(risk.getId()).orElseThrow().getTitle()).isEqualTo("Their title");
	}

	@Test
	void savingAgainAfterAConflictAppliesTheUsersVersion() {
		Program program = this.data.program();
		Risk risk = saved(program, "Original", 2, 2);
		Risk theirs = this.risks.findById(risk.getId()).orElseThrow();
		theirs.setTitle("Theirs");
		theirs = this.risks.saveAndFlush(theirs);

		assertThat(form("/risks/" + risk.getId(), program, "Mine", "version", String.valueOf(theirs.getVersion())))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.risks.findById(risk.getId()).orElseThrow().getTitle()).isEqualTo("Mine");
	}

	@Test
	void updateWithoutVersionIsBadRequest() {
		Program program = this.data.program();
		Risk risk = saved(program, "No version", 2, 2);
		assertThat(form("/risks/" + risk.getId(), program, "Changed")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.risks.findById(risk.getId()).orElseThrow().getTitle()).isEqualTo("No version");
	}

	// --- show, 404, 400
	// -----------------------------------------------------------------

	@Test
	void unknownRiskIsNotFound() {
		assertThat(this.mvc.get().uri("/risks/987654321")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/risks/987654321/edit")).hasStatus(HttpStatus.NOT_FOUND);
		Program program = this.data.program();
		assertThat(form("/risks/987654321", program, "x", "version", "0")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/risks/987654321/archive").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/risks/987654321/delete").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void malformedIdIsBadRequest() {
		assertThat(this.mvc.get().uri("/risks/abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("&#39;abc&#39; is not a valid number");
	}

	@Test
	void unknownStatusFilterIsBadRequest() {
		assertThat(this.mvc.get().uri("/risks").param("status", "NOPE")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("OPEN, MITIGATING, CLOSED, OCCURRED");
	}

	@Test
	void unknownSortIsBadRequest() {
		assertThat(this.mvc.get().uri("/risks").param("sort", "secret")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cannot sort by");
	}

	@Test
	void detailPageAsksBeforeDeleting() {
		Risk risk = saved(this.data.program(), "Confirm me", 2, 2);
		assertThat(this.mvc.get().uri("/risks/" + risk.getId())).hasStatusOk()
			.bodyText()
			.containsPattern("data-confirm=\"Delete this risk for good\\?[^\"]*\"[^>]*/risks/" + risk.getId()
					+ "/delete" + "|action=\"/risks/" + risk.getId()
					+ "/delete\"[^>]*data-confirm=\"Delete this risk for good\\?");
	}

	// --- archive, restore, delete
	// -------------------------------------------------------

	@Test
	void archiveHidesRiskFromListAndRestoreBringsItBack() {
		Program program = this.data.program();
		Risk risk = saved(program, "Come and go", 3, 3);
		String listUrl = "/risks?programId=" + program.getId();

		assertThat(this.mvc.post().uri("/risks/" + risk.getId() + "/archive").with(csrf()))
			.hasRedirectedUrl("/risks/" + risk.getId());
		assertThat(this.risks.findById(risk.getId()).orElseThrow().isArchived()).isTrue();
		assertThat(this.mvc.get().uri(listUrl)).bodyText().doesNotContain("Come and go");
		assertThat(this.mvc.get().uri(listUrl + "&archived=true")).bodyText().contains("Come and go", "Archived");

		assertThat(this.mvc.post().uri("/risks/" + risk.getId() + "/restore").with(csrf()))
			.hasRedirectedUrl("/risks/" + risk.getId());
		assertThat(this.risks.findById(risk.getId()).orElseThrow().isArchived()).isFalse();
		assertThat(this.mvc.get().uri(listUrl)).bodyText().contains("Come and go");
	}

	@Test
	void deleteRemovesTheRisk() {
		Risk risk = saved(this.data.program(), "Delete me", 3, 3);
		assertThat(this.mvc.post().uri("/risks/" + risk.getId() + "/delete").with(csrf())).hasRedirectedUrl("/risks")
			.flash()
			.containsEntry("flash", "Risk “Delete me” deleted.");
		assertThat(this.risks.existsById(risk.getId())).isFalse();
	}

	// --- list
	// ---------------------------------------------------------------------------

	@Test
	void listShowsWorstRiskFirstByDefault() {
		Program program = this.data.program();
		saved(program, "Middling", 2, 3);
		saved(program, "Dreadful", 5, 4);
		saved(program, "Trivial", 1, 1);
		assertThat(this.mvc.get().uri("/risks").param("programId", program.getId().toString())).hasStatusOk()
			.bodyText()
			.containsSubsequence("Dreadful", "Middling", "Trivial")
			.contains("score-critical", "score-medium", "score-low");
	}

	@Test
	void listSortsByTitleBothWays() {
		Program program = this.data.program();
		saved(program, "Bravo", 2, 3);
		saved(program, "Alpha", 1, 1);
		saved(program, "Charlie", 5, 4);
		String programId = program.getId().toString();
		assertThat(this.mvc.get().uri("/risks").param("programId", programId).param("sort", "title")).bodyText()
			.containsSubsequence("Alpha", "Bravo", "Charlie");
		assertThat(
				this.mvc.get().uri("/risks").param("programId", programId).param("sort", "title").param("dir", "desc"))
			.bodyText()
			.containsSubsequence("Charlie", "Bravo", "Alpha");
		assertThat(
				this.mvc.get().uri("/risks").param("programId", programId).param("sort", "score").param("dir", "asc"))
			.bodyText()
			.containsSubsequence("Alpha", "Bravo", "Charlie");
	}

	@Test
	void listFiltersByScoreRange() {
		Program program = this.data.program();
		saved(program, "Score four", 2, 2);
		saved(program, "Score nine", 3, 3);
		saved(program, "Score sixteen", 4, 4);
		assertThat(this.mvc.get()
			.uri("/risks")
			.param("programId", program.getId().toString())
			.param("minScore", "5")
			.param("maxScore", "15")).bodyText().contains("Score nine").doesNotContain("Score four", "Score sixteen");
	}

	@Test
	void listFiltersByProbabilityAndImpactForHeatMapLinks() {
		Program program = this.data.program();
		saved(program, "Cell four five", 4, 5);
		saved(program, "Cell five four", 5, 4);
		assertThat(this.mvc.get()
			.uri("/risks")
			.param("programId", program.getId().toString())
			.param("probability", "4")
			.param("impact", "5")).bodyText().contains("Cell four five").doesNotContain("Cell five four");
	}

	@Test
	void listFiltersByStatusCategoryAndOwner() {
		Program program = this.data.program();
		Risk closed = RiskTestData.risk(program, null, "Closed cost risk", 2, 2);
		closed.setStatus(RiskStatus.CLOSED);
		closed.setCategory(RiskCategory.COST);
		closed.setOwner("Carla Closer");
		this.risks.saveAndFlush(closed);
		saved(program, "Open technical risk", 2, 2);
		String programId = program.getId().toString();

		assertThat(this.mvc.get().uri("/risks").param("programId", programId).param("status", "CLOSED")).bodyText()
			.contains("Closed cost risk")
			.doesNotContain("Open technical risk");
		assertThat(this.mvc.get().uri("/risks").param("programId", programId).param("category", "TECHNICAL")).bodyText()
			.contains("Open technical risk")
			.doesNotContain("Closed cost risk");
		assertThat(this.mvc.get().uri("/risks").param("programId", programId).param("owner", "carla closer")).bodyText()
			.contains("Closed cost risk")
			.doesNotContain("Open technical risk");
		assertThat(this.mvc.get().uri("/risks").param("programId", programId).param("q", "TECHNICAL")).bodyText()
			.contains("Open technical risk")
			.doesNotContain("Closed cost risk");
	}

	@Test
	void listFiltersByProgramAndProject() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		Program other = this.data.program();
		String mark = TestData.uniqueKey();
		saved(program, "Program wide " + mark, 2, 2);
		this.risks.saveAndFlush(RiskTestData.risk(program, project, "Project only " + mark, 2, 2));
		saved(other, "Elsewhere " + mark, 2, 2);

		assertThat(this.mvc.get().uri("/risks").param("q", mark).param("programId", program.getId().toString()))
			.bodyText()
			.contains("Program wide " + mark, "Project only " + mark)
			.doesNotContain("Elsewhere " + mark);
		assertThat(this.mvc.get().uri("/risks").param("q", mark).param("projectId", project.getId().toString()))
			.bodyText()
			.contains("Project only " + mark)
			.doesNotContain("Program wide " + mark, "Elsewhere " + mark);
	}

	@Test
	void listPagesAndKeepsFilters() {
		Program program = this.data.program();
		for (int i = 1; i <= 3; i++) {
			saved(program, "Paged " + i, 1, i);
		}
		String programId = program.getId().toString();
		// in the query string, as a browser sends it: page links are built from it
		assertThat(this.mvc.get().uri("/risks?programId={id}&size=2", programId)).bodyText()
			.contains("Paged 3", "Paged 2")
			.doesNotContain("Paged 1")
			.contains("Showing 1–2 of 3")
			.contains("href=\"/risks?programId=" + programId + "&amp;size=2&amp;page=1\"");
		assertThat(this.mvc.get().uri("/risks?programId={id}&size=2&page=1", programId)).bodyText()
			.contains("Paged 1", "Showing 3–3 of 3")
			.doesNotContain("Paged 2");
	}

	@Test
	void emptyListSaysSo() {
		assertThat(this.mvc.get().uri("/risks").param("q", "no risk has this title " + TestData.uniqueKey()))
			.hasStatusOk()
			.bodyText()
			.contains("Nothing matches these filters.");
	}

	// --- escaping
	// -----------------------------------------------------------------------

	@Test
	void escapesUserTextEverywhere() {
		Program program = this.data.program();
		Risk risk = RiskTestData.risk(program, null, "<script>alert(1)</script>", 3, 3);
		risk.setOwner("<b>owner</b>");
		risk.setMitigation("<img src=x onerror=alert(2)>");
		this.risks.saveAndFlush(risk);

		assertThat(this.mvc.get().uri("/risks").param("programId", program.getId().toString())).bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;owner&lt;/b&gt;")
			.doesNotContain("<script>alert(1)", "<b>owner");
		assertThat(this.mvc.get().uri("/risks/" + risk.getId())).bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
			.doesNotContain("<script>alert(1)", "<img src=x");
		assertThat(this.mvc.get().uri("/risks/" + risk.getId() + "/edit")).bodyText()
			.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
			.doesNotContain("<script>alert(1)");
	}

	// --- helpers
	// ------------------------------------------------------------------------

	/**
	 * POSTs a complete, valid risk form to {@code uri}; {@code overrides} are name/value
	 * pairs that replace (or add) single parameters, to break one rule at a time.
	 */
	private MockMvcRequestBuilder form(String uri, Program program, String title, String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		if (program != null) {
			params.put("programId", program.getId().toString());
		}
		params.put("title", title);
		params.put("description", "What could happen");
		params.put("category", "EXTERNAL");
		params.put("probability", "4");
		params.put("impact", "3");
		params.put("owner", "Fiona Owner");
		params.put("response", "TRANSFER");
		params.put("mitigation", "Second source");
		params.put("nextReviewDate", "2026-09-01");
		params.put("status", "MITIGATING");
		params.put("raisedDate", "2026-01-15");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(csrf());
		params.forEach((name, value) -> request.param(name, value));
		return request;
	}

	private Risk saved(Program program, String title, int probability, int impact) {
		return this.risks.saveAndFlush(RiskTestData.risk(program, null, title, probability, impact));
	}

	private java.util.List<String> titles(Program program) {
		RiskCriteria all = new RiskCriteria(null, program.getId(), null, null, null, null, null, null, null, null,
				true);
		return this.risks.findAll(RiskSpecifications.matching(all)).stream().map(Risk::getTitle).toList();
	}

	private static Long idFrom(MvcTestResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/risks/");
		return Long.valueOf(location.substring("/risks/".length()));
	}

}
