package dev.milepost.dashboard.me;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.raid.RegisterRows;
import dev.milepost.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the register asks of the signed-in user on "My work": their open issues and open
 * actions (by date, overdue marked), and the escalations and decisions asked of the
 * stakeholder with their e-mail address (ignoring case), in programs they neither own nor
 * edit; another user's entries never show; the statement count does not grow with the
 * entries.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyWorkRegisterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter counter;

	@Autowired
	Clock clock;

	RegisterRows rows;

	String ann;

	String bob;

	long annId;

	long bobId;

	long annStakeholder;

	long bobStakeholder;

	Program program;

	LocalDate today;

	long annIssue;

	long annLateAction;

	long annLaterAction;

	long annEscalation;

	long annDecision;

	@BeforeAll
	void build() {
		this.rows = new RegisterRows(this.jdbc);
		this.today = LocalDate.now(this.clock);
		String tag = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		this.ann = "me-reg-ann-" + tag;
		this.bob = "me-reg-bob-" + tag;
		this.annId = this.data.user(this.ann, Role.VIEWER).getId();
		this.bobId = this.data.user(this.bob, Role.TPM).getId();
		// the account's address differs in case from the stakeholder's
		email(this.annId, "Ann-" + tag + "@Example.org");
		email(this.bobId, "bob-" + tag + "@example.org");
		this.annStakeholder = this.rows.stakeholder("Ann as stakeholder", "ann-" + tag + "@example.org");
		this.bobStakeholder = this.rows.stakeholder("Bob as stakeholder", "bob-" + tag + "@example.org");
		// neither owns nor edits this program
		this.program = this.data.program();
		String key = this.program.getKey();

		this.annIssue = this.rows.issue(this.program, "Ann issue <script>alert(1)</script> " + key, "OPEN", this.annId,
				this.today.minusDays(2));
		this.rows.issue(this.program, "Ann resolved issue " + key, "RESOLVED", this.annId, this.today);
		this.annLaterAction = this.rows.action(this.program, "Ann later action " + key, "OPEN", this.annId, null,
				this.today.plusDays(5));
		this.annLateAction = this.rows.action(this.program, "Ann late action " + key, "OPEN", this.annId, null,
				this.today.minusDays(3));
		this.rows.action(this.program, "Ann done action " + key, "DONE", this.annId, null, this.today);
		this.rows.archive("actions",
				this.rows.action(this.program, "Ann archived action " + key, "OPEN", this.annId, null, this.today));
		// escalations are owned by a third user: they show by whom they are asked of
		long owner = this.data.owner().getId();
		this.annEscalation = this.rows.escalation(this.program, null, "Ann escalation " + key, "IN_PROGRESS", owner,
				"Approve the budget", this.annStakeholder, this.today.plusDays(1));
		this.rows.escalation(this.program, null, "Ann resolved escalation " + key, "RESOLVED", owner, "Old ask",
				this.annStakeholder, this.today);
		this.annDecision = this.rows.decision(this.program, "Ann decision " + key, "NEEDED", this.today.minusDays(1),
				this.annStakeholder);
		this.rows.decision(this.program, "Ann decided decision " + key, "DECIDED", this.today, this.annStakeholder);
		Program archived = this.data.program();
		this.rows.decision(archived, "Ann decision of an archived program " + key, "NEEDED", this.today,
				this.annStakeholder);
		this.rows.archive("programs", archived.getId());

		this.rows.issue(this.program, "Bob issue " + key, "OPEN", this.bobId, this.today);
		this.rows.action(this.program, "Bob action " + key, "OPEN", this.bobId, null, this.today);
		this.rows.action(this.program, "Stakeholder action " + key, "OPEN", null, this.annStakeholder, this.today);
		this.rows.decision(this.program, "Bob decision " + key, "NEEDED", this.today, this.bobStakeholder);
		this.rows.escalation(this.program, null, "Bob escalation " + key, "OPEN", owner, "Bob ask", this.bobStakeholder,
				this.today);
	}

	@Test
	void showsEachKindToItsUserOnlyWithOverdueMarkedAndLinks() {
		String key = this.program.getKey();
		String html = page(this.ann, "VIEWER");

		assertThat(html).doesNotContain("me-empty").doesNotContain("id=\"me-programs\"");
		assertThat(table(html, "me-escalations-table")).contains("Ann escalation " + key)
			.contains("Approve the budget")
			.contains("href=\"/issues/" + this.annEscalation + "\"")
			.contains(this.today.plusDays(1).toString())
			.doesNotContain("overdue");
		assertThat(table(html, "me-decisions-table")).contains("Ann decision " + key)
			.contains("href=\"/decisions/" + this.annDecision + "\"")
			.contains("1 day overdue");
		assertThat(table(html, "me-issues-table")).contains("Ann issue &lt;script&gt;alert(1)&lt;/script&gt; " + key)
			.contains("href=\"/issues/" + this.annIssue + "\"")
			.contains("2 days overdue");
		String actions = table(html, "me-actions-table");
		assertThat(actions).contains("href=\"/actions/" + this.annLateAction + "\"")
			.contains("href=\"/actions/" + this.annLaterAction + "\"")
			.contains("3 days overdue")
			.contains("href=\"/actions?programId=" + this.program.getId() + "\"");
		assertThat(actions.indexOf("Ann late action")).as("overdue first")
			.isLessThan(actions.indexOf("Ann later action"));
		assertThat(html).doesNotContain("<script>alert(1)")
			.doesNotContain("Ann resolved")
			.doesNotContain("Ann done action")
			.doesNotContain("Ann archived action")
			.doesNotContain("Ann decided decision")
			.doesNotContain("archived program")
			.doesNotContain("Bob issue")
			.doesNotContain("Bob action")
			.doesNotContain("Bob decision")
			.doesNotContain("Bob escalation")
			.doesNotContain("Stakeholder action");

		String bobs = page(this.bob, "TPM");
		assertThat(bobs)
			.contains("Bob issue " + key, "Bob action " + key, "Bob decision " + key, "Bob escalation " + key)
			.doesNotContain("Ann ");
	}

	@Test
	void aUserWithoutAddressOrEntriesSeesTheEmptyState() {
		String nobody = "me-reg-nobody-" + TestData.uniqueKey().toLowerCase(Locale.ROOT);
		this.data.user(nobody, Role.VIEWER);
		String html = page(nobody, "VIEWER");
		assertThat(html).contains("me-empty").doesNotContain("me-escalations");
	}

	@Test
	void statementsDoNotGrowWithTheEntries() {
		String tag = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		String carol = "me-reg-carol-" + tag;
		long carolId = this.data.user(carol, Role.TPM).getId();
		email(carolId, "carol-" + tag + "@example.org");
		long stakeholder = this.rows.stakeholder("Carol", "carol-" + tag + "@example.org");
		Program program = this.data.program();
		add(program, carolId, stakeholder, 1);
		int small = statements(carol);
		add(program, carolId, stakeholder, 9);
		int large = statements(carol);

		assertThat(table(page(carol, "TPM"), "me-actions-table").split("me-actions-row", -1)).hasSize(10 + 1);
		assertThat(large).as("statements with 1 and with 10 entries of each kind").isEqualTo(small);
		// the work (the programs and the register), the account and the session
		assertThat(large).isLessThanOrEqualTo(8);
		System.out.println("My work (no programs): " + small + " statements with 1 and with 10 entries of each kind");
	}

	private void add(Program program, long userId, long stakeholder, int each) {
		for (int i = 0; i < each; i++) {
			this.rows.issue(program, "Issue " + i, "OPEN", userId, this.today.plusDays(i));
			this.rows.action(program, "Action " + i, "OPEN", userId, null, this.today.plusDays(i - 2));
			this.rows.decision(program, "Decision " + i, "NEEDED", this.today.plusDays(i), stakeholder);
			this.rows.escalation(program, null, "Escalation " + i, "OPEN", userId, "Ask", stakeholder,
					this.today.plusDays(i));
		}
	}

	private int statements(String username) {
		page(username, "TPM");
		this.counter.reset();
		page(username, "TPM");
		return this.counter.count();
	}

	/** From the element with this id to the end of its table. */
	private static String table(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("table %s", id).isPositive();
		return html.substring(start, html.indexOf("</table>", start));
	}

	private void email(long userId, String email) {
		this.jdbc.sql("update users set email = :email where id = :id")
			.param("email", email)
			.param("id", userId)
			.update();
	}

	private String page(String username, String role) {
		MvcTestResult result = this.mvc.get().uri("/me").with(user(username).roles(role)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
