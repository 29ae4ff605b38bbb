package dev.milepost.portfolio;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
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
class ProgramControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgramRepository programs;

	@Autowired
	ProgramService programService;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A complete, valid program form posted to {@code uri}; {@code overrides} are name,
	 * value pairs that replace single fields.
	 */
	MvcTestResult post(String uri, String key, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("key", key);
		fields.put("name", "Payments " + key);
		fields.put("objective", "Real-time payments in all EU markets");
		fields.put("description", "Replace the batch ledger.");
		fields.put("status", "ACTIVE");
		fields.put("ownerId", this.data.owner().getId().toString());
		fields.put("startDate", "2026-01-15");
		fields.put("targetEndDate", "2027-06-30");
		fields.put("budgetPlanned", "1250000.50");
		fields.put("budgetCurrency", "EUR");
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
	void createsAProgramAndShowsIt() {
		String key = TestData.uniqueKey();
		MvcTestResult result = post("/programs", key);

		assertThat(result).hasStatus(HttpStatus.FOUND);
		Program saved = this.programs.findByKey(key).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/programs/" + saved.getId());
		assertThat(saved.getStatus()).isEqualTo(ProgramStatus.ACTIVE);
		assertThat(saved.getBudgetPlanned()).isEqualByComparingTo("1250000.50");
		assertThat(saved.getBudgetCurrency()).isEqualTo("EUR");
		assertThat(saved.getTargetEndDate()).isEqualTo(LocalDate.of(2027, 6, 30));

		MvcTestResult page = this.mvc.get().uri("/programs/" + saved.getId()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("Payments " + key, "Real-time payments in all EU markets", "Olivia Owner",
				"2027-06-30", "1,250,000.50 EUR", "/projects/new?programId=" + saved.getId(),
				"/risks/new?programId=" + saved.getId());
	}

	@Test
	void newFormHasDefaults() {
		MvcTestResult result = this.mvc.get().uri("/programs/new").exchange();
		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("value=\"USD\"", "<option value=\"PROPOSED\" selected=\"selected\">");
	}

	@Test
	void editsAProgram() {
		Program program = this.data.program();
		MvcTestResult result = post("/programs/" + program.getId(), program.getKey(), "name", "Renamed", "status",
				"ON_HOLD", "version", String.valueOf(program.getVersion()));

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/programs/" + program.getId());
		Program saved = this.programs.findById(program.getId()).orElseThrow();
		assertThat(saved.getName()).isEqualTo("Renamed");
		assertThat(saved.getStatus()).isEqualTo(ProgramStatus.ON_HOLD);
		assertThat(saved.getVersion()).isEqualTo(program.getVersion() + 1);
	}

	@Test
	void editFormShowsTheStoredValues() {
		Program program = this.data.program();
		MvcTestResult result = this.mvc.get().uri("/programs/" + program.getId() + "/edit").exchange();
		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("value=\"" + program.getKey() + "\"",
				"value=\"Program " + program.getKey() + "\"", "value=\"2026-01-01\"", "name=\"version\" value=\"0\"");
	}

	@Test
	void rejectsAKeyInTheWrongFormat() {
		MvcTestResult result = post("/programs", "pay-1");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("capital letters or digits", "value=\"pay-1\"", "value=\"Payments pay-1\"");
		assertThat(this.programs.findByKey("pay-1")).isEmpty();
	}

	@Test
	void rejectsADuplicateKeyNamingTheProgramThatHasIt() {
		Program existing = this.data.program();
		MvcTestResult result = post("/programs", existing.getKey(), "name", "Second try");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains(existing.getKey() + " is already used by Program " + existing.getKey() + ".");
		assertThat(this.jdbc.sql("select count(*) from programs where program_key = ?")
			.param(existing.getKey())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void reportsADuplicateKeyTogetherWithTheOtherErrors() {
		Program existing = this.data.program();
		MvcTestResult result = post("/programs", existing.getKey(), "ownerId", "");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains(existing.getKey() + " is already used by", "id=\"ownerId-error\"");
	}

	@Test
	void keepingItsOwnKeyIsNotADuplicate() {
		Program program = this.data.program();
		assertThat(post("/programs/" + program.getId(), program.getKey(), "version", "0")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void rejectsChangingTheKeyToAnotherProgramsKey() {
		Program other = this.data.program();
		Program program = this.data.program();
		MvcTestResult result = post("/programs/" + program.getId(), other.getKey(), "version", "0");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains(other.getKey() + " is already used by");
		assertThat(this.programs.findById(program.getId()).orElseThrow().getKey()).isEqualTo(program.getKey());
	}

	@Test
	void rejectsATargetEndBeforeTheStart() {
		String key = TestData.uniqueKey();
		MvcTestResult result = post("/programs", key, "startDate", "2026-05-01", "targetEndDate", "2026-04-30");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("id=\"targetEndDate-error\"",
				"The target end date cannot be before the start date.");
		assertThat(this.programs.findByKey(key)).isEmpty();
	}

	@Test
	void rejectsANegativeBudgetAndTooManyDigits() {
		String key = TestData.uniqueKey();
		assertThat(body(post("/programs", key, "budgetPlanned", "-1"))).contains("id=\"budgetPlanned-error\"",
				"Must be 0 or more.");
		MvcTestResult tooBig = post("/programs", key, "budgetPlanned", "12345678901234.00");
		assertThat(tooBig).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(tooBig)).contains("Use at most 13 digits before and 2 after the decimal point.");
		assertThat(this.programs.findByKey(key)).isEmpty();
	}

	@Test
	void rejectsATooLongNameAndMissingOwner() {
		String key = TestData.uniqueKey();
		MvcTestResult result = post("/programs", key, "name", "n".repeat(121), "ownerId", "");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("Must be at most 120 characters.", "id=\"ownerId-error\"");
		assertThat(this.programs.findByKey(key)).isEmpty();
	}

	@Test
	void rejectsABadCurrencyAndAMalformedDateKeepingTheInput() {
		String key = TestData.uniqueKey();
		MvcTestResult result = post("/programs", key, "startDate", "2026-13-45", "budgetCurrency", "eur");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("2026-13-45 is not a date.", "value=\"2026-13-45\"",
				"3-letter currency code");
		assertThat(this.programs.findByKey(key)).isEmpty();
	}

	@Test
	void unknownProgramIsNotFound() {
		assertThat(this.mvc.get().uri("/programs/987654321").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/programs/987654321/edit").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/programs/987654321/archive").with(csrf()).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void malformedIdStatusAndSortAreBadRequests() {
		MvcTestResult badId = this.mvc.get().uri("/programs/abc").exchange();
		assertThat(badId).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(badId)).contains("is not a valid number");
		MvcTestResult badStatus = this.mvc.get().uri("/programs?status=NOPE").exchange();
		assertThat(badStatus).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(badStatus)).contains("PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED");
		assertThat(this.mvc.get().uri("/programs?sort=budget").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/programs?dir=up").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void staleEditIsAConflictThatKeepsBothVersionsAndChangesNothing() {
		Program program = this.data.program();
		// someone else saves first
		this.programService.update(program.getId(), 0,
				new ProgramDetails(program.getKey(), "Their name", null, "Their objective", ProgramStatus.ACTIVE,
						this.data.owner().getId(), java.util.Set.of(), null, null, null, "USD"));

		MvcTestResult result = post("/programs/" + program.getId(), program.getKey(), "name", "My name", "version",
				"0");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(body(result)).contains("Someone else changed this record", "Their name", "value=\"My name\"",
				"Their objective", "name=\"version\" value=\"1\"");
		Program stored = this.programs.findById(program.getId()).orElseThrow();
		assertThat(stored.getName()).isEqualTo("Their name");
		assertThat(stored.getVersion()).isEqualTo(1);

		// saving again deliberately applies the user's version
		MvcTestResult again = post("/programs/" + program.getId(), program.getKey(), "name", "My name", "version", "1");
		assertThat(again).hasStatus(HttpStatus.FOUND);
		assertThat(this.programs.findById(program.getId()).orElseThrow().getName()).isEqualTo("My name");
	}

	@Test
	void archivingHidesTheProgramAndItsProjectsRestoringBringsThemBack() {
		Program program = this.data.program();
		Project project = this.data.project(program);

		assertThat(this.mvc.post().uri("/programs/" + program.getId() + "/archive").with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("flash");
		assertThat(this.programs.findById(program.getId()).orElseThrow().isArchived()).isTrue();
		assertThat(body(this.mvc.get().uri("/programs?q=" + program.getKey()).exchange()))
			.doesNotContain("Program " + program.getKey());
		assertThat(body(this.mvc.get().uri("/programs?archived=true&q=" + program.getKey()).exchange()))
			.contains("Program " + program.getKey());
		assertThat(body(this.mvc.get().uri("/projects?q=" + project.getKey()).exchange()))
			.doesNotContain("Project " + project.getKey());
		// the dashboard pages its table: ask for this program alone, by its objective
		program = this.programs.findById(program.getId()).orElseThrow();
		program.setObjective("Objective " + program.getKey());
		program = this.programs.saveAndFlush(program);
		assertThat(body(this.mvc.get().uri("/?objective={objective}", program.getObjective()).exchange()))
			.doesNotContain("program-" + program.getId() + "\"");

		assertThat(this.mvc.post().uri("/programs/" + program.getId() + "/restore").with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(body(this.mvc.get().uri("/programs?q=" + program.getKey()).exchange()))
			.contains("Program " + program.getKey());
		assertThat(body(this.mvc.get().uri("/projects?q=" + project.getKey()).exchange()))
			.contains("Project " + project.getKey());
		assertThat(body(this.mvc.get().uri("/?objective={objective}", program.getObjective()).exchange()))
			.contains("program-" + program.getId() + "\"");
	}

	@Test
	void deleteIsRefusedWhileTheProgramHasProjects() {
		Program program = this.data.program();
		this.data.project(program);

		MvcTestResult result = this.mvc.post().uri("/programs/" + program.getId() + "/delete").with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/programs/" + program.getId());
		assertThat(result.getMvcResult().getFlashMap().get("flashWarning")).asString()
			.contains(program.getKey() + " cannot be deleted", "1 project(s)", "Archive it instead");
		assertThat(this.programs.existsById(program.getId())).isTrue();
	}

	@Test
	void deleteIsRefusedWhileTheProgramHasRisks() {
		Program program = this.data.program();
		this.jdbc.sql("""
				insert into risks (program_id, title, category, probability, impact, score, owner, response, status,
				                   raised_date, created_at, updated_at)
				values (?, 'Vendor late', 'SCHEDULE', 2, 3, 6, 'Ann', 'REDUCE', 'OPEN', ?,
				        ?, ?)""")
			.params(program.getId(), TestClock.runToday(), TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
			.update();

		MvcTestResult result = this.mvc.post().uri("/programs/" + program.getId() + "/delete").with(csrf()).exchange();

		assertThat(result.getMvcResult().getFlashMap().get("flashWarning")).asString().contains("1 risk(s)");
		assertThat(this.programs.existsById(program.getId())).isTrue();
	}

	@Test
	void deletesAProgramWithNothingAttached() {
		Program program = this.data.program();
		MvcTestResult result = this.mvc.post().uri("/programs/" + program.getId() + "/delete").with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/programs");
		assertThat(this.programs.existsById(program.getId())).isFalse();
	}

	@Test
	void listFiltersSortsAndPages() {
		String token = TestData.uniqueKey();
		Program a = program("Alpha " + token, "Zed Owner", ProgramStatus.ACTIVE);
		Program b = program("Bravo " + token, "Yan Owner", ProgramStatus.ACTIVE);
		Program c = program("Charlie " + token, "Xi Owner", ProgramStatus.PROPOSED);
		this.data.project(a);
		this.data.project(a);

		String firstPage = body(this.mvc.get().uri("/programs?q=" + token + "&sort=name&dir=desc&size=2").exchange());
		assertThat(firstPage).contains("Charlie " + token, "Bravo " + token).doesNotContain("Alpha " + token);
		assertThat(firstPage.indexOf("Charlie " + token)).isLessThan(firstPage.indexOf("Bravo " + token));
		assertThat(firstPage).contains("Showing 1–2 of 3", "page=1");

		String secondPage = body(
				this.mvc.get().uri("/programs?q=" + token + "&sort=name&dir=desc&size=2&page=1").exchange());
		assertThat(secondPage).contains("Alpha " + token).doesNotContain("Bravo " + token);

		String byOwner = body(this.mvc.get().uri("/programs?q=" + token + "&sort=owner").exchange());
		assertThat(byOwner.indexOf("Xi Owner")).isLessThan(byOwner.indexOf("Yan Owner"));
		assertThat(byOwner.indexOf("Yan Owner")).isLessThan(byOwner.indexOf("Zed Owner"));

		String proposed = body(this.mvc.get().uri("/programs?q=" + token + "&status=PROPOSED").exchange());
		assertThat(proposed).contains("Charlie " + token).doesNotContain("Alpha " + token);
		assertThat(body(this.mvc.get().uri("/programs?q=" + token + "&owner=yan").exchange()))
			.contains("Bravo " + token)
			.doesNotContain("Charlie " + token);

		// the project count column
		String alphaOnly = body(this.mvc.get().uri("/programs?q=Alpha " + token).exchange());
		assertThat(alphaOnly).containsPattern("<td class=\"num\">2</td>\\s*</tr>");
		assertThat(body(this.mvc.get().uri("/programs?q=nothing-" + token).exchange()))
			.contains("Nothing matches these filters.");
		assertThat(c.getId()).isNotNull();
		assertThat(b.getId()).isNotNull();
	}

	@Test
	void escapesHtmlInUserInput() {
		Program program = this.data.program();
		program.setName("<script>alert(1)</script>");
		program.setObjective("<b>bold</b>");
		this.programs.saveAndFlush(program);

		String list = body(this.mvc.get().uri("/programs?q=" + program.getKey()).exchange());
		String show = body(this.mvc.get().uri("/programs/" + program.getId()).exchange());
		String overview = body(this.mvc.get().uri("/?objective=bold").exchange());
		assertThat(overview).contains("id=\"program-" + program.getId() + "\"");
		for (String html : new String[] { list, show, overview }) {
			assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		}
		assertThat(show).contains("&lt;b&gt;bold&lt;/b&gt;");
	}

	private Program program(String name, String owner, ProgramStatus status) {
		Program program = this.data.program();
		program.setName(name);
		program.setOwner(this.data.user(owner.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), owner,
				dev.milepost.security.Role.TPM));
		program.setStatus(status);
		program.setBudgetPlanned(BigDecimal.TEN);
		return this.programs.saveAndFlush(program);
	}

}
