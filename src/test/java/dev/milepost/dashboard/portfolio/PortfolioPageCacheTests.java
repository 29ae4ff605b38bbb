package dev.milepost.dashboard.portfolio;

import java.time.LocalDate;
import java.util.Set;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramDetails;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.security.UserChanges;
import dev.milepost.security.UserService;
import dev.milepost.summary.ProgramSummaries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The portfolio dashboard's content is rendered once per portfolio version, day, locale
 * and query and shared by every reader: a change committed through the application is in
 * the next view; a view of an unchanged portfolio reads one statement of its own; the
 * frame still names each reader.
 */
@IntegrationTest
class PortfolioPageCacheTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	ProgramService programs;

	@Autowired
	UserService users;

	@Autowired
	ProgramSummaries summaries;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcClient jdbc;

	/** A program only a query on its objective shows. */
	Program program(String objective, User owner) {
		String key = TestData.uniqueKey();
		return this.programs.create(new ProgramDetails(key, "Program " + key, null, objective, ProgramStatus.ACTIVE,
				owner.getId(), Set.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30), null, null));
	}

	String view(String uri, String username) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).with(user(username).roles("LEADER")).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	/**
	 * Statements counted for the page itself, those of the session store left out (each
	 * request here starts a session for its CSRF token).
	 */
	long pageStatements() {
		return this.counter.statements()
			.stream()
			.filter((sql) -> !sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION"))
			.count();
	}

	/** The page without its frame (which holds the reader's name and CSRF token). */
	static String content(String html) {
		return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
	}

	@Test
	void aChangeThroughTheApplicationIsInTheNextView() throws Exception {
		String objective = "cache-" + TestData.uniqueKey();
		Program program = program(objective, this.data.owner());
		String uri = "/?objective=" + objective;
		assertThat(view(uri, "leader")).contains("Program " + program.getKey());

		Program renamed = this.programs.update(program.getId(), program.getVersion(),
				new ProgramDetails(program.getKey(), "Renamed " + program.getKey(), null, objective,
						ProgramStatus.ON_HOLD, program.getOwner().getId(), Set.of(), program.getStartDate(),
						program.getTargetEndDate(), null, null));

		String html = view(uri, "leader");
		assertThat(html).contains("Renamed " + program.getKey()).doesNotContain("Program " + program.getKey());
		assertThat(renamed.getStatus()).isEqualTo(ProgramStatus.ON_HOLD);
	}

	@Test
	void anOwnersNewNameIsInTheNextView() throws Exception {
		String objective = "cache-" + TestData.uniqueKey();
		String username = "cache-owner-" + TestData.uniqueKey().toLowerCase();
		User owner = this.data.user(username, "Oscar Before", Role.TPM);
		program(objective, owner);
		String uri = "/?objective=" + objective;
		assertThat(view(uri, "leader")).contains("Oscar Before");

		this.users.update(owner.getId(), owner.getVersion(),
				new UserChanges("Oscar After", null, Set.of(Role.TPM), true));

		assertThat(view(uri, "leader")).contains("Oscar After").doesNotContain("Oscar Before");
	}

	@Test
	void anUnchangedPortfolioIsShownFromWhatWasRenderedWithOneStatement() throws Exception {
		String objective = "cache-" + TestData.uniqueKey();
		Program program = program(objective, this.data.owner());
		String uri = "/?objective=" + objective;
		this.counter.reset();
		String first = view(uri, "leader");
		long rendering = pageStatements();

		this.counter.reset();
		String again = view(uri, "leader");

		assertThat(content(again)).isEqualTo(content(first)).contains("Program " + program.getKey());
		assertThat(pageStatements()).isEqualTo(1).isLessThan(rendering);
	}

	@Test
	void readersShareTheContentButEachFrameNamesItsReader() throws Exception {
		String objective = "cache-" + TestData.uniqueKey();
		Program program = program(objective, this.data.owner());
		String uri = "/?objective=" + objective;
		String first = view(uri, "reader-one");
		this.counter.reset();
		String second = view(uri, "reader-two");

		assertThat(pageStatements()).isEqualTo(1);
		assertThat(first).contains("reader-one").doesNotContain("reader-two").contains("Program " + program.getKey());
		assertThat(second).contains("reader-two").doesNotContain("reader-one").contains("Program " + program.getKey());
	}

	@Test
	void eachQueryHasItsOwnContent() throws Exception {
		String objective = "cache-" + TestData.uniqueKey();
		Program program = program(objective, this.data.owner());
		assertThat(view("/?objective=" + objective, "leader")).contains("Program " + program.getKey());
		assertThat(view("/?objective=" + objective + "&status=CANCELLED", "leader"))
			.doesNotContain("Program " + program.getKey());
		assertThat(view("/?objective=" + objective, "leader")).contains("Program " + program.getKey());
	}

	@Test
	void aChangeBySqlIsShownAfterTheAdministratorsCheck() throws Exception {
		String objective = "cache-" + TestData.uniqueKey();
		Program program = program(objective, this.data.owner());
		String uri = "/?objective=" + objective;
		assertThat(view(uri, "leader")).contains("Program " + program.getKey());
		this.jdbc.sql("update programs set name = :name where id = :id")
			.param("name", "By hand " + program.getKey())
			.param("id", program.getId())
			.update();
		// not seen: nothing told the application
		assertThat(view(uri, "leader")).contains("Program " + program.getKey());

		assertThat(this.mvc.post()
			.uri("/admin/summaries/check")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(user("admin").roles("ADMIN"))
			.exchange()).hasStatus3xxRedirection();

		assertThat(view(uri, "leader")).contains("By hand " + program.getKey());
	}

	@Test
	void theVersionMovesWithWritesAndRefreshesNotWithViews() throws Exception {
		long before = this.summaries.version();
		view("/", "leader");
		assertThat(this.summaries.version()).isEqualTo(before);

		Program program = this.data.program();
		long afterWrite = this.summaries.version();
		assertThat(afterWrite).isGreaterThan(before);

		// written outside the application, then refreshed as the package asks
		this.jdbc.sql("update programs set name = 'Outside' where id = :id").param("id", program.getId()).update();
		this.summaries.refresh(Set.of(program.getId()));
		assertThat(this.summaries.version()).isGreaterThan(afterWrite);
	}

}
