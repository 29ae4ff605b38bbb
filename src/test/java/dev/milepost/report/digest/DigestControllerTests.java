package dev.milepost.report.digest;

import java.time.Clock;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestData;
import dev.milepost.dashboard.PageHtml;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.report.IsoWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The digest pages as users see them, and who may publish. */
@IntegrationTest
class DigestControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DigestService digests;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.context.MessageSource messages;

	DigestFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.portfolio.clean();
		this.fixtures = new DigestFixtures(this.jdbc, this.data);
	}

	@Test
	void aWeekNotYetPublishedIsAPreviewWithTheSectionsAndAPublishButtonForAdmins() {
		IsoWeek week = IsoWeek.parse("2023-W02");
		Program program = this.data.program();
		Project project = this.data.project(program);
		this.fixtures.risk(program, project, "Data centre <move> " + program.getKey(), 5, 5);
		this.fixtures.report(program, week, 1, "PUBLISHED", "Approve <budget> & hire");
		Program silent = this.data.program();
		this.fixtures.touchHealth();

		String html = page("/reports/digest/2023-W02", "leader", "VIEWER");

		assertThat(html).contains("Leadership digest: week 2023-W02").contains("Preview - not published");
		assertThat(PageHtml.section(html, "preview-note"))
			.contains("changes until the digest of the week is published");
		assertThat(PageHtml.section(html, "programs-RED")).contains(program.getKey() + " · Program " + program.getKey())
			.contains("Data centre &lt;move&gt; " + program.getKey());
		assertThat(PageHtml.section(html, "asks")).contains("Approve &lt;budget&gt; &amp; hire");
		assertThat(PageHtml.section(html, "without-report")).contains(silent.getKey())
			.doesNotContain(">" + program.getKey() + " ·");
		assertThat(html).as("a viewer gets no publish button").doesNotContain("id=\"publish\"");

		String asAdmin = page("/reports/digest/2023-W02", "test-admin", "ADMIN");
		assertThat(asAdmin).contains("id=\"publish\"").contains("/reports/digest/2023-W02/publish");
	}

	@Test
	void anAdminPublishesOnceThenThePageShowsTheSnapshotAndTheArchiveListsIt() throws Exception {
		IsoWeek week = IsoWeek.parse("2023-W03");
		Program program = this.data.program();
		this.fixtures.report(program, week, 1, "PUBLISHED", "Sign the contract");

		MvcTestResult published = this.mvc.post()
			.uri("/reports/digest/2023-W03/publish")
			.with(csrf())
			.with(user("test-admin").roles("ADMIN"))
			.exchange();
		assertThat(published).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/reports/digest/2023-W03");

		// what the page shows from now on is the snapshot, not the live data
		this.jdbc.sql("update status_reports set asks = 'Changed afterwards' where program_id = :p")
			.param("p", program.getId())
			.update();
		String html = page("/reports/digest/2023-W03", "leader", "VIEWER");
		assertThat(html).doesNotContain("Preview - not published").doesNotContain("id=\"publish\"");
		assertThat(PageHtml.section(html, "published-line")).contains("Published by test-admin");
		assertThat(PageHtml.section(html, "asks")).contains("Sign the contract").doesNotContain("Changed afterwards");

		MvcTestResult again = this.mvc.post()
			.uri("/reports/digest/2023-W03/publish")
			.with(csrf())
			.with(user("test-admin").roles("ADMIN"))
			.exchange();
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(again.getResponse().getContentAsString()).contains("This cannot be done now",
				"The digest of week 2023-W03 is already published");
		assertThat(this.jdbc.sql("select count(*) from digests where iso_week = '2023-W03'").query(Long.class).single())
			.isEqualTo(1);

		String archive = page("/reports/digest?size=100", "leader", "VIEWER");
		String row = PageHtml.row(archive, "digest-2023-W03");
		assertThat(PageHtml.cell(row, "period")).contains("Monday 2023-01-16 to Sunday 2023-01-22");
		assertThat(PageHtml.cell(row, "by")).contains("test-admin");
	}

	@Test
	void theProgramCountReadsAsEnglish() {
		assertThat(this.messages.getMessage("digest.programs", new Object[] { 1 }, java.util.Locale.ENGLISH))
			.isEqualTo("1 program");
		assertThat(this.messages.getMessage("digest.programs", new Object[] { 0 }, java.util.Locale.ENGLISH))
			.isEqualTo("No programs");
		assertThat(this.messages.getMessage("digest.programs", new Object[] { 1234 }, java.util.Locale.ENGLISH))
			.isEqualTo("1,234 programs");
	}

	@Test
	void onlyAdminsPublish() {
		for (String role : new String[] { "TPM", "VIEWER" }) {
			MvcTestResult result = this.mvc.post()
				.uri("/reports/digest/2023-W04/publish")
				.with(csrf())
				.with(user("someone").roles(role))
				.exchange();
			assertThat(result).as(role).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.digests.find(IsoWeek.parse("2023-W04"))).isEmpty();
	}

	@Test
	void aMalformedOrFutureWeekIsABadRequestWithAMessage() throws Exception {
		MvcTestResult malformed = this.mvc.get()
			.uri("/reports/digest/2023-53")
			.with(user("leader").roles("VIEWER"))
			.exchange();
		assertThat(malformed).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(malformed.getResponse().getContentAsString()).contains("Not an ISO week (like 2026-W47): 2023-53");

		String future = IsoWeek.current(this.clock).next().next().toString();
		MvcTestResult result = this.mvc.post()
			.uri("/reports/digest/" + future + "/publish")
			.with(csrf())
			.with(user("test-admin").roles("ADMIN"))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result.getResponse().getContentAsString())
			.contains("cannot be published before the week has started");
		assertThat(this.digests.find(IsoWeek.parse(future))).isEmpty();
	}

	@Test
	void theNavigationLinksToTheDigest() {
		String html = page("/reports/digest", "leader", "VIEWER");
		assertThat(html).contains("href=\"/reports/digest\"").contains(">Digest<");
		String lastWeek = IsoWeek.current(this.clock).previous().toString();
		assertThat(PageHtml.section(html, "last-week")).contains("Last week (" + lastWeek + ")");
	}

	private String page(String uri, String username, String role) {
		MvcTestResult result = this.mvc.get().uri(uri).with(user(username).roles(role)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
