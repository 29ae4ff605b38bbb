package dev.milepost.report.digest;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.dashboard.PageHtml;
import dev.milepost.portfolio.Program;
import dev.milepost.raid.RegisterRows;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.digest.DigestContent.AskGroup;
import dev.milepost.report.digest.DigestContent.LeadershipAsk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * "Asked of leadership this week": the register's open escalations and needed decisions
 * of the whole portfolio in the digest, grouped by program and by needed-by date with the
 * overdue ones first, on the page, frozen when published, and old digests without the
 * section still shown. Each test starts from an empty portfolio.
 */
@IntegrationTest
class DigestLeadershipAsksTests {

	@Autowired
	DigestDrafter drafter;

	@Autowired
	DigestService digests;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StatementCounter counter;

	@Autowired
	Clock clock;

	DigestFixtures fixtures;

	RegisterRows rows;

	LocalDate today;

	IsoWeek week;

	long owner;

	@BeforeEach
	void clean() {
		this.portfolio.clean();
		this.fixtures = new DigestFixtures(this.jdbc, this.data);
		this.rows = new RegisterRows(this.jdbc);
		this.today = LocalDate.now(this.clock);
		this.week = IsoWeek.current(this.clock);
		this.owner = this.data.owner().getId();
	}

	@Test
	void listsOpenEscalationsAndNeededDecisionsByProgramOverdueFirstAndNothingElse() {
		long cfo = this.rows.stakeholder("Dana CFO", "dana-cfo@example.org");
		// a program that published no report: its escalation three days overdue leads
		Program silent = this.data.program();
		long late = this.rows.escalation(silent, null, "Build farm down", "IN_PROGRESS", this.owner,
				"Approve two contractors", cfo, this.today.minusDays(3));
		long soon = this.rows.decision(silent, "Cut scope or move the date", "NEEDED", this.today.plusDays(5), cfo);
		long undated = this.rows.decision(silent, "Pick a vendor", "NEEDED", null, null);
		// left out: resolved, closed and archived issues, decided and archived decisions
		this.rows.escalation(silent, null, "Resolved escalation", "RESOLVED", this.owner, "Old ask", cfo,
				this.today.minusDays(9));
		this.rows.escalation(silent, null, "Closed escalation", "CLOSED", this.owner, "Old ask", cfo,
				this.today.minusDays(9));
		this.rows.archive("issues", this.rows.escalation(silent, null, "Archived escalation", "OPEN", this.owner,
				"Old ask", cfo, this.today.minusDays(9)));
		this.rows.decision(silent, "Decided decision", "DECIDED", this.today.minusDays(9), cfo);
		this.rows.archive("decisions",
				this.rows.decision(silent, "Archived decision", "NEEDED", this.today.minusDays(9), cfo));
		this.rows.issue(silent, "Not escalated", "OPEN", this.owner, this.today.minusDays(9));
		// a program that reported: its decision ten days overdue puts it first
		Program reporting = this.data.program();
		this.fixtures.report(reporting, this.week, 1, "PUBLISHED", "Typed ask");
		long tomorrow = this.rows.escalation(reporting, this.data.project(reporting).getId(), "Vendor contract", "OPEN",
				this.owner, "Sign by Friday", cfo, this.today.plusDays(1));
		long overdue = this.rows.decision(reporting, "Hosting region", "NEEDED", this.today.minusDays(10), cfo);
		// an archived program's asks are left out
		Program archived = this.data.program();
		this.rows.escalation(archived, null, "Archived program ask", "OPEN", this.owner, "Anything", cfo,
				this.today.minusDays(20));
		this.rows.archive("programs", archived.getId());
		// a program with nothing asked has no group
		this.data.program();

		DigestContent content = this.drafter.draft(this.week);

		DigestContent.LeadershipAsks asks = content.askedOfLeadership();
		assertThat(asks.programs()).extracting((g) -> g.program().key())
			.containsExactly(reporting.getKey(), silent.getKey());
		assertThat(asks.programs().get(0).asks()).extracting(LeadershipAsk::id).containsExactly(overdue, tomorrow);
		assertThat(asks.programs().get(1).asks()).extracting(LeadershipAsk::id).containsExactly(late, soon, undated);
		assertThat(asks.total()).isEqualTo(5);
		assertThat(asks.more()).isZero();
		assertThat(asks.overdue()).isEqualTo(2);

		LeadershipAsk first = ask(asks.programs().get(1), late);
		assertThat(first.kind()).isEqualTo("ESCALATION");
		assertThat(first.title()).isEqualTo("Build farm down");
		assertThat(first.ask()).isEqualTo("Approve two contractors");
		assertThat(first.askedOf()).isEqualTo("Dana CFO");
		assertThat(first.neededBy()).isEqualTo(this.today.minusDays(3));
		assertThat(first.daysOverdue()).isEqualTo(3);
		assertThat(first.path()).isEqualTo("/issues/" + late);
		LeadershipAsk decision = ask(asks.programs().get(0), overdue);
		assertThat(decision.kind()).isEqualTo("DECISION");
		assertThat(decision.daysOverdue()).isEqualTo(10);
		assertThat(decision.path()).isEqualTo("/decisions/" + overdue);
		assertThat(ask(asks.programs().get(0), tomorrow).daysOverdue()).isZero();
		assertThat(ask(asks.programs().get(0), tomorrow).projectKey()).isNotNull();
		assertThat(ask(asks.programs().get(1), undated).neededBy()).isNull();
		// the typed asks of the reports stay as they were
		assertThat(content.asks()).extracting(DigestContent.Ask::text).containsExactly("Typed ask");
		assertThat(content.withoutReport()).extracting(DigestContent.ProgramRef::key).contains(silent.getKey());
	}

