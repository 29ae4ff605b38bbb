package dev.milepost.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.milepost.IntegrationTest;
import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.report.mail.OutboxIsolation;
import dev.milepost.report.mail.OutboxWorker;
import dev.milepost.report.mail.TestMail;
import dev.milepost.security.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Nothing typed is lost on the way to a published report: the draft autosaves with its
 * version (a stale autosave is a 409 that overwrites nothing), "Review and publish" saves
 * and shows the report as it will be sent with its recipients, publishing takes only the
 * version shown (409 if the draft changed meanwhile), and sections left empty are left
 * out of the page and the mail instead of saying "Not written.".
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class PublishFlowTests {

	static final String WEEK = ReportFixtures.WEEK.toString();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(39125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	OutboxWorker worker;

	ReportFixtures fixtures;

	Program program;

	String tag;

	@BeforeEach
	void program() {
		OutboxIsolation.parkQueuedMails(this.jdbc);
		this.fixtures = new ReportFixtures(this.jdbc);
		this.program = this.data.program();
		Project project = this.data.project(this.program);
		long beta = this.fixtures.milestone(project, "Beta release", LocalDate.of(2026, 3, 10),
				LocalDate.of(2026, 3, 17), null);
		this.fixtures.forecastChange(beta, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17), "Vendor late",
				ReportFixtures.IN_WEEK);
		this.tag = TestData.uniqueKey().toLowerCase(Locale.ROOT);
	}

	String url() {
		return "/programs/" + this.program.getId() + "/reports/" + WEEK;
	}

	MvcTestResult autosave(String version, String... fields) {
		MockMvcRequestBuilder request = this.mvc.post().uri(url() + "/autosave").with(csrf());
		if (version != null) {
			request = request.param("version", version);
		}
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	String stored(String column) {
		return this.jdbc.sql("select " + column + " from status_reports where program_id = ? and iso_week = ?")
			.params(this.program.getId(), WEEK)
			.query(String.class)
			.single();
	}

	String html(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	long stakeholder(String name, boolean weekly, boolean archived) {
		OffsetDateTime now = TestClock.runNowAtUtc();
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org";
		this.jdbc.sql("""
				insert into stakeholders (name, email, influence, interest, archived, created_at, updated_at)
				values (?, ?, 'HIGH', 'HIGH', ?, ?, ?)""").params(name, email, archived, now, now).update();
		long id = this.jdbc.sql("select id from stakeholders where email = ?").param(email).query(Long.class).single();
		this.jdbc.sql("""
				insert into program_stakeholders (program_id, stakeholder_id, raci_role, receives_weekly_report,
				created_at, updated_at) values (?, ?, 'INFORMED', ?, ?, ?)""")
			.params(this.program.getId(), id, weekly, now, now)
			.update();
		return id;
	}

	@Test
	void theDraftAutosavesWithItsVersion() throws Exception {
		MvcTestResult first = autosave(null, "summary", "Typed, not yet saved by hand");
		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(0);
		assertThat(first).bodyJson().extractingPath("$.message").asString().startsWith("Draft saved at ");
		assertThat(stored("summary")).isEqualTo("Typed, not yet saved by hand");

		assertThat(autosave("0", "summary", "Typed some more")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(1);
		assertThat(stored("summary")).isEqualTo("Typed some more");
		// the page it came from: the draft form autosaves there and asks before leaving
		assertThat(this.mvc.get().uri(url())).hasStatusOk()
			.bodyText()
			.contains("data-autosave=\"" + url() + "/autosave\"", "data-unsaved", "/js/unsaved.js", "Typed some more");
	}

	@Test
	void aStaleAutosaveIsAConflictThatOverwritesNothing() {
		assertThat(autosave(null, "summary", "Mine, first")).hasStatusOk();
		assertThat(autosave("0", "summary", "Mine, second")).hasStatusOk();
		// another tab still holds version 0
		assertThat(autosave("0", "summary", "Other tab")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.message")
			.asString()
			.contains("Someone else saved this draft", "Your text is still here");
		// a second tab that opened the week before any draft existed
		assertThat(autosave(null, "summary", "Fresh tab")).hasStatus(HttpStatus.CONFLICT);
		assertThat(stored("summary")).isEqualTo("Mine, second");
	}

	@Test
	void autosaveRefusesBadInputStrangersAndPublishedReports() {
		assertThat(autosave(null, "summary", "x".repeat(4001))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.message")
			.asString()
			.isNotBlank();
		this.data.user("publish-viewer", Role.VIEWER);
		assertThat(this.mvc.post()
			.uri(url() + "/autosave")
			.with(user("publish-viewer").roles("VIEWER"))
			.with(csrf())
			.param("summary", "Not mine")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/programs/987654321/reports/" + WEEK + "/autosave")
			.with(csrf())
			.param("summary", "Nowhere")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.sql("select count(*) from status_reports where program_id = ?")
			.param(this.program.getId())
			.query(Long.class)
			.single()).isZero();

		assertThat(autosave(null, "summary", "Published")).hasStatusOk();
		assertThat(this.mvc.post().uri(url() + "/publish").with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(autosave("1", "summary", "Too late")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.message")
			.asString()
			.contains("A published report cannot be changed");
	}

	@Test
	void reviewSavesThenShowsTheReportAsSentWithItsRecipients() throws Exception {
		stakeholder("Ada " + this.tag, true, false);
		stakeholder("Bob " + this.tag, true, false);
		stakeholder("Carl " + this.tag, false, false);
		stakeholder("Dora " + this.tag, true, true);

		assertThat(this.mvc.post()
			.uri(url())
			.with(csrf())
			.param("summary", "Beta slipped a week.")
			.param("next", "review")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url() + "/publish");

		MvcTestResult confirm = this.mvc.get().uri(url() + "/publish").exchange();
		assertThat(confirm).hasStatusOk();
		String page = html(confirm);
		assertThat(page).contains("It goes by e-mail to 2 stakeholders:")
			.contains("Ada " + this.tag + " &lt;ada." + this.tag + "@example.org&gt;")
			.contains("Bob " + this.tag + " &lt;bob." + this.tag + "@example.org&gt;")
			.doesNotContain("Carl " + this.tag)
			.doesNotContain("Dora " + this.tag)
			.contains("Publish and send to 2 stakeholders")
			.contains("Beta slipped a week.")
			.contains("Beta release")
			.contains("name=\"version\" value=\"0\"")
			.doesNotContain("Not written.")
			.doesNotContain("id=\"written-highlights\"");
		assertThat(stored("status")).isEqualTo("DRAFT");
	}

	@Test
	void publishingTakesOnlyTheVersionShown() throws Exception {
		assertThat(autosave(null, "summary", "As reviewed")).hasStatusOk();
		// the confirmation showed version 0; then the draft changed in another tab
		assertThat(autosave("0", "summary", "Changed meanwhile")).hasStatusOk();

		MvcTestResult stale = this.mvc.post().uri(url() + "/publish").with(csrf()).param("version", "0").exchange();
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(html(stale)).contains("The draft changed since you opened this page")
			.contains("Changed meanwhile")
			.contains("name=\"version\" value=\"1\"");
		assertThat(stored("status")).isEqualTo("DRAFT");
		assertThat(this.mvc.post().uri(url() + "/publish").with(csrf())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Review and publish");
		assertThat(this.mvc.post().uri(url() + "/publish").with(csrf()).param("version", "new"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(stored("status")).isEqualTo("DRAFT");

		assertThat(this.mvc.post().uri(url() + "/publish").with(csrf()).param("version", "1"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(stored("status")).isEqualTo("PUBLISHED");
		assertThat(stored("summary")).isEqualTo("Changed meanwhile");
	}

	@Test
	void emptySectionsAreLeftOutOfThePublishedPageAndTheMail() throws Exception {
		String ada = "ada " + this.tag;
		stakeholder("Ada " + this.tag, true, false);
		assertThat(autosave(null, "summary", "Only a summary this week.")).hasStatusOk();
		assertThat(this.mvc.post().uri(url() + "/publish").with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.FOUND);

		String page = html(this.mvc.get().uri(url()).exchange());
		assertThat(page).contains("id=\"written-summary\"", "Only a summary this week.")
			.doesNotContain("Not written.")
			.doesNotContain("id=\"written-highlights\"")
			.doesNotContain("id=\"written-nextSteps\"")
			.doesNotContain("id=\"written-asks\"")
			// no escalation, no decision needed, no comment: one line says so
			.contains("id=\"nothing-asked\"");

		this.worker.runOnce();
		List<MimeMessage> mails = TestMail.receivedBy(smtp, ada.replace(' ', '.') + "@example.org");
		assertThat(mails).hasSize(1);
		String text = TestMail.part(mails.get(0), "text/plain");
		String html = TestMail.part(mails.get(0), "text/html");
		assertThat(text)
			.contains("Summary\nOnly a summary this week.",
					"Escalations and decisions needed from leadership\nNothing is asked of leadership",
					"Beta release moved 2026-03-10 -> 2026-03-17")
			.doesNotContain("Not written.")
			.doesNotContain("Highlights")
			.doesNotContain("Asks and escalations")
			.doesNotContain("Next steps");
		assertThat(html).contains("Only a summary this week.")
			.doesNotContain("Not written.")
			.doesNotContain(">Highlights<")
			.doesNotContain(">Next steps<");
	}

}
