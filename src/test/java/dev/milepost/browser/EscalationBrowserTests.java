package dev.milepost.browser;

import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.Project;
import dev.milepost.report.IsoWeek;
import dev.milepost.risk.RiskCategory;
import dev.milepost.risk.RiskDetails;
import dev.milepost.risk.RiskResponse;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskStatus;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.StakeholderData;
import dev.milepost.stakeholder.StakeholderService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 13's loop in the browser: a TPM raises an issue from a risk that occurred,
 * escalates it to a stakeholder with a needed-by date, and finds the escalation drafted
 * into this week's report; a leader then finds it in the digest preview under the
 * program, with the date, and follows its link back to the issue. The portfolio is
 * emptied first, so the digest lists exactly this program's ask. Screenshots go to
 * {@code target/escalation-*.png}.
 */
@IntegrationTest
class EscalationBrowserTests {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	@LocalServerPort
	int port;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	TestData data;

	@Autowired
	ProgramService programs;

	@Autowired
	RiskService risks;

	@Autowired
	StakeholderService stakeholders;

	@Autowired
	Clock clock;

	@Test
	void anIssueRaisedFromAnOccurredRiskAndEscalatedIsInTheDraftReportAndTheDigest(Page page) {
		this.portfolio.clean();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate neededBy = today.plusDays(3);
		String week = IsoWeek.current(this.clock).toString();
		String key = TestData.uniqueKey();
		String lower = key.toLowerCase(Locale.ROOT);
		User tpm = this.data.user("escalating-tpm-" + lower, Role.TPM);
		User leader = this.data.user("digest-reader-" + lower, Role.VIEWER);
		Program program = Handover.to(tpm, this.data.program(key), this.programs, today);
		Project project = this.data.project(program);
		String riskTitle = "Payment vendor went bust " + key;
		Long risk = this.risks
			.create(new RiskDetails(program.getId(), project.getId(), riskTitle, "Their last day was Friday.",
					RiskCategory.TECHNICAL, 4, 5, "Rita Owner", RiskResponse.REDUCE, null, null, RiskStatus.OCCURRED,
					today.minusDays(20)))
			.getId();
		String cfo = "Dana Finance " + key;
		Long cfoId = this.stakeholders
			.create(new StakeholderData(cfo, "dana-" + lower + "@example.org", "CFO", null, Level.HIGH, Level.HIGH))
			.getId();
		String ask = "Approve two contractors for the switch-over";
		Site site = new Site(page, this.port);

		// raise: the form comes filled in from the risk
		site.signIn(tpm);
		site.open("/risks/" + risk);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise as issue")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("New issue");
		assertThat(page.getByLabel("Title")).hasValue(riskTitle);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*/issues/\\d+$"));
		String issuePath = page.url().substring(page.url().indexOf("/issues/"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(riskTitle);
		assertThat(page.getByText("Not escalated")).isVisible();

		// escalate
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)).click();
		page.getByLabel("The ask: what is needed").fill(ask);
		page.getByLabel("Of whom").selectOption(cfoId.toString());
		page.getByLabel("Needed by").fill(neededBy.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(page).hasURL(site.url(issuePath));
		assertThat(page.locator("dd").filter(new Locator.FilterOptions().setHasText(ask))).containsText(cfo);
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/escalation-issue.png")));

		// the draft of this week's report lists it among what is asked of leadership
		site.open("/programs/" + program.getId());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weekly reports")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("This week (" + week + ")")).click();
		assertThat(page.locator("#report-status")).hasText("Draft");
		Locator drafted = page.locator("#register-escalations li");
		assertThat(drafted).hasCount(1);
		assertThat(drafted).containsText(riskTitle);
		assertThat(drafted).containsText(ask);
		assertThat(drafted).containsText("asked of " + cfo);
		assertThat(drafted).containsText("needed by " + neededBy);
		assertThat(page.locator("#register-opened li")).containsText(riskTitle);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Paths.get("target/escalation-report.png")).setFullPage(true));

		// a leader who signs in finds it in the digest preview, under the program, and
		// follows it back to the issue
		page.context().clearCookies();
		site.signIn(leader);
		site.open("/reports/digest/" + week);
		Locator group = page.locator("#leadership-" + program.getKey());
		assertThat(group).containsText(program.getKey());
		Locator asked = page.locator("#leadership-asks li");
		assertThat(asked).hasCount(1);
		assertThat(asked).containsText(riskTitle);
		assertThat(asked).containsText(ask);
		assertThat(asked).containsText("needed by " + neededBy);
		assertThat(asked).containsText("asked of " + cfo);
		assertThat(page.locator("#leadership-summary")).containsText("1 ask");
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Paths.get("target/escalation-digest.png")).setFullPage(true));
		asked.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(riskTitle)).click();
		assertThat(page).hasURL(site.url(issuePath));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(riskTitle);
		// read only for the leader
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)))
			.hasCount(0);
	}

}
