package dev.milepost.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.milepost.report.ReportFixtures.IN_WEEK;
import static dev.milepost.report.ReportFixtures.WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The PDF download of a published report: made from the stored snapshot, never
 * recomputed.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class ReportPdfTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	ReportFixtures fixtures;

	Program program;

	Project project;

	long milestone;

	@BeforeEach
	void program() {
		this.fixtures = new ReportFixtures(this.jdbc);
		this.program = this.data.program();
		this.project = this.data.project(this.program);
		this.milestone = this.fixtures.milestone(this.project, "Beta release", LocalDate.of(2026, 3, 10),
				LocalDate.of(2026, 3, 17), null);
		this.fixtures.risk(this.program, this.project, "Vendor exit", 4, 5, IN_WEEK);
	}

	String url() {
		return "/programs/" + this.program.getId() + "/reports/" + WEEK;
	}

	void publish(String summary) {
		assertThat(this.mvc.post().uri(url()).with(csrf()).param("summary", summary).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri(url() + "/publish")
			.with(csrf())
			.param("version", this.fixtures.shownVersion(this.program.getId(), WEEK.toString()))
			.exchange()).hasStatus(HttpStatus.FOUND);
	}

	MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

	byte[] pdf(String uri) {
		MvcTestResult result = get(uri);
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		return result.getResponse().getContentAsByteArray();
	}

	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aPublishedReportDownloadsAsAPdfWithItsContent() {
		publish("All on track.\nSecond line.");

		MvcTestResult result = get(url() + ".pdf");
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		assertThat(result).headers()
			.hasValue(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + this.program.getKey() + "-" + WEEK + "-v1.pdf\"");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		String text = text(pdf);
		assertThat(text).contains(this.program.getName(), WEEK.toString(), "All on track.", "Second line.",
				"Beta release", "Vendor exit", "Page 1 of");
		// the same page links to it
		assertThat(get(url())).bodyText().contains("href=\"" + url() + ".pdf?version=1\"");
	}

	@Test
	void thePdfDoesNotChangeWhenTheDataChangesAfterPublishing() throws Exception {
		publish("Frozen summary");
		String before = text(pdf(url() + ".pdf"));
		String pageBefore = reportPart(get(url()).getResponse().getContentAsString(StandardCharsets.UTF_8));

		this.jdbc.sql("update milestones set name = 'Renamed milestone', forecast_date = '2026-06-01' where id = :id")
			.param("id", this.milestone)
			.update();
		this.fixtures.risk(this.program, this.project, "Raised after publishing", 5, 5, IN_WEEK);
		this.jdbc.sql("update programs set name = 'Renamed program' where id = :id")
			.param("id", this.program.getId())
			.update();

		String after = text(pdf(url() + ".pdf"));
		assertThat(after).contains("Beta release", "Frozen summary")
			.doesNotContain("Renamed milestone", "Raised after publishing", "2026-06-01");
		// the published snapshot, not today's data: the program's name included
		assertThat(after).isEqualTo(before).contains(this.program.getName()).doesNotContain("Renamed program");
		String pageAfter = reportPart(get(url()).getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(pageAfter).doesNotContain("Renamed milestone", "Raised after publishing");
		assertThat(pageAfter.replace("Renamed program", this.program.getName())).isEqualTo(pageBefore);
	}

	/**
	 * The report below its title and buttons (which carry a fresh CSRF token per
	 * request).
	 */
	static String reportPart(String html) {
		return html.substring(html.indexOf("id=\"report-meta\""), html.indexOf("</main>"));
	}

	@Test
	void aSupersededVersionKeepsItsPdf() {
		publish("Version one text");
		assertThat(this.mvc.post().uri(url() + "/correct").with(csrf()).exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri(url())
			.with(csrf())
			.param("summary", "Corrected text")
			.param("version", "0")
			.exchange()).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri(url() + "/publish")
			.with(csrf())
			.param("version", this.fixtures.shownVersion(this.program.getId(), WEEK.toString()))
			.exchange()).hasStatus(HttpStatus.FOUND);

		assertThat(text(pdf(url() + ".pdf?version=1"))).contains("Version one text", "Superseded")
			.doesNotContain("Corrected text");
		assertThat(text(pdf(url() + ".pdf"))).contains("Corrected text").doesNotContain("Version one text");
		assertThat(get(url() + ".pdf")).headers()
			.hasValue(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + this.program.getKey() + "-" + WEEK + "-v2.pdf\"");
	}

	@Test
	void aDraftHasNoPdf() {
		assertThat(this.mvc.post().uri(url()).with(csrf()).param("summary", "Draft").exchange())
			.hasStatus(HttpStatus.FOUND);
		MvcTestResult draft = get(url() + ".pdf");
		assertThat(draft).hasStatus(HttpStatus.CONFLICT);
		assertThat(draft).bodyText().contains("Publish first; a draft has no PDF");
		assertThat(get(url())).bodyText().doesNotContain("id=\"pdf-link\"");
	}

	@Test
	void unknownWeekOrVersionIs404AndABadWeek400() {
		assertThat(get(url() + ".pdf")).hasStatus(HttpStatus.NOT_FOUND);
		publish("Published");
		assertThat(get(url() + ".pdf?version=2")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/programs/987654321/reports/" + WEEK + ".pdf")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/programs/" + this.program.getId() + "/reports/2026-W54.pdf"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(get("/programs/" + this.program.getId() + "/reports/nope.pdf")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anonymousIsSentToLoginForThePdfAndTheDiff() {
		publish("Published");
		for (String uri : new String[] { url() + ".pdf", url() + "/diff" }) {
			MvcTestResult result = this.mvc.get().uri(uri).with(anonymous()).exchange();
			assertThat(result).as(uri).hasStatus(HttpStatus.FOUND);
			assertThat(result.getResponse().getRedirectedUrl()).as(uri).endsWith("/login");
		}
	}

}