	@Test
	void thePreviewShowsTheAsksOverdueFirstWithTheirDatesAndLinksAndEscapesTitles() {
		long cfo = this.rows.stakeholder("Dana <CFO>", "dana2@example.org");
		Program program = this.data.program();
		long decision = this.rows.decision(program, "Approve <script>alert(1)</script>", "NEEDED",
				this.today.plusDays(4), cfo);
		long escalation = this.rows.escalation(program, null, "Build farm down", "OPEN", this.owner,
				"Two <b>contractors</b>", cfo, this.today.minusDays(1));

		String html = page("/reports/digest/" + this.week, "leader", "VIEWER");

		String section = PageHtml.section(html, "leadership-asks");
		assertThat(section).contains(program.getKey() + " · Program " + program.getKey())
			.contains("href=\"/issues/" + escalation + "\"")
			.contains("href=\"/decisions/" + decision + "\"")
			.contains("1 day overdue")
			.contains("needed by " + this.today.minusDays(1))
			.contains("needed by " + this.today.plusDays(4))
			.contains("Two &lt;b&gt;contractors&lt;/b&gt;")
			.contains("asked of Dana &lt;CFO&gt;")
			.contains("Approve &lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<b>contractors");
		assertThat(section.indexOf("/issues/" + escalation)).as("the overdue escalation comes first")
			.isLessThan(section.indexOf("/decisions/" + decision));
		assertThat(PageHtml.section(html, "leadership-summary")).contains("2 asks").contains("1 overdue");
		assertThat(html.indexOf("id=\"digest-leadership\"")).as("placed before the typed asks")
			.isLessThan(html.indexOf("id=\"digest-asks\""));
	}

	@Test
	void withNothingAskedTheSectionSaysSo() {
		Program program = this.data.program();
		this.rows.decision(program, "Decided already", "DECIDED", this.today, null);

		assertThat(this.drafter.draft(this.week).askedOfLeadership().programs()).isEmpty();
		String html = page("/reports/digest/" + this.week, "leader", "VIEWER");
		assertThat(PageHtml.section(html, "leadership-none")).contains("Nothing is asked of leadership");
	}

