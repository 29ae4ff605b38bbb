package dev.milepost.dashboard.me;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramDetails;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.portfolio.Project;
import dev.milepost.raid.UserRegisterQuery;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "My work" page: a TPM sees their own program's due milestone, stale risk and
 * review, and nothing of another TPM's; a VIEWER who owns nothing sees the empty state;
 * the statement count is fixed; names are escaped. Same context as StatementCountTests
 * (same imports).
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyWorkTests {

	static final String ALICE = "me-tpm-alice";

	static final String BOB = "me-tpm-bob";

	static final String VIEWER = "me-viewer";

	static final String NASTY = "<script>alert(1)</script>";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	ProgramService programs;

	@Autowired
	MilestoneService milestones;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter counter;

	@Autowired
	Clock clock;

	@Autowired
	UserRegisterQuery register;

	Program alices;

	Program bobs;

	String dueName;

	String riskTitle;

	String bobsMilestone;

	@BeforeAll
	void build() {
		LocalDate today = LocalDate.now(this.clock);
		this.data.user(VIEWER, Role.VIEWER);
		this.alices = program(this.data.user(ALICE, Role.TPM));
		Project project = this.data.project(this.alices);
		this.dueName = "Due soon " + this.alices.getKey();
		this.milestones.create(project.getId(), this.dueName, null, "Owner", today.plusDays(5), null, null, null);
		this.milestones.create(project.getId(), NASTY, null, "Owner", today.plusDays(6), null, null, null);
		this.milestones.create(project.getId(), "Far away " + this.alices.getKey(), null, "Owner", today.plusDays(40),
				null, null, null);
		this.riskTitle = "Stale risk " + this.alices.getKey();
		long risk = risk(this.alices, this.riskTitle, today.minusDays(2));
		this.jdbc.sql("update risks set updated_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant().minus(Duration.ofDays(30))), risk)
			.update();

		this.bobs = program(this.data.user(BOB, Role.TPM));
		Project bobsProject = this.data.project(this.bobs);
		this.bobsMilestone = "Bob due " + this.bobs.getKey();
		Milestone m = this.milestones.create(bobsProject.getId(), this.bobsMilestone, null, "Owner", today.plusDays(3),
				null, null, null);
		assertThat(m.getId()).isNotNull();
		risk(this.bobs, "Bob risk " + this.bobs.getKey(), today.plusDays(1));
	}

	Program program(User owner) {
		String key = TestData.uniqueKey();
		return this.programs.create(new ProgramDetails(key, "Mine " + key, null, null, ProgramStatus.ACTIVE,
				owner.getId(), java.util.Set.of(), null, null, null, null));
	}

	long risk(Program program, String title, LocalDate nextReview) {
		this.jdbc.sql("""
				insert into risks (program_id, title, category, probability, impact, score, owner, response,
				                   next_review_date, status, raised_date, archived, version, created_at, updated_at)
				values (?, ?, 'TECHNICAL', 3, 4, 12, 'Owner', 'REDUCE', ?, 'OPEN', ?, false, 0,
				        ?, ?)
				""")
			.params(program.getId(), title, nextReview, LocalDate.now(this.clock).minusDays(60),
					TestClock.runNowAtUtc(), TestClock.runNowAtUtc())
			.update();
		return this.jdbc.sql("select id from risks where title = ?").param(title).query(Long.class).single();
	}

	String page() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/me").exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	@WithMockUser(username = ALICE, roles = "TPM")
	void ownerSeesDueMilestoneStaleRiskAndReview() throws Exception {
		String html = page();
		assertThat(html).contains(this.alices.getKey() + " · Mine " + this.alices.getKey())
			.contains(this.dueName)
			.doesNotContain("Far away " + this.alices.getKey())
			.contains("/milestones?programId=" + this.alices.getId())
			.contains("/risks?programId=" + this.alices.getId());
		// the risk is both due for review (two days ago) and not updated for 30 days
		assertThat(html.split(java.util.regex.Pattern.quote(this.riskTitle), -1)).hasSize(3);
		assertThat(html).doesNotContain(this.bobsMilestone).doesNotContain(this.bobs.getKey());
		assertThat(html).doesNotContain("me-empty");
	}

	@Test
	@WithMockUser(username = BOB, roles = "TPM")
	void anotherTpmDoesNotSeeIt() throws Exception {
		String html = page();
		assertThat(html).contains(this.bobsMilestone)
			.doesNotContain(this.dueName)
			.doesNotContain(this.riskTitle)
			.doesNotContain(this.alices.getKey());
	}

	@Test
	@WithMockUser(username = VIEWER, roles = "VIEWER")
	void viewerWhoOwnsNothingSeesTheEmptyState() throws Exception {
		String html = page();
		assertThat(html).contains("me-empty").doesNotContain("me-program");
	}

	@Test
	@WithMockUser(username = ALICE, roles = "TPM")
	void namesAreEscaped() throws Exception {
		String html = page();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(NASTY);
	}

	@Test
	void statementCountDoesNotGrowWithTheData() {
		MyWorkQuery query = new MyWorkQuery(this.jdbc, this.register, this.clock, 14);
		this.counter.reset();
		MyWork alice = query.forUser(ALICE);
		int aliceCount = this.counter.count();
		this.counter.reset();
		MyWork bob = query.forUser(BOB);
		int bobCount = this.counter.count();
		assertThat(alice.dueSoon().rows()).hasSize(2);
		assertThat(bob.dueSoon().rows()).hasSize(1);
		// the programs, three lists of them and the register (one statement)
		assertThat(aliceCount).isEqualTo(bobCount).isEqualTo(5);
		this.counter.reset();
		assertThat(query.forUser(VIEWER).isEmpty()).isTrue();
		// no programs: their lists are not read, the register is (a leader owns no
		// program but is asked for decisions)
		assertThat(this.counter.count()).isEqualTo(2);
	}

	@Test
	@WithMockUser(username = ALICE, roles = "TPM")
	void thePageStaysWithinAFixedNumberOfStatements() throws Exception {
		this.counter.reset();
		page();
		// the work (at most 5, one of them the register), the account with its digest
		// subscription (1) and the session (2)
		assertThat(this.counter.count()).isLessThanOrEqualTo(8);
	}

}
