package dev.milepost.report.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.raid.IssueDetails;
import dev.milepost.raid.IssueService;
import dev.milepost.raid.IssueStatus;
import dev.milepost.raid.Priority;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportFixtures;
import dev.milepost.report.ReportService;
import dev.milepost.report.Written;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.milepost.report.mail.TestMail.deadSender;
import static dev.milepost.report.mail.TestMail.receivedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A published report, end to end through a real SMTP server in the test JVM (GreenMail):
 * it reaches exactly the program's stakeholders whose link says "receives weekly report"
 * (not archived ones, not the others), once each, as text and HTML with RFC 8058
 * unsubscribe headers; nothing is lost while SMTP is down; and the unsubscribe link works
 * without an account and cannot be altered.
 */
@IntegrationTest
@WithMockUser(username = "test-tpm", roles = "ADMIN")
class ReportMailTests {

	static final IsoWeek WEEK = IsoWeek.parse("2026-W10");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(39125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@Autowired
	ReportService reports;

	@Autowired
	OutboxWorker worker;

	@Autowired
	MailProperties properties;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UnsubscribeTokens tokens;

	@Autowired
	IssueService issues;

	Program program;

	String tag;

	String ada;

	String bob;

	String carl;

	String dora;

	long adaId;

	@BeforeEach
	void programWithStakeholders() {
		OutboxIsolation.parkQueuedMails(this.jdbc);
		this.program = this.data.program();
		Project project = this.data.project(this.program);
		this.tag = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		this.ada = "ada-" + this.tag + "@example.org";
		this.bob = "bob-" + this.tag + "@example.org";
		this.carl = "carl-" + this.tag + "@example.org";
		this.dora = "dora-" + this.tag + "@example.org";
		this.adaId = stakeholder("Ada " + this.tag, this.ada, false, true);
		stakeholder("Bob " + this.tag, this.bob, false, true);
		stakeholder("Carl " + this.tag, this.carl, false, false); // linked, but no weekly
																	// report
		stakeholder("Dora " + this.tag, this.dora, true, true); // archived
		ReportFixtures fixtures = new ReportFixtures(this.jdbc);
		long beta = fixtures.milestone(project, "Beta <release>", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17),
				null);
		// during the week: the forecast moved, a milestone was completed, a program-wide
		// risk was raised
		fixtures.forecastChange(beta, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17), "Vendor <late>",
				ReportFixtures.IN_WEEK);
		fixtures.milestone(project, "Pilot", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5),
				LocalDate.of(2026, 3, 6));
		fixtures.risk(this.program, null, "Vendor exit", 4, 5, ReportFixtures.IN_WEEK);
	}

	@Test
	void aPublishedReportReachesExactlyTheSubscribedStakeholdersOnceWithBothPartsAndTheUnsubscribeHeaders()
			throws Exception {
		this.reports.saveDraft(this.program.getId(), WEEK,
				new Written("On track <b>really</b>.", "- Beta shipped\n- Pilot signed", null, "", null, null), null);

		this.reports.publish(this.program.getId(), WEEK);
		assertThat(queuedFor(this.ada)).isEqualTo(1);
		this.worker.runOnce();
		this.worker.runOnce();

		assertThat(receivedBy(smtp, this.carl)).isEmpty();
		assertThat(receivedBy(smtp, this.dora)).isEmpty();
		assertThat(receivedBy(smtp, this.bob)).hasSize(1);
		List<MimeMessage> toAda = receivedBy(smtp, this.ada);
		assertThat(toAda).hasSize(1);
		MimeMessage mail = toAda.get(0);
		assertThat(mail.getSubject())
			.isEqualTo("Weekly report 2026-W10 · " + this.program.getKey() + " " + this.program.getName() + " · RED");

		String text = TestMail.part(mail, "text/plain");
		String key = this.jdbc.sql("select project_key from projects where program_id = ?")
			.param(this.program.getId())
			.query(String.class)
			.single();
		String html = TestMail.part(mail, "text/html");
		assertThat(text).contains(this.program.getName(), "Week 2026-W10, 2026-03-02 to 2026-03-08",
				"On track <b>really</b>.", "  - Beta shipped", "  - Pilot signed",
				"Escalations and decisions needed from leadership\nNothing is asked of leadership", "Beta <release>",
				"Moved: " + key + ": Beta <release> moved 2026-03-10 -> 2026-03-17 (+7 days): Vendor <late>",
				"Done: " + key + ": Pilot done on 2026-03-06 (variance 1 days)", "New: Vendor exit (score 20, Open)",
				"20  Vendor exit (program-wide, Risk Owner)", "Budget\nNo budget recorded.");
		assertThat(html)
			.contains(this.program.getName(), "On track &lt;b&gt;really&lt;/b&gt;.", "• Beta shipped",
					"Beta &lt;release&gt;", "<table role=\"presentation\"",
					key + ": Beta &lt;release&gt; moved 2026-03-10 -&gt; 2026-03-17 (+7 days): Vendor &lt;late&gt;",
					"✓ " + key + ": Pilot done on 2026-03-06", "Vendor exit (program-wide, Risk Owner)",
					"height:10px;width:80%;background-color:#b42318", "who gets its weekly report.",
					// the project health strip: one RED project fills it
					"width:100%;background-color:#b42318\">1 RED<")
			.doesNotContain("<b>really</b>", "<script", "<svg", "urn:milepost:unsubscribe");

		String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe)
			.startsWith("<http://localhost:8080/unsubscribe?token=r-" + this.program.getId() + "-" + this.adaId + ".");
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String link = unsubscribe.substring(1, unsubscribe.length() - 1);
		assertThat(html).contains("href=\"" + link + "\"");
		assertThat(text).contains(link);
		assertThat(GreenMailUtil.getBody(receivedBy(smtp, this.bob).get(0))).doesNotContain(link);
	}

	@Test
	void theMailCarriesTheEscalationsWithTheirNeededByDateAndTheCommentUnderThem() throws Exception {
		this.issues.create(new IssueDetails(this.program.getId(), null, "Contractors <urgent>", null, Priority.HIGH,
				this.data.owner().getId(), LocalDate.of(2026, 3, 3), null, IssueStatus.IN_PROGRESS, null,
				"Approve two contractors.", this.adaId, LocalDate.of(2026, 3, 5), null));
		this.reports.saveDraft(this.program.getId(), WEEK,
				new Written(null, null, null, "Without them the beta slips.", null, null), null);

		this.reports.publish(this.program.getId(), WEEK);
		this.worker.runOnce();

		MimeMessage mail = receivedBy(smtp, this.ada).get(0);
		String text = TestMail.part(mail, "text/plain");
		String html = TestMail.part(mail, "text/html");
		// needed by the 5th, published later: overdue
		assertThat(text)
			.contains("Escalations and decisions needed from leadership\nEscalations:\n"
					+ "  - Contractors <urgent> (program-wide): \u201cApprove two contractors.\u201d asked of Ada "
					+ this.tag + ", needed by 2026-03-05. [Overdue]\n"
					+ "Comment on the escalations:\nWithout them the beta slips.")
			.doesNotContain("Asks and escalations");
		assertThat(html)
			.contains(
					"Contractors &lt;urgent&gt; (program-wide): \u201cApprove two contractors.\u201d asked of Ada "
							+ this.tag + ", needed by 2026-03-05.",
					">Overdue<", "Comment on the escalations", "Without them the beta slips.")
			.doesNotContain("<urgent>");
		assertThat(html.indexOf("Without them the beta slips."))
			.isGreaterThan(html.indexOf("Approve two contractors."));
	}

	@Test
	void publishingSaysHowManyStakeholdersGetTheReport() {
		assertThat(this.mvc.post()
			.uri("/programs/{id}/reports/{week}/publish", this.program.getId(), WEEK)
			.with(csrf())
			.param("version", new ReportFixtures(this.jdbc).shownVersion(this.program.getId(), WEEK.toString())))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "Report of week 2026-W10 published; it goes out by e-mail to 2 stakeholders.");
	}

	@Test
	void theBudgetIsDrawnAsBarsOfPlannedAndSpent() throws Exception {
		this.jdbc.sql("update projects set budget_planned = 1000, budget_spent = 1200 where program_id = ?")
			.param(this.program.getId())
			.update();
		this.reports.publish(this.program.getId(), WEEK);
		this.worker.runOnce();

		MimeMessage mail = receivedBy(smtp, this.ada).get(0);
		assertThat(TestMail.part(mail, "text/html")).contains("background-color:#9ca3af;width:85%",
				"background-color:#b42318;width:100%", "1,200 spent of 1,000 planned");
		assertThat(TestMail.part(mail, "text/plain")).contains(": 1,200 spent of 1,000 planned")
			.doesNotContain("No budget recorded");
	}

	@Test
	void aCorrectionGoesOutAgainMarkedAsCorrected() throws Exception {
		this.reports.publish(this.program.getId(), WEEK);
		this.reports.correct(this.program.getId(), WEEK);
		this.reports.publish(this.program.getId(), WEEK);
		this.worker.runOnce();

		List<MimeMessage> toAda = receivedBy(smtp, this.ada);
		assertThat(toAda).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder(
					"Weekly report 2026-W10 · " + this.program.getKey() + " " + this.program.getName() + " · RED",
					"Corrected (v2): weekly report 2026-W10 · " + this.program.getKey() + " " + this.program.getName()
							+ " · RED");
	}

	@Test
	void whileSmtpIsDownReportMailsWaitAndAllArriveOnceWhenItIsBack() throws Exception {
		this.reports.publish(this.program.getId(), WEEK);
		OutboxWorker dead = new OutboxWorker(this.jdbc, deadSender(), this.properties, this.clock, "dead");
		dead.runOnce();
		assertThat(this.jdbc.sql("select status, attempts from mail_outbox where recipient in (:to)")
			.param("to", List.of(this.ada, this.bob))
			.query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2))
			.list()).containsExactly("PENDING/1", "PENDING/1");
		assertThat(receivedBy(smtp, this.ada)).isEmpty();

		this.jdbc.sql("update mail_outbox set next_attempt_at = :now where recipient in (:to)")
			.param("now", TestClock.runNowAtUtc().minusSeconds(1))
			.param("to", List.of(this.ada, this.bob))
			.update();
		this.worker.runOnce();
		this.worker.runOnce();

		assertThat(receivedBy(smtp, this.ada)).hasSize(1);
		assertThat(receivedBy(smtp, this.bob)).hasSize(1);
	}

	@Test
	void theUnsubscribeLinkWorksWithoutAnAccountAndStopsTheNextReport() throws Exception {
		this.reports.publish(this.program.getId(), WEEK);
		this.worker.runOnce();
		String header = receivedBy(smtp, this.ada).get(0).getHeader("List-Unsubscribe")[0];
		String token = header.substring(header.indexOf("token=") + 6, header.length() - 1);

		// a GET only asks (mail scanners open links)
		assertThat(this.mvc.get().uri("/unsubscribe").param("token", token).with(anonymous())).hasStatusOk()
			.bodyText()
			.contains("Stop sending the weekly report of " + this.program.getKey() + " · " + this.program.getName()
					+ " to a***@example.org?");
		assertThat(receivesWeeklyReport(this.adaId)).isTrue();

		// RFC 8058 one-click: a POST without session, cookie or CSRF token
		assertThat(this.mvc.post()
			.uri("/unsubscribe?token=" + token)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")
			.with(anonymous())).hasStatusOk().bodyText().contains("no longer receives the weekly report");
		assertThat(receivesWeeklyReport(this.adaId)).isFalse();
		assertThat(this.jdbc.sql("""
				select r.username from program_stakeholders_aud a join revisions r on r.id = a.rev
				where a.stakeholder_id = :s order by a.rev desc fetch first 1 rows only""")
			.param("s", this.adaId)
			.query(String.class)
			.single()).isEqualTo(this.ada + " (unsubscribe link)");

		// again: still fine, says so
		assertThat(this.mvc.post().uri("/unsubscribe").param("token", token).with(anonymous())).hasStatusOk()
			.bodyText()
			.contains("already been stopped");

		this.reports.publish(this.program.getId(), WEEK.next());
		this.worker.runOnce();
		assertThat(receivedBy(smtp, this.ada)).hasSize(1);
		assertThat(receivedBy(smtp, this.bob)).hasSize(2);
		// the second week's report says how health changed since the first
		String second = TestMail.part(receivedBy(smtp, this.bob).get(1), "text/plain");
		assertThat(second).contains("Week 2026-W11", "Overall health: RED (was RED in 2026-W10)");
		assertThat(TestMail.part(receivedBy(smtp, this.bob).get(0), "text/plain"))
			.contains("Overall health: RED (no earlier report)");
	}

	@Test
	void anAlteredOrForgedUnsubscribeLinkChangesNothing() throws Exception {
		long bobId = this.jdbc.sql("select id from stakeholders where email = ?")
			.param(this.bob)
			.query(Long.class)
			.single();
		String adas = this.tokens.sign(Unsubscription.report(this.program.getId(), this.adaId));
		String signature = adas.substring(adas.indexOf('.'));
		String forged = "r-" + this.program.getId() + "-" + bobId + signature; // Ada's
																				// signature
																				// on
																				// Bob's
																				// payload
		// the last character carries two unused bits: a variant in them must not pass
		// either
		char last = adas.charAt(adas.length() - 1);
		String flipped = adas.substring(0, adas.length() - 1) + (char) (last ^ 1);
		int middle = adas.indexOf('.') + 10;
		String altered = adas.substring(0, middle) + (adas.charAt(middle) == 'x' ? 'y' : 'x')
				+ adas.substring(middle + 1);

		for (String bad : List.of(forged, flipped, altered, "r-" + this.program.getId() + "-" + bobId, "",
				"not.a.token", adas + "x")) {
			assertThat(this.mvc.post().uri("/unsubscribe").param("token", bad).with(anonymous())).as(bad)
				.hasStatus(400)
				.bodyText()
				.contains("This unsubscribe link is not valid");
			assertThat(this.mvc.get().uri("/unsubscribe").param("token", bad).with(anonymous())).hasStatus(400);
		}
		assertThat(this.mvc.post().uri("/unsubscribe").with(anonymous())).hasStatus(400);
		assertThat(receivesWeeklyReport(bobId)).isTrue();
		assertThat(receivesWeeklyReport(this.adaId)).isTrue();
		assertThat(this.tokens.verify(adas)).contains(Unsubscription.report(this.program.getId(), this.adaId));
	}

	@Test
	void withoutAConfiguredSecretTheGeneratedKeyIsKeptSoLinksOutliveARestart() {
		UnsubscribeTokens restarted = new UnsubscribeTokens(this.properties, this.jdbc, this.clock);
		String token = this.tokens.sign(Unsubscription.digestOfUser(7));
		assertThat(restarted.verify(token)).contains(Unsubscription.digestOfUser(7));
		MailProperties configured = new MailProperties(null, 0, null, null, null, 0,
				"a-configured-secret-of-at-least-32-characters");
		UnsubscribeTokens other = new UnsubscribeTokens(configured, this.jdbc, this.clock);
		assertThat(other.verify(token)).isEmpty();
		assertThat(other.verify(other.sign(Unsubscription.digestOfUser(7)))).contains(Unsubscription.digestOfUser(7));
	}

	private long stakeholder(String name, String email, boolean archived, boolean weekly) {
		OffsetDateTime now = TestClock.runNowAtUtc();
		this.jdbc.sql("""
				insert into stakeholders (name, email, influence, interest, archived, created_at, updated_at)
				values (:name, :email, 'HIGH', 'HIGH', :archived, :now, :now)""")
			.param("name", name)
			.param("email", email)
			.param("archived", archived)
			.param("now", now)
			.update();
		long id = this.jdbc.sql("select id from stakeholders where email = ?").param(email).query(Long.class).single();
		this.jdbc.sql("""
				insert into program_stakeholders (program_id, stakeholder_id, raci_role, receives_weekly_report,
				created_at, updated_at) values (:p, :s, 'INFORMED', :weekly, :now, :now)""")
			.param("p", this.program.getId())
			.param("s", id)
			.param("weekly", weekly)
			.param("now", now)
			.update();
		return id;
	}

	private boolean receivesWeeklyReport(long stakeholderId) {
		return this.jdbc.sql(
				"select receives_weekly_report from program_stakeholders where program_id = :p and stakeholder_id = :s")
			.param("p", this.program.getId())
			.param("s", stakeholderId)
			.query(Boolean.class)
			.single();
	}

	private long queuedFor(String address) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient = ?")
			.param(address)
			.query(Long.class)
			.single();
	}

}
