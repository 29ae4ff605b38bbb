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

/**
 * A leader (role VIEWER) reads the portfolio: the dashboard shows a program's health with
 * its reasons, the program page the same, and the program's roadmap its milestones.
 */
@IntegrationTest
class LeaderBrowserTests {

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
	void followsAProgramFromTheDashboardToItsRoadmap(Page page) {
		LocalDate today = LocalDate.now(this.clock);
		String key = TestData.uniqueKey();
		String ownerName = "Owen " + key;
		User owner = this.data.user("browser-owner-" + key.toLowerCase(Locale.ROOT), ownerName, Role.TPM);
		Program program = Handover.to(owner, this.data.program(key), this.programs, today);
		Project project = this.data.project(program);
		// 30 days past its baseline: RED; one blocked milestone: AMBER; one on track
		Milestone slipped = this.milestones.create(project.getId(), "Data migration", null, "Dana", today.plusDays(10),
				today.plusDays(40), MilestoneStatus.IN_PROGRESS, null);
		Milestone blocked = this.milestones.create(project.getId(), "Security review", null, "Sam", today.plusDays(20),
				null, MilestoneStatus.BLOCKED, null);
		Milestone onTrack = this.milestones.create(project.getId(), "Beta launch", null, "Bea", today.plusDays(60),
				null, MilestoneStatus.NOT_STARTED, null);
		User leader = this.data.user("browser-leader-" + key.toLowerCase(Locale.ROOT), Role.VIEWER);
		Site site = new Site(page, this.port);

		site.signIn(leader);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Portfolio overview")))
			.isVisible();
		// other tests' programs share the database: filter by owner, as a leader would
		page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true)).fill(ownerName);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
		Locator row = page.locator("#program-" + program.getId());
		assertThat(row.locator("[data-col=health] .health-badge")).hasText("RED");
		Locator reasons = row.locator("[data-col=program] .health-reasons li");
		assertThat(reasons).hasCount(2);
		assertThat(reasons.nth(0)).containsText("1 milestone slipped more than 14 days: Data migration");
		assertThat(reasons.nth(1)).containsText("1 milestone blocked: Security review");

		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(program.getLabel())).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText(program.getLabel());
		assertThat(page.locator("h1 .health-badge")).hasText("RED");
		Locator programReasons = page.locator("#program-health .health-reasons li");
		assertThat(programReasons.filter(new Locator.FilterOptions().setHasText("slipped more than 14 days")))
			.containsText("Data migration");
		assertThat(programReasons.filter(new Locator.FilterOptions().setHasText("blocked")))
			.containsText("Security review");
		// reading only: no edit controls for a viewer
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)))
			.hasCount(0);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Roadmap alone (for printing)")).click();
		assertThat(page).hasURL(site.url("/programs/" + program.getId() + "/roadmap"));
		String chart = "Roadmap of " + program.getLabel();
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(chart))).isVisible();
		page.getByText("The roadmap as a table").click();
		assertMilestoneRow(page, slipped, "Slipped");
		assertMilestoneRow(page, blocked, "Blocked");
		assertMilestoneRow(page, onTrack, "On track");
	}

	private static void assertMilestoneRow(Page page, Milestone milestone, String state) {
		Locator row = page.locator("tr[data-milestone='" + milestone.getId() + "']");
		assertThat(row).isVisible();
		assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(milestone.getName())))
			.isVisible();
		assertThat(row.locator("td").last()).hasText(state);
	}

}
