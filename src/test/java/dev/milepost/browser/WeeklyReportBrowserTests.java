package dev.milepost.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.Project;
import dev.milepost.report.IsoWeek;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A TPM writes this week's status report of a program in the browser, saves the draft,
 * reviews and publishes it, and the published report shows the written sections exactly
 * as typed.
 */
@IntegrationTest
class WeeklyReportBrowserTests {

	// a tag, an entity and a line break: shown as typed, neither interpreted nor lost
	private static final String SUMMARY = "Beta is live for 5 pilot customers: <Acme> & \"Globex\" signed, R&amp;D"
			+ " approved.\nData migration starts on Monday.";

	private static final String HIGHLIGHTS = "Checkout latency down 40% after the cache change.";

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	ProgramService programs;

	@Autowired
	MilestoneService milestones;

	@Autowired
	Clock clock;

	@Test
	void draftsSavesAndPublishesThisWeeksReportWithTheTextAsTyped(Page page) {
		LocalDate today = LocalDate.now(this.clock);
		String week = IsoWeek.current(this.clock).toString();
		String key = TestData.uniqueKey();
		User tpm = this.data.user("browser-reporter-" + key.toLowerCase(Locale.ROOT), Role.TPM);
		Program program = Handover.to(tpm, this.data.program(key), this.programs, today);
		Project project = this.data.project(program);
		this.milestones.create(project.getId(), "Pilot onboarding", null, "Pia", today.plusDays(14), null,
				MilestoneStatus.IN_PROGRESS, null);
		Site site = new Site(page, this.port);

		site.signIn(tpm);
		site.open("/programs/" + program.getId());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weekly reports")).click();
		assertThat(page.getByText("No reports yet.")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("This week (" + week + ")")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText(program.getLabel() + ": week " + week);
		assertThat(page.locator("#report-status")).hasText("Draft");

		page.getByLabel("Summary").fill(SUMMARY);
		page.getByLabel("Highlights").fill(HIGHLIGHTS);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
		assertThat(page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Draft of week " + week + " saved."))).isVisible();
		assertThat(page.getByLabel("Summary")).hasValue(SUMMARY);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and publish")).click();
		assertThat(page.locator("#recipients-heading")).containsText("No stakeholder of the program receives");
		assertThat(page.locator("#written-lowlights")).hasCount(0);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Report of week " + week + " published"))).isVisible();
		assertThat(page.locator("#report-status")).hasText("Published");
		assertThat(page.locator("#published-line")).containsText("published by " + tpm.getUsername());
		assertThat(page.locator("#report-form")).hasCount(0);
		assertThat(page.locator("#written-summary")).isVisible();
		// textContent, as hasText normalises whitespace: the exact characters typed
		assertEquals(SUMMARY, page.locator("#written-summary").textContent());
		assertEquals(HIGHLIGHTS, page.locator("#written-highlights").textContent());
		// a section left empty is left out, not printed as "Not written."
		assertThat(page.locator("#written-lowlights")).hasCount(0);
	}

}
