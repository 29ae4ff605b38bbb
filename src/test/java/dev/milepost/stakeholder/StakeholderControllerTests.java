package dev.milepost.stakeholder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
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
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class StakeholderControllerTests {

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

	@Autowired
	DataSource dataSource;

	StakeholderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new StakeholderFixtures(this.stakeholders, this.programLinks, this.projectLinks);
	}

	private MockMvcRequestBuilder post(String uri, String name, String email) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("influence", "HIGH")
			.param("interest", "LOW");
		if (name != null) {
			request = request.param("name", name);
		}
		if (email != null) {
			request = request.param("email", email);
		}
		return request;
	}

	// --- create
	// ----------------------------------------------------------------------------

	@Test
	void newFormOffersAllFields() {
		assertThat(this.mvc.get().uri("/stakeholders/new")).hasStatusOk()
			.bodyText()
			.contains("New stakeholder", "name=\"name\"", "name=\"email\"", "name=\"title\"", "name=\"organisation\"",
					"name=\"influence\"", "name=\"interest\"", "name=\"_csrf\"");
	}

	@Test
	void createsStakeholderWithLowerCasedEmailAndShowsIt() {
		String key = TestData.uniqueKey();
		MvcTestResult result = post("/stakeholders", "Ada " + key, "Ada." + key + "@Example.ORG")
			.param("title", "Chief Financial Officer")
			.param("organisation", "Finance " + key)
			.exchange();

		Stakeholder saved = this.stakeholders.findByEmail("ada." + key.toLowerCase() + "@example.org").orElseThrow();
		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/stakeholders/" + saved.getId())
			.flash()
			.containsEntry("flash", "Ada " + key + " created.");
		assertThat(saved.getName()).isEqualTo("Ada " + key);
		assertThat(saved.getInfluence()).isEqualTo(Level.HIGH);
		assertThat(saved.getInterest()).isEqualTo(Level.LOW);
		assertThat(this.mvc.get().uri("/stakeholders/{id}", saved.getId())).hasStatusOk()
			.bodyText()
			.contains("Ada " + key, "ada." + key.toLowerCase() + "@example.org", "Chief Financial Officer",
					"Finance " + key, "Not linked to any program.");
	}

	@Test
	void rejectsMissingNameKeepingInput() {
		String email = StakeholderFixtures.uniqueEmail();
		MvcTestResult result = post("/stakeholders", null, email).param("title", "Kept title").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Required.", "value=\"" + email + "\"", "value=\"Kept title\"");
		assertThat(this.stakeholders.findByEmail(email)).isEmpty();
	}

	@Test
	void rejectsMalformedEmail() {
		String name = "Bad email " + TestData.uniqueKey();
		assertThat(post("/stakeholders", name, "not-an-email")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Enter a valid email address.", "value=\"" + name + "\"");
		assertThat(this.stakeholders.findByEmail("not-an-email")).isEmpty();
	}

	@Test
	void rejectsTooLongName() {
		String email = StakeholderFixtures.uniqueEmail();
		assertThat(post("/stakeholders", "x".repeat(121), email)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Must be at most 120 characters.");
		assertThat(this.stakeholders.findByEmail(email)).isEmpty();
	}

	@Test
	void rejectsEmailUsedByAnotherStakeholderInDifferentCase() {
		Stakeholder existing = this.fixtures.stakeholder("Grace " + TestData.uniqueKey());

		MvcTestResult result = post("/stakeholders", "Someone else", existing.getEmail().toUpperCase()).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Already used by " + existing.getName() + ".", "value=\"Someone else\"");
		assertThat(this.stakeholders.findAll())
			.filteredOn((s) -> s.getName().equals("Someone else") && s.getEmail().equals(existing.getEmail()))
			.isEmpty();
	}

	@Test
	void malformedLevelInFormIsFieldErrorNotServerError() {
		String email = StakeholderFixtures.uniqueEmail();
		MvcTestResult result = this.mvc.post()
			.uri("/stakeholders")
			.with(csrf())
			.param("name", "Levels")
			.param("email", email)
			.param("influence", "HUGE")
			.param("interest", "LOW")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Has the wrong format.");
		assertThat(this.stakeholders.findByEmail(email)).isEmpty();
	}

	@Test
	void postWithoutCsrfTokenIsRefused() {
		String email = StakeholderFixtures.uniqueEmail();
		assertThat(this.mvc.post().uri("/stakeholders").param("name", "No token").param("email", email))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.stakeholders.findByEmail(email)).isEmpty();
	}

	/**
	 * The service's own check cannot see a row another transaction has inserted but not
	 * yet committed; the unique constraint then fails the insert, and that must read as
	 * the same field error, not a 500.
	 */
	@Test
	void emailTakenByConcurrentSaveIsFieldErrorNotServerError() throws Exception {
		String email = StakeholderFixtures.uniqueEmail();
		String rival = "Rival " + TestData.uniqueKey();
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement insert = other.prepareStatement(
					"insert into stakeholders (name, email, influence, interest, created_at, updated_at) values (?, ?, 'LOW', 'LOW', ?, ?)")) {
				insert.setString(1, rival);
				insert.setString(2, email);
				insert.setObject(3, TestClock.runNowAtUtc());
				insert.setObject(4, TestClock.runNowAtUtc());
				insert.executeUpdate();
			}
			CompletableFuture<MvcTestResult> request = CompletableFuture
				.supplyAsync(() -> post("/stakeholders", "Loser of the race", email.toUpperCase())
					// another thread: @WithMockUser's security context does not travel
					// with it
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.user("test-admin")
						.roles("ADMIN"))
					.exchange());
			// the request's insert now waits for the other transaction on the unique
			// index
			JdbcClient monitor = JdbcClient.create(this.dataSource);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> request.isDone() || monitor.sql(
						"select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
					.query(Long.class)
					.single() > 0);
			other.commit();

			MvcTestResult result = request.get(30, TimeUnit.SECONDS);
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Already used by " + rival + ".");
		}
		assertThat(this.stakeholders.findByEmail(email)).get().extracting(Stakeholder::getName).isEqualTo(rival);
	}

	// --- edit
	// ------------------------------------------------------------------------------

	@Test
	void editFormShowsStoredValues() {
		Stakeholder stakeholder = this.fixtures.stakeholder("Edit me " + TestData.uniqueKey(), Level.LOW, Level.HIGH,
				"Org of edit");
		assertThat(this.mvc.get().uri("/stakeholders/{id}/edit", stakeholder.getId())).hasStatusOk()
			.bodyText()
			.contains("value=\"" + stakeholder.getName() + "\"", "value=\"" + stakeholder.getEmail() + "\"",
					"value=\"Org of edit\"", "name=\"version\"");
	}

	@Test
	void editsStakeholder() {
		Stakeholder stakeholder = this.fixtures.stakeholder("Before " + TestData.uniqueKey());
		String newEmail = StakeholderFixtures.uniqueEmail();

		MvcTestResult result = post("/stakeholders/" + stakeholder.getId(), "After edit", newEmail.toUpperCase())
			.param("organisation", "New org")
			.param("version", String.valueOf(stakeholder.getVersion()))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/stakeholders/" + stakeholder.getId())
			.flash()
			.containsEntry("flash", "After edit saved.");
		Stakeholder saved = this.stakeholders.findById(stakeholder.getId()).orElseThrow();
		assertThat(saved.getName()).isEqualTo("After edit");
		assertThat(saved.getEmail()).isEqualTo(newEmail);
		assertThat(saved.getOrganisation()).isEqualTo("New org");
		assertThat(saved.getInfluence()).isEqualTo(Level.HIGH);
		assertThat(saved.getVersion()).isEqualTo(stakeholder.getVersion() + 1);
	}

	@Test
	void keepingOwnEmailInOtherCaseIsNotADuplicate() {
		Stakeholder stakeholder = this.fixtures.stakeholder("Own email " + TestData.uniqueKey());
		assertThat(post("/stakeholders/" + stakeholder.getId(), stakeholder.getName(),
				stakeholder.getEmail().toUpperCase())
			.param("version", String.valueOf(stakeholder.getVersion()))).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void editRejectsEmailOfAnotherStakeholder() {
		Stakeholder other = this.fixtures.stakeholder("Other " + TestData.uniqueKey());
		Stakeholder stakeholder = this.fixtures.stakeholder("Mine " + TestData.uniqueKey());

		MvcTestResult result = post("/stakeholders/" + stakeholder.getId(), stakeholder.getName(), other.getEmail())
			.param("version", String.valueOf(stakeholder.getVersion()))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Already used by " + other.getName() + ".");
		assertThat(this.stakeholders.findById(stakeholder.getId()).orElseThrow().getEmail())
			.isEqualTo(stakeholder.getEmail());
	}

	@Test
	void staleEditIsConflictShowingBothVersionsAndChangingNothing() {
		Stakeholder stakeholder = this.fixtures.stakeholder("Original " + TestData.uniqueKey());
		long staleVersion = stakeholder.getVersion();
		stakeholder.setOrganisation("Their organisation");
		Stakeholder theirs = this.stakeholders.saveAndFlush(stakeholder);

		MvcTestResult result = post("/stakeholders/" + stakeholder.getId(), stakeholder.getName(),
				stakeholder.getEmail())
			.param("organisation", "My organisation")
			.param("version", String.valueOf(staleVersion))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this record", "Their organisation", "value=\"My organisation\"")
			.containsPattern("name=\"version\"\\s+value=\"" + theirs.getVersion() + "\"");
		Stakeholder stored = this.stakeholders.findById(stakeholder.getId()).orElseThrow();
		assertThat(stored.getOrganisation()).isEqualTo("Their organisation");
		assertThat(stored.getVersion()).isEqualTo(theirs.getVersion());
	}

	@Test
	void editWithoutVersionIsConflict() {
		Stakeholder stakeholder = this.fixtures.stakeholder("No version " + TestData.uniqueKey());
		assertThat(post("/stakeholders/" + stakeholder.getId(), "Changed", stakeholder.getEmail()))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(this.stakeholders.findById(stakeholder.getId()).orElseThrow().getName())
			.isEqualTo(stakeholder.getName());
	}

	// --- not found / bad request
	// -----------------------------------------------------------

	@Test
	void unknownStakeholderIsNotFound() {
		assertThat(this.mvc.get().uri("/stakeholders/987654321")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Not found");
		assertThat(this.mvc.get().uri("/stakeholders/987654321/edit")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post("/stakeholders/987654321", "X", StakeholderFixtures.uniqueEmail()).param("version", "0"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/stakeholders/987654321/archive").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/stakeholders/987654321/delete").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void malformedIdIsBadRequest() {
		assertThat(this.mvc.get().uri("/stakeholders/x")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("&#39;x&#39; is not a valid number");
	}

	@Test
	void unknownLevelFilterIsBadRequest() {
		assertThat(this.mvc.get().uri("/stakeholders").param("influence", "HUGE")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("HUGE", "LOW, MEDIUM, HIGH");
	}

	@Test
	void unknownSortOrPageIsBadRequest() {
		assertThat(this.mvc.get().uri("/stakeholders").param("sort", "password")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cannot sort by");
		assertThat(this.mvc.get().uri("/stakeholders").param("page", "-1")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/stakeholders").param("programId", "abc")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	// --- archive, restore, delete
	// ----------------------------------------------------------

	@Test
	void archivedStakeholderIsHiddenFromListUnlessAskedForAndCanBeRestored() {
		String key = TestData.uniqueKey();
		Stakeholder stakeholder = this.fixtures.stakeholder("Archivable " + key);

		assertThat(this.mvc.post().uri("/stakeholders/{id}/archive", stakeholder.getId()).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flash", "Archivable " + key + " archived.");
		assertThat(this.stakeholders.findById(stakeholder.getId()).orElseThrow().isArchived()).isTrue();
		assertThat(this.mvc.get().uri("/stakeholders").param("q", key)).hasStatusOk()
			.bodyText()
			.doesNotContain("Archivable " + key)
			.contains("Nothing matches these filters.");
		assertThat(this.mvc.get().uri("/stakeholders").param("q", key).param("archived", "true")).hasStatusOk()
			.bodyText()
			.contains("Archivable " + key, "Archived");
		assertThat(this.mvc.get().uri("/stakeholders/{id}", stakeholder.getId())).hasStatusOk()
			.bodyText()
			.contains("This stakeholder is archived", "/restore");

		assertThat(this.mvc.post().uri("/stakeholders/{id}/restore", stakeholder.getId()).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.stakeholders.findById(stakeholder.getId()).orElseThrow().isArchived()).isFalse();
	}

	@Test
	void deletesStakeholderWithoutLinks() {
		String key = TestData.uniqueKey();
		Stakeholder stakeholder = this.fixtures.stakeholder("Deletable " + key);

		assertThat(this.mvc.post().uri("/stakeholders/{id}/delete", stakeholder.getId()).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/stakeholders")
			.flash()
			.containsEntry("flash", "Deletable " + key + " deleted.");
		assertThat(this.stakeholders.findById(stakeholder.getId())).isEmpty();
	}

	@Test
	void deleteIsRefusedWhileStakeholderHasLinks() {
		Program program = this.data.program();
		Stakeholder onProgram = this.fixtures.stakeholder("On program " + TestData.uniqueKey());
		this.fixtures.link(onProgram, program, RaciRole.INFORMED, false);
		Stakeholder onProject = this.fixtures.stakeholder("On project " + TestData.uniqueKey());
		this.fixtures.link(onProject, this.data.project(program), RaciRole.INFORMED);

		for (Stakeholder stakeholder : new Stakeholder[] { onProgram, onProject }) {
			assertThat(this.mvc.post().uri("/stakeholders/{id}/delete", stakeholder.getId()).with(csrf()))
				.hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/stakeholders/" + stakeholder.getId())
				.flash()
				.containsEntry("flashWarning", stakeholder.getName()
						+ " is linked to programs or projects, or named by issues, decisions or actions, and cannot be deleted. Remove the links first, or archive the stakeholder instead.");
			assertThat(this.stakeholders.findById(stakeholder.getId())).isPresent();
		}
		// the page offers no delete button while links exist
		assertThat(this.mvc.get().uri("/stakeholders/{id}", onProgram.getId())).bodyText()
			.doesNotContain("/stakeholders/" + onProgram.getId() + "/delete\"");
	}

	// --- list
	// ------------------------------------------------------------------------------

	@Test
	void listFiltersByTextLevelsAndProgram() {
		String org = "Org " + TestData.uniqueKey();
		Stakeholder high = this.fixtures.stakeholder("Hannah High", Level.HIGH, Level.LOW, org);
		Stakeholder medium = this.fixtures.stakeholder("Mia Medium", Level.MEDIUM, Level.HIGH, org);
		Stakeholder low = this.fixtures.stakeholder("Liam Low", Level.LOW, Level.LOW, org);
		Program program = this.data.program();
		Program second = this.data.program();
		this.fixtures.link(medium, program, RaciRole.ACCOUNTABLE, true);
		this.fixtures.link(medium, second, RaciRole.INFORMED, false);

		assertThat(this.mvc.get().uri("/stakeholders").param("q", org.toLowerCase())).hasStatusOk()
			.bodyText()
			.contains(high.getName(), medium.getName(), low.getName(), "Showing 1–3 of 3");
		// by email
		assertThat(this.mvc.get().uri("/stakeholders").param("q", low.getEmail().toUpperCase())).bodyText()
			.contains(low.getName())
			.doesNotContain(high.getName());
		assertThat(this.mvc.get().uri("/stakeholders").param("q", org).param("influence", "HIGH")).bodyText()
			.contains(high.getName())
			.doesNotContain(medium.getName(), low.getName());
		assertThat(this.mvc.get().uri("/stakeholders").param("q", org).param("interest", "LOW")).bodyText()
			.contains(high.getName(), low.getName())
			.doesNotContain(medium.getName());
		// linked to a program; the programs column counts both of Mia's programs
		assertThat(this.mvc.get().uri("/stakeholders").param("programId", program.getId().toString())).bodyText()
			.contains(medium.getName())
			.doesNotContain(high.getName(), low.getName())
			.containsPattern("<td class=\"num\">2</td>");
	}

	@Test
	void textFilterTreatsWildcardsLiterally() {
		String org = "Org " + TestData.uniqueKey();
		this.fixtures.stakeholder("Percy Percent", Level.LOW, Level.LOW, org);
		assertThat(this.mvc.get().uri("/stakeholders").param("q", org + "%")).bodyText()
			.contains("Nothing matches these filters.");
	}

	@Test
	void listSortsLevelsFromLowToHighAndPages() throws Exception {
		String org = "Org " + TestData.uniqueKey();
		this.fixtures.stakeholder("Zed High", Level.HIGH, Level.MEDIUM, org);
		this.fixtures.stakeholder("Amy Low", Level.LOW, Level.HIGH, org);
		this.fixtures.stakeholder("Max Medium", Level.MEDIUM, Level.LOW, org);

		// parameters in the query string, as a browser sends them, so that the page links
		// keep them
		String firstPage = this.mvc.get()
			.uri("/stakeholders?q={q}&sort=influence&size=2", org)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(firstPage).contains("Amy Low", "Max Medium", "Showing 1–2 of 3").doesNotContain("Zed High");
		assertThat(firstPage.indexOf("Amy Low")).isLessThan(firstPage.indexOf("Max Medium"));
		assertThat(firstPage).contains("sort=influence&amp;size=2&amp;page=1")
			.containsPattern("href=\"[^\"]*sort=influence&amp;dir=desc\"\\s+data-dir=\"asc\"");

		assertThat(this.mvc.get()
			.uri("/stakeholders")
			.param("q", org)
			.param("sort", "influence")
			.param("size", "2")
			.param("page", "1")).bodyText().contains("Zed High", "Showing 3–3 of 3").doesNotContain("Amy Low");

		String byInterestDesc = this.mvc.get()
			.uri("/stakeholders")
			.param("q", org)
			.param("sort", "interest")
			.param("dir", "desc")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(byInterestDesc.indexOf("Amy Low")).isLessThan(byInterestDesc.indexOf("Zed High"));
		assertThat(byInterestDesc.indexOf("Zed High")).isLessThan(byInterestDesc.indexOf("Max Medium"));

		String byNameDesc = this.mvc.get()
			.uri("/stakeholders")
			.param("q", org)
			.param("sort", "name")
			.param("dir", "desc")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(byNameDesc.indexOf("Zed High")).isLessThan(byNameDesc.indexOf("Max Medium"));
		assertThat(byNameDesc.indexOf("Max Medium")).isLessThan(byNameDesc.indexOf("Amy Low"));
	}

	// --- escaping
	// --------------------------------------------------------------------------

	@Test
	void htmlInNameAndTitleIsEscapedEverywhere() {
		String key = TestData.uniqueKey();
		String payload = "<script>alert(1)</script>";
		Stakeholder stakeholder = new Stakeholder(payload + key, StakeholderFixtures.uniqueEmail());
		stakeholder.setTitle(payload);
		stakeholder.setOrganisation("Org " + key);
		stakeholder = this.stakeholders.saveAndFlush(stakeholder);
		Program program = this.data.program();
		this.fixtures.link(stakeholder, program, RaciRole.ACCOUNTABLE, true);
		String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";

		assertThat(this.mvc.get().uri("/stakeholders").param("q", "Org " + key)).bodyText()
			.contains(escaped + key)
			.doesNotContain(payload);
		assertThat(this.mvc.get().uri("/stakeholders/{id}", stakeholder.getId())).bodyText()
			.contains(escaped + key, escaped)
			.doesNotContain(payload);
		assertThat(this.mvc.get().uri("/stakeholders/{id}/edit", stakeholder.getId())).bodyText()
			.contains(escaped)
			.doesNotContain(payload);
		// the link table the program page embeds
		assertThat(this.mvc.get().uri("/stakeholders/links/new").param("programId", program.getId().toString()))
			.bodyText()
			.contains(escaped + key)
			.doesNotContain(payload);
		// submitted back through the form: re-rendered escaped too
		assertThat(post("/stakeholders", payload, "not-an-email")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains(escaped)
			.doesNotContain(payload);
	}

}