	@Test
	void aPublishedDigestKeepsTheAsksAsTheyWereAndAnOldOneWithoutThemStillRenders() {
		IsoWeek published = this.week.previous();
		long cfo = this.rows.stakeholder("Dana CFO", "dana3@example.org");
		Program program = this.data.program();
		long escalation = this.rows.escalation(program, null, "Frozen escalation", "OPEN", this.owner, "Decide", cfo,
				this.today.plusDays(2));
		StoredDigest digest = this.digests.publish(published).digest();
		this.jdbc.sql("update issues set status = 'RESOLVED', resolution = 'Done' where id = :id")
			.param("id", escalation)
			.update();

		assertThat(this.digests.content(this.digests.find(published).orElseThrow()).askedOfLeadership().programs())
			.flatExtracting(AskGroup::asks)
			.extracting(LeadershipAsk::title)
			.containsExactly("Frozen escalation");
		assertThat(PageHtml.section(page("/reports/digest/" + published, "leader", "VIEWER"), "leadership-asks"))
			.contains("Frozen escalation");
		assertThat(this.drafter.draft(published).askedOfLeadership().programs()).isEmpty();

		// a digest stored before the register existed has no such field
		this.jdbc.sql("update digests set snapshot = (snapshot::jsonb - 'askedOfLeadership')::text where id = :id")
			.param("id", digest.id())
			.update();
		StoredDigest old = this.digests.find(published).orElseThrow();
		assertThat(old.snapshot()).doesNotContain("askedOfLeadership");
		DigestContent content = this.digests.content(old);
		assertThat(content.askedOfLeadership()).isNull();
		assertThat(content.week()).isEqualTo(published.toString());
		String html = page("/reports/digest/" + published, "leader", "VIEWER");
		assertThat(html).doesNotContain("id=\"digest-leadership\"")
			.doesNotContain("Frozen escalation")
			.contains("id=\"digest-asks\"")
			.contains("id=\"digest-risks\"");
	}

	@Test
	void thePreviewStatementsDoNotGrowWithTheAsks() {
		addPrograms(1, 1);
		int small = previewStatements();
		List<String> smallStatements = this.counter.statements();

		addPrograms(10, 10);
		int large = previewStatements();

		assertThat(this.drafter.draft(this.week).askedOfLeadership().total()).isEqualTo(2 + 10 * 10 * 2);
		assertThat(large)
			.as("statements: small %d %s, large %d %s", small, smallStatements, large, this.counter.statements())
			.isEqualTo(small);
		System.out.println("Digest preview: " + small + " statements with 2 asks and with 202");
	}

	/** Programs with {@code each} escalations and as many needed decisions. */
	private void addPrograms(int programs, int each) {
		long cfo = this.rows.stakeholder("Sam " + TestData.uniqueKey(), TestData.uniqueKey() + "@example.org");
		for (int p = 0; p < programs; p++) {
			Program program = this.data.program();
			for (int i = 0; i < each; i++) {
				this.rows.escalation(program, null, "Escalation " + i, "OPEN", this.owner, "Ask " + i, cfo,
						this.today.plusDays(i - 3));
				this.rows.decision(program, "Decision " + i, "NEEDED", this.today.plusDays(i - 5), cfo);
			}
		}
		this.fixtures.touchHealth();
	}

	/** The statements of a rendering after one unmeasured one (caches warm). */
	private int previewStatements() {
		page("/reports/digest/" + this.week, "leader", "VIEWER");
		this.counter.reset();
		page("/reports/digest/" + this.week, "leader", "VIEWER");
		return this.counter.count();
	}

	private static LeadershipAsk ask(AskGroup group, long id) {
		return group.asks().stream().filter((a) -> a.id() == id).findFirst().orElseThrow();
	}

	private String page(String uri, String username, String role) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user(username).roles(role)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
