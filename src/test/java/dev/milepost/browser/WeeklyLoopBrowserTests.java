package dev.milepost.browser;

import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.milepost.IntegrationTest;
import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.Project;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.mail.OutboxIsolation;
import dev.milepost.report.mail.OutboxWorker;
import dev.milepost.report.mail.TestMail;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TPM's weekly loop in the browser, as issue 12 measures it: from the program page,
 * move the forecast of 3 milestones in 2 projects with reasons, write the week's summary,
 * review and publish, counting every click, fill and key press (at most 12; it took 22
 * before the weekly update page); the published report and the mail carry the summary and
 * the 3 moves. On a 390 x 844 phone the grid fits the screen and saves a row, the draft's
 * autosave survives a reload, and leaving unsaved input asks first. Screenshots go to
 * {@code target/weekly-loop-*.png}.
 */
@IntegrationTest
class WeeklyLoopBrowserTests {

	static final int MAX_INTERACTIONS = 12;

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(39125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	ProgramService programs;

	@Autowired
	MilestoneService milestones;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxWorker worker;

	@Autowired
	Clock clock;

	LocalDate today;

	User tpm;

	Program program;

	Milestone launch;

	Milestone migration;

	Milestone training;

	String stakeholderEmail;

	@BeforeEach
	void programWithTwoProjects() {
		OutboxIsolation.parkQueuedMails(this.jdbc);
		this.today = LocalDate.now(this.clock);
		String key = TestData.uniqueKey();
		this.tpm = this.data.user("loop-tpm-" + key.toLowerCase(Locale.ROOT), Role.TPM);
		this.program = Handover.to(this.tpm, this.data.program(key), this.programs, this.today);
		Project platform = this.data.project(this.program);
		Project rollout = this.data.project(this.program);
		this.launch = milestone(platform, "Platform launch", 20);
		this.migration = milestone(platform, "Data migration", 10);
		milestone(platform, "Load test", 30);
		this.training = milestone(rollout, "Staff training", 15);
		milestone(rollout, "Go-live review", 40);
		this.stakeholderEmail = "vp-" + key.toLowerCase(Locale.ROOT) + "@example.org";
		stakeholder("Vera Vice-President " + key, this.stakeholderEmail);
	}

	Milestone milestone(Project project, String name, int days) {
		return this.milestones.create(project.getId(), name, null, "Owner", this.today.plusDays(days), null,
				MilestoneStatus.IN_PROGRESS, null);
	}

	void stakeholder(String name, String email) {
		OffsetDateTime now = TestClock.runNowAtUtc();
		this.jdbc.sql("""
				insert into stakeholders (name, email, influence, interest, archived, created_at, updated_at)
				values (?, ?, 'HIGH', 'HIGH', false, ?, ?)""").params(name, email, now, now).update();
		long id = this.jdbc.sql("select id from stakeholders where email = ?").param(email).query(Long.class).single();
		this.jdbc.sql("""
				insert into program_stakeholders (program_id, stakeholder_id, raci_role, receives_weekly_report,
				created_at, updated_at) values (?, ?, 'INFORMED', true, ?, ?)""")
			.params(this.program.getId(), id, now, now)
			.update();
	}

	/** Every click, fill and key press of the loop goes through here and is counted. */
	static final class Interactions {

		private int count;

		void click(Locator locator) {
			this.count++;
			locator.click();
		}

		void fill(Locator locator, String text) {
			this.count++;
			locator.fill(text);
		}

		int count() {
			return this.count;
		}

	}

	/**
	 * The way into the weekly update from the program page: its "Weekly update" button.
	 */
	static void openWeeklyUpdate(Page page, Interactions interactions) {
		interactions.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weekly update")));
	}

	@Test
	void theWeeklyLoopFromTheProgramPageToAPublishedReportTakesAtMostTwelveInteractions(Page page) throws Exception {
		page.setViewportSize(1366, 768);
		Site site = new Site(page, this.port);
		site.signIn(this.tpm);
		site.open("/programs/" + this.program.getId());
		String week = IsoWeek.current(this.clock).toString();
		Interactions user = new Interactions();

		openWeeklyUpdate(page, user);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Weekly update: " + this.program.getLabel());
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/weekly-loop-grid-1366.png")));

		move(page, user, this.launch, 27, "Vendor API late");
		move(page, user, this.migration, 17, "Source data needs cleaning");
		move(page, user, this.training, 22, "Trainer unavailable");
		// the last row is saved by the step to the report, before it navigates
		user.click(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Write this week's report (" + week + ")")));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText(this.program.getLabel() + ": week " + week);

		String summary = "Three forecasts moved, launch holds for " + this.program.getKey() + ".";
		user.fill(page.getByLabel("Summary"), summary);
		user.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and publish")));
		assertThat(page.locator("#recipients-heading")).hasText("It goes by e-mail to 1 stakeholder:");
		assertThat(page.locator("#recipients")).containsText(this.stakeholderEmail);
		assertThat(page.locator("#written-summary")).hasText(summary);
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/weekly-loop-confirm-1366.png")));
		user.click(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish and send")));

		assertThat(page.locator("#report-status")).hasText("Published");
		assertThat(user.count()).as("interactions from the program page to a published report")
			.isLessThanOrEqualTo(MAX_INTERACTIONS);
		assertThat(page.locator("#written-summary")).hasText(summary);
		Locator moved = page.locator("#moved");
		assertThat(moved).containsText("Platform launch moved " + this.today.plusDays(20) + " -> "
				+ this.today.plusDays(27) + " (+7 days): Vendor API late");
		assertThat(moved).containsText("Data migration moved " + this.today.plusDays(10) + " -> "
				+ this.today.plusDays(17) + " (+7 days): Source data needs cleaning");
		assertThat(moved).containsText("Staff training moved " + this.today.plusDays(15) + " -> "
				+ this.today.plusDays(22) + " (+7 days): Trainer unavailable");

		this.worker.runOnce();
		List<MimeMessage> mails = TestMail.receivedBy(smtp, this.stakeholderEmail);
		org.assertj.core.api.Assertions.assertThat(mails).hasSize(1);
		String text = TestMail.part(mails.get(0), "text/plain");
		org.assertj.core.api.Assertions.assertThat(text)
			.contains(summary, "Platform launch moved", "Vendor API late", "Data migration moved",
					"Source data needs cleaning", "Staff training moved", "Trainer unavailable")
			.doesNotContain("Not written.");
	}

	private void move(Page page, Interactions user, Milestone milestone, int days, String reason) {
		user.fill(page.locator("#forecast-" + milestone.getId()), this.today.plusDays(days).toString());
		user.fill(page.locator("#reason-" + milestone.getId()), reason);
	}

	@Test
	void onAPhoneTheGridFitsAndSavesTheDraftSurvivesAReloadAndUnsavedInputAsksFirst(Page page) {
		page.setViewportSize(390, 844);
		Site site = new Site(page, this.port);
		site.signIn(this.tpm);
		site.open("/programs/" + this.program.getId() + "/update");

		assertThat(pageWidth(page)).as("grid page width at 390 px; sticking out: %s", wider(page))
			.isLessThanOrEqualTo(390);
		Locator row = page.locator("#milestone-" + this.migration.getId());
		Locator save = row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"));
		save.scrollIntoViewIfNeeded();
		var box = save.boundingBox();
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).as("right edge of Save").isLessThanOrEqualTo(390);
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Paths.get("target/weekly-loop-grid-390.png")).setFullPage(true));

		page.locator("#forecast-" + this.migration.getId()).fill(this.today.plusDays(12).toString());
		page.locator("#reason-" + this.migration.getId()).fill("Cut-over weekend moved");
		save.click();
		assertThat(page.locator("#milestone-" + this.migration.getId())).containsText("Saved");
		assertThat(this.jdbc.sql("select forecast_date from milestones where id = ?")
			.param(this.migration.getId())
			.query(LocalDate.class)
			.single()).isEqualTo(this.today.plusDays(12));

		// a moved forecast without a reason cannot save: the row stays, and leaving asks
		page.locator("#forecast-" + this.launch.getId()).fill(this.today.plusDays(25).toString());
		page.locator("#reason-" + this.launch.getId()).click();
		page.keyboard().press("Enter");
		assertThat(page.locator("#reason-" + this.launch.getId() + "-hint")).containsText("Say why the forecast moved");
		List<String> dialogs = new CopyOnWriteArrayList<>();
		page.onDialog((dialog) -> {
			dialogs.add(dialog.type());
			dialog.dismiss();
		});
		page.close(new Page.CloseOptions().setRunBeforeUnload(true));
		page.waitForCondition(() -> !dialogs.isEmpty());
		assertThat(dialogs).containsExactly("beforeunload");
		assertThat(page.isClosed()).isFalse();
		page.locator("#reason-" + this.launch.getId()).press("Escape");
		assertThat(page.locator("#forecast-" + this.launch.getId())).hasValue(this.today.plusDays(20).toString());

		// keyboard only: Enter saves the row, and focus stays where it was in the grid
		page.locator("#forecast-" + this.training.getId()).fill(this.today.plusDays(18).toString());
		page.locator("#reason-" + this.training.getId()).fill("Room booked later");
		page.keyboard().press("Enter");
		assertThat(page.locator("#milestone-" + this.training.getId())).containsText("Saved");
		assertThat(page.locator("#reason-" + this.training.getId())).isFocused();

		// the draft autosaves; a reload finds the text again
		String week = IsoWeek.current(this.clock).toString();
		site.open("/programs/" + this.program.getId() + "/reports/" + week);
		assertThat(pageWidth(page)).as("report page width at 390 px; sticking out: %s", wider(page))
			.isLessThanOrEqualTo(390);
		page.getByLabel("Summary").click();
		page.keyboard().type("Typed on a phone, never saved by hand.");
		assertThat(page.locator("#autosave-status")).containsText("Draft saved at");
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/weekly-loop-draft-390.png")));
		page.reload();
		assertThat(page.getByLabel("Summary")).hasValue("Typed on a phone, never saved by hand.");
	}

	/**
	 * How wide the whole page is: more than the viewport means sideways scrolling (a
	 * table scrolling inside its own box does not count).
	 */
	private static int pageWidth(Page page) {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

	/**
	 * The innermost elements whose right edge is past the viewport, for failure messages.
	 */
	private static Object wider(Page page) {
		return page.evaluate(
				"""
						() => Array.from(document.querySelectorAll('body *'))
						  .filter(e => e.getBoundingClientRect().right > window.innerWidth
						    && !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth))
						  .slice(0, 8)
						  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right))
						""");
	}

}
