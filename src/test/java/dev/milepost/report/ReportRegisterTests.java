package dev.milepost.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.raid.ActionStatus;
import dev.milepost.raid.Decision;
import dev.milepost.raid.Issue;
import dev.milepost.report.ReportContent.IssueLine;
import dev.milepost.report.ReportContent.Register;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.milepost.report.ReportFixtures.WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The register lists of a weekly report (week 10 of 2026: Monday 2 to Sunday 8 March),
 * drafted from issues, decisions, actions and change requests made through the raid
 * services at pinned moments of the clock: which entries belong to the week, that a
 * published report keeps them as they were, and where they are shown.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class ReportRegisterTests {

	/** One hour ahead of UTC in March: its Monday begins on Sunday 23:00 UTC. */
	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportDrafter drafter;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	JsonMapper json;

	@Autowired
	StatementCounter counter;

	RegisterFixtures register;

	Program program;

	@BeforeEach
	void program() {
		this.register = RegisterFixtures.of(this.context);
		this.program = this.data.program();
		this.data.project(this.program);
	}

	String url() {
		return "/programs/" + this.program.getId() + "/reports/" + WEEK;
	}

	String page(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	void publish() {
		assertThat(this.mvc.post()
			.uri(url() + "/publish")
			.with(csrf())
			.param("version", new ReportFixtures(this.jdbc).shownVersion(this.program.getId(), WEEK.toString()))
			.exchange()).hasStatus(HttpStatus.FOUND);
	}

	static LocalDateTime at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2026, month, day, hour, minute);
	}

	@Test
	void theWeekIsReckonedInTheConfiguredZone() {
		this.register.clock().setZone(BERLIN);
		this.register.issue(this.program, "Raised Sunday before", at(3, 1, 23, 30));
		this.register.issue(this.program, "Raised Monday just after midnight", at(3, 2, 0, 10));
		this.register.issue(this.program, "Raised the last Sunday late", at(3, 8, 23, 30));
		this.register.issue(this.program, "Raised the next Monday", at(3, 9, 0, 10));
		Issue lastWeek = this.register.issue(this.program, "Resolved last week", at(2, 20, 9, 0));
		this.register.resolve(lastWeek, at(2, 27, 16, 0));
		Issue thisWeek = this.register.issue(this.program, "Resolved this week", at(2, 20, 9, 0));
		this.register.resolve(thisWeek, at(3, 4, 11, 0));
		Issue lateSunday = this.register.issue(this.program, "Resolved Sunday night", at(2, 20, 9, 0));
		this.register.resolve(lateSunday, at(3, 1, 23, 30));
		this.register.at(at(3, 6, 12, 0));

		Register lists = this.drafter.draft(this.program.getId(), WEEK).register();

		assertThat(lists.opened()).extracting(IssueLine::title)
			.containsExactly("Raised Monday just after midnight", "Raised the last Sunday late");
		assertThat(lists.opened()).extracting(IssueLine::day)
			.containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8));
		assertThat(lists.resolved()).singleElement().satisfies((issue) -> {
			assertThat(issue.title()).isEqualTo("Resolved this week");
			assertThat(issue.status()).isEqualTo("RESOLVED");
			assertThat(issue.day()).isEqualTo(LocalDate.of(2026, 3, 4));
		});
	}

	@Test
	void asksDecisionsActionsAndApprovedChangesOfTheWeekAreDrafted() {
		Long cfo = this.register.stakeholder("Cleo Finance");
		this.register.escalated(this.program, "Contractors", "Approve two contractors.", cfo, LocalDate.of(2026, 3, 5),
				at(2, 20, 9, 0));
		this.register.escalated(this.program, "Test lab", "Book the lab.", cfo, LocalDate.of(2026, 3, 10),
				at(2, 21, 9, 0));
		Issue gone = this.register.escalated(this.program, "Solved escalation", "Nothing.", cfo,
				LocalDate.of(2026, 3, 3), at(2, 21, 9, 0));
		this.register.resolve(gone, at(2, 25, 9, 0));
		this.register.at(at(2, 22, 9, 0));
		this.register.neededDecision(this.program, "Vendor choice", cfo, LocalDate.of(2026, 3, 4));
		this.register.neededDecision(this.program, "Someday decision", null, null);
		this.register.decide(this.register.neededDecision(this.program, "Decided already", cfo, null));
		this.register.action(this.program, "Overdue action", LocalDate.of(2026, 3, 1), ActionStatus.OPEN);
		this.register.action(this.program, "Due next week", LocalDate.of(2026, 3, 15), ActionStatus.OPEN);
		this.register.action(this.program, "Due later", LocalDate.of(2026, 3, 16), ActionStatus.OPEN);
		this.register.action(this.program, "Done action", LocalDate.of(2026, 3, 3), ActionStatus.DONE);
		this.register.approvedChange(this.program, "Approved last week", at(2, 27, 10, 0));
		this.register.approvedChange(this.program, "Approved this week", at(3, 4, 10, 0));
		this.register.at(at(3, 6, 12, 0));

		Register lists = this.drafter.draft(this.program.getId(), WEEK).register();

		assertThat(lists.escalations()).satisfiesExactly((e) -> {
			assertThat(e.title()).isEqualTo("Contractors");
			assertThat(e.ask()).isEqualTo("Approve two contractors.");
			assertThat(e.escalatedTo()).isEqualTo("Cleo Finance");
			assertThat(e.neededBy()).isEqualTo(LocalDate.of(2026, 3, 5));
			assertThat(e.overdue()).isTrue();
		}, (e) -> {
			assertThat(e.title()).isEqualTo("Test lab");
			assertThat(e.overdue()).isFalse();
		});
		assertThat(lists.decisions()).satisfiesExactly((d) -> {
			assertThat(d.title()).isEqualTo("Vendor choice");
			assertThat(d.decider()).isEqualTo("Cleo Finance");
			assertThat(d.overdue()).isTrue();
		}, (d) -> {
			assertThat(d.title()).isEqualTo("Someday decision");
			assertThat(d.neededBy()).isNull();
			assertThat(d.overdue()).isFalse();
		});
		assertThat(lists.actions()).extracting(ReportContent.ActionLine::title, ReportContent.ActionLine::overdue)
			.containsExactly(org.assertj.core.api.Assertions.tuple("Overdue action", true),
					org.assertj.core.api.Assertions.tuple("Due next week", false));
		assertThat(lists.approvedChanges()).singleElement().satisfies((c) -> {
			assertThat(c.title()).isEqualTo("Approved this week");
			assertThat(c.approvedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
			assertThat(c.requestedBy()).isEqualTo("Sam Sponsor");
		});

		// the draft page shows them, the overdue ones marked
		String draft = page(url());
		assertThat(draft)
			.contains("id=\"register-escalations\"", "Approve two contractors.", "Cleo Finance", "2026-03-05",
					"id=\"register-decisions\"", "Vendor choice", "id=\"register-actions\"", "Overdue action",
					"id=\"register-changes\"", "Approved this week", "Overdue")
			.doesNotContain("Solved escalation", "Decided already", "Due later", "Done action", "Approved last week");
	}

	@Test
	void aPublishedReportKeepsItsRegisterListsAsTheyWere() throws Exception {
		Long cfo = this.register.stakeholder("Cleo Finance");
		Issue escalated = this.register.escalated(this.program, "Contractors", "Approve two contractors.", cfo,
				LocalDate.of(2026, 3, 9), at(3, 3, 9, 0));
		Decision decision = this.register.neededDecision(this.program, "Vendor choice", cfo, LocalDate.of(2026, 3, 12));
		this.register.at(at(3, 6, 12, 0));
		assertThat(this.mvc.post()
			.uri(url())
			.with(csrf())
			.param("asks", "Please decide by Monday.")
			.param("decisions", "Vendor A is cheaper.")
			.exchange()).hasStatus(HttpStatus.FOUND);
		publish();
		String pageBefore = ReportPdfTests.reportPart(page(url()));
		String pdfBefore = ReportPdfTests.text(pdf());

		// after publishing: the issue resolved, the decision decided, titles edited
		this.register.rename(escalated, "Contractors renamed");
		this.register.resolve(escalated, at(3, 7, 9, 0));
		this.register.decide(decision);
		this.register.at(at(3, 7, 10, 0));

		String published = ReportPdfTests.reportPart(page(url()));
		assertThat(published).isEqualTo(pageBefore);
		assertThat(published)
			.contains("Contractors (program-wide): \u201cApprove two contractors.\u201d asked of Cleo Finance",
					"Vendor choice", "Please decide by Monday.", "Comment on the escalations", "Vendor A is cheaper.",
					"Comment on the decisions needed")
			.doesNotContain("Contractors renamed");
		// the comment comes right under its list
		assertThat(published.indexOf("id=\"written-asks\""))
			.isGreaterThan(published.indexOf("id=\"register-escalations\""))
			.isLessThan(published.indexOf("id=\"register-decisions\""));
		assertThat(published.indexOf("id=\"written-decisions\""))
			.isGreaterThan(published.indexOf("id=\"register-decisions\""));

		String pdf = ReportPdfTests.text(pdf());
		assertThat(pdf).isEqualTo(pdfBefore)
			.contains("Approve two contractors.", "Vendor choice", "Please decide by Monday.");
		assertThat(pdf).doesNotContain("renamed");

		// next week's draft no longer has them: the diff shows them gone
		String diff = page("/programs/" + this.program.getId() + "/reports/2026-W11/diff");
		assertThat(diff).contains("id=\"diff-escalations\"", "id=\"diff-decisions\"");
		String gone = diff.substring(diff.indexOf("id=\"diff-escalations\""), diff.indexOf("id=\"diff-budget\""));
		assertThat(gone)
			.contains("Gone", "Contractors (program-wide): \u201cApprove two contractors.\u201d asked of Cleo Finance",
					"Vendor choice")
			.doesNotContain("renamed");
	}

	@Test
	void anOldSnapshotWithoutRegisterListsRendersAsBefore() {
		String old = ReportFixtures.oldSnapshot(WEEK.toString(), "GREEN", "APP", "AMBER");
		ReportContent content = this.json.readValue(old, ReportContent.class);
		assertThat(content.register()).isNull();

		new ReportFixtures(this.jdbc).storedReport(this.program, WEEK.toString(), 1, "PUBLISHED", old);
		this.jdbc.sql("update status_reports set asks = 'Old ask text', decisions = null where program_id = ?")
			.param(this.program.getId())
			.update();

		String html = page(url());
		assertThat(html).contains("Asks and escalations", "Old ask text")
			.doesNotContain("id=\"leadership\"", "id=\"register-week\"", "id=\"nothing-asked\"",
					"Comment on the escalations");
		assertThat(html).containsPattern("id=\"written-asks\"[^>]*>Old ask text<");
		assertThat(ReportPdfTests.text(pdf())).contains("Asks and escalations", "Old ask text");
		// compared with a newer draft, the lists are not compared (nothing to compare
		// with)
		assertThat(page("/programs/" + this.program.getId() + "/reports/2026-W11/diff"))
			.contains("id=\"diff-register-not-compared\"");
	}

	@Test
	void registerTextIsEscaped() {
		Long cfo = this.register.stakeholder("Cleo <i>Finance</i>");
		this.register.escalated(this.program, "<script>alert(1)</script>", "Ask <b>now</b>", cfo,
				LocalDate.of(2026, 3, 9), at(3, 3, 9, 0));
		this.register.at(at(3, 6, 12, 0));
		publish();

		String html = page(url());
		assertThat(html)
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Ask &lt;b&gt;now&lt;/b&gt;",
					"Cleo &lt;i&gt;Finance&lt;/i&gt;")
			.doesNotContain("<script>alert(1)", "<b>now</b>", "<i>Finance</i>");
		assertThat(ReportPdfTests.text(pdf())).contains("<script>alert(1)</script>");
	}

	@Test
	void theReportPagesReadTheRegisterInAFixedNumberOfStatements() {
		Program big = this.data.program();
		this.data.project(big);
		Long cfo = this.register.stakeholder("Cleo Finance");
		for (int i = 0; i < 10; i++) {
			this.register.escalated(big, "Escalation " + i, "Ask " + i, cfo, LocalDate.of(2026, 3, 9), at(3, 3, 9, i));
			this.register.issue(big, "Opened " + i, at(3, 4, 9, i));
			this.register.neededDecision(big, "Decision " + i, cfo, LocalDate.of(2026, 3, 12));
			this.register.action(big, "Action " + i, LocalDate.of(2026, 3, 6), ActionStatus.OPEN);
			this.register.approvedChange(big, "Change " + i, at(3, 5, 9, i));
		}
		Long small = this.program.getId();
		this.register.escalated(this.program, "Only escalation", "Ask", cfo, LocalDate.of(2026, 3, 9), at(3, 3, 9, 0));
		this.register.at(at(3, 6, 12, 0));

		int smallDraft = statements("/programs/" + small + "/reports/" + WEEK);
		int bigDraft = statements("/programs/" + big.getId() + "/reports/" + WEEK);
		assertThat(bigDraft).as("draft page: %s", this.counter.statements()).isEqualTo(smallDraft);
		// 13 before the register lists, plus their one statement
		assertThat(bigDraft).as("draft page: %s", this.counter.statements()).isLessThanOrEqualTo(14);
	}

	int statements(String uri) {
		this.counter.reset();
		page(uri);
		return this.counter.count();
	}

	byte[] pdf() {
		MvcTestResult result = this.mvc.get().uri(url() + ".pdf").exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

}
