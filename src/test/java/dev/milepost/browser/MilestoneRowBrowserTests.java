package dev.milepost.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.Project;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A TPM moves a milestone's forecast in its row on the project page: htmx posts the row's
 * form and swaps the row in place, so the page stays (a marker set on {@code window}
 * survives) while the row shows the new date and the slip recomputed against the
 * baseline.
 */
@IntegrationTest
class MilestoneRowBrowserTests {

	private static final String MARKER = "() => { window.milepostMarker = 'page not reloaded'; }";

	private static final String READ_MARKER = "() => window.milepostMarker";

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
	void movesAForecastInItsRowWithAReasonAndShowsTheNewSlipWithoutReloadingThePage(Page page) {
		LocalDate today = LocalDate.now(this.clock);
		Setup setup = programWithAMilestone(today);
		Site site = new Site(page, this.port);
		site.signIn(setup.tpm());
		openProjectFromItsProgram(page, site, setup);
		Locator row = page.locator("#milestone-" + setup.milestone().getId());
		assertThat(row.locator("td.num")).hasText("0");
		page.evaluate(MARKER);

		LocalDate moved = setup.baseline().plusDays(9);
		row.getByLabel("Forecast").fill(moved.toString());
		row.getByLabel("Reason for the change").fill("Vendor API arrives a week late");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

		assertThat(row.getByRole(AriaRole.STATUS)).hasText("Saved");
		assertThat(row.locator("td.num")).hasText("+9");
		assertThat(row.locator("td.num")).containsClass("slip-late");
		assertThat(row.getByLabel("Forecast")).hasValue(moved.toString());
		assertThat(row.getByLabel("Reason for the change")).isEmpty();
		assertThat(page).hasURL(site.url("/projects/" + setup.project().getId()));
		assertEquals("page not reloaded", page.evaluate(READ_MARKER));

		// stored, not only drawn: a reload (which drops the marker) shows the same row
		page.reload();
		assertNull(page.evaluate(READ_MARKER));
		assertThat(row.getByLabel("Forecast")).hasValue(moved.toString());
		assertThat(row.locator("td.num")).hasText("+9");
	}

	@Test
	void refusesToMoveAForecastWithoutAReasonAndSaysWhyInTheRow(Page page) {
		LocalDate today = LocalDate.now(this.clock);
		Setup setup = programWithAMilestone(today);
		Site site = new Site(page, this.port);
		site.signIn(setup.tpm());
		openProjectFromItsProgram(page, site, setup);
		Locator row = page.locator("#milestone-" + setup.milestone().getId());
		page.evaluate(MARKER);

		// a refusal is a 400 with the redrawn row: Chromium logs it as a failed request
		browser.allowFailedRequest(400, "/milestones/" + setup.milestone().getId() + "/progress");
		LocalDate moved = setup.baseline().plusDays(5);
		row.getByLabel("Forecast").fill(moved.toString());
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

		assertThat(row.getByText("Say why the forecast moved: the reason is kept in the milestone's history."))
			.isVisible();
		assertThat(row.getByLabel("Reason for the change")).containsClass("is-invalid");
		// the input is kept, nothing is saved: no slip yet
		assertThat(row.getByLabel("Forecast")).hasValue(moved.toString());
		assertThat(row.locator("td.num")).hasText("0");
		assertThat(row.getByRole(AriaRole.STATUS)).hasCount(0);
		assertEquals("page not reloaded", page.evaluate(READ_MARKER));

		page.reload();
		assertThat(row.getByLabel("Forecast")).hasValue(setup.baseline().toString());
	}

	private void openProjectFromItsProgram(Page page, Site site, Setup setup) {
		site.open("/programs/" + setup.program().getId());
		String label = setup.project().getKey() + " · " + setup.project().getName();
		page.locator("#project-" + setup.project().getId())
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Milestones"))).isVisible();
	}

	private Setup programWithAMilestone(LocalDate today) {
		String key = TestData.uniqueKey();
		User tpm = this.data.user("browser-tpm-" + key.toLowerCase(Locale.ROOT), Role.TPM);
		Program program = Handover.to(tpm, this.data.program(key), this.programs, today);
		Project project = this.data.project(program);
		LocalDate baseline = today.plusDays(30);
		Milestone milestone = this.milestones.create(project.getId(), "Payments API live", null, "Pat Planner",
				baseline, null, MilestoneStatus.IN_PROGRESS, null);
		return new Setup(tpm, program, project, milestone, baseline);
	}

	private record Setup(User tpm, Program program, Project project, Milestone milestone, LocalDate baseline) {
	}

}
