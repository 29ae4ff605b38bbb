package dev.milepost.shared.web;

import java.io.UnsupportedEncodingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Dates are typed one way (YYYY-MM-DD, as text) and an impossible one is named as such
 * and saves nothing; text inputs stop at the server's length; list pages never link or
 * lead outside their range.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class FormDatesAndPagingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	ProgramService programs;

	private MvcTestResult postProgram(Program program, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("key", program.getKey());
		fields.put("name", "Renamed " + program.getKey());
		fields.put("status", "ACTIVE");
		fields.put("ownerId", this.data.owner().getId().toString());
		fields.put("startDate", "2026-01-15");
		fields.put("targetEndDate", "2027-06-30");
		fields.put("budgetCurrency", "EUR");
		fields.put("version", String.valueOf(program.getVersion()));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockMvcRequestBuilder request = this.mvc.post().uri("/programs/" + program.getId()).with(csrf());
		fields.forEach(request::param);
		return request.exchange();
	}

	@Test
	void anImpossibleDateIsNamedAsSuchAndNothingIsSaved() {
		Program program = this.data.program();

		MvcTestResult result = postProgram(program, "targetEndDate", "2026-02-30");

		assertThat(result.getResponse().getStatus()).isNotEqualTo(HttpStatus.FOUND.value());
		String html = body(result);
		assertThat(html).contains("2026-02-30 is not a date.").doesNotContain("Enter a date as YYYY-MM-DD");
		// the text stays in the field, as typed, and the error is tied to it
		assertThat(inputTag(html, "targetEndDate")).contains("value=\"2026-02-30\"")
			.contains("aria-invalid=\"true\"")
			.contains("targetEndDate-error");
		Program stored = this.programs.get(program.getId());
		assertThat(stored.getName()).isEqualTo(program.getName());
		assertThat(stored.getVersion()).isEqualTo(program.getVersion());
	}

	@Test
	void aDateInAnotherShapeGetsTheFormatHint() {
		Program program = this.data.program();

		String html = body(postProgram(program, "startDate", "15/01/2026"));

		assertThat(html).contains("Enter a date as YYYY-MM-DD.").doesNotContain("is not a date");
		assertThat(this.programs.get(program.getId()).getName()).isEqualTo(program.getName());
	}

	@Test
	void dateInputsAreTextInTheOneFormatAndTextInputsStopAtTheServersLimit() {
		String html = body(this.mvc.get().uri("/programs/new").exchange());

		String start = inputTag(html, "startDate");
		assertThat(start).contains("type=\"text\"")
			.contains("inputmode=\"numeric\"")
			.contains("pattern=\"\\d{4}-\\d{2}-\\d{2}\"")
			.contains("placeholder=\"YYYY-MM-DD\"")
			.doesNotContain("type=\"date\"");
		// @Size(max = 120) on ProgramForm.name, @Size(max = 500) on objective
		assertThat(inputTag(html, "name")).contains("maxlength=\"120\"");
		assertThat(inputTag(html, "objective")).contains("maxlength=\"500\"");
		// no error shown: nothing points at an error that is not there
		assertThat(html).doesNotContain("aria-describedby=\"name-error\"");
	}

	@Test
	void theFirstPageHasNoLinkBeforeIt() {
		this.data.program();
		this.data.program();

		String html = body(this.mvc.get().uri("/programs?size=1&page=0").exchange());

		assertThat(html).contains("Previous").doesNotContain("page=-1").contains("rel=\"next\"");
	}

	@Test
	void aPagePastTheEndLeadsToTheLastPage() {
		this.data.program();
		this.data.program();

		MvcTestResult past = this.mvc.get().uri("/programs?size=1&page=99999&sort=name").exchange();

		assertThat(past).hasStatus(HttpStatus.FOUND);
		String target = past.getResponse().getRedirectedUrl();
		assertThat(target).contains("size=1").contains("sort=name").doesNotContain("page=99999");
		Matcher page = Pattern.compile("page=(\\d+)").matcher(target);
		assertThat(page.find()).isTrue();
		assertThat(Integer.parseInt(page.group(1))).isPositive();
		String last = body(this.mvc.get().uri(target.replaceFirst("^https?://[^/]+", "")).exchange());
		assertThat(last).doesNotContain("rel=\"next\"").contains("rel=\"prev\"");
	}

	@Test
	void aNegativePageIsRefusedWithAMessage() {
		MvcTestResult result = this.mvc.get().uri("/programs?page=-1").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).contains("Page numbers start at 0");
	}

	/** The opening tag of the input or textarea with this id. */
	private static String inputTag(String html, String id) {
		Matcher tag = Pattern.compile("<(input|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
			.matcher(html);
		assertThat(tag.find()).as("an input with id " + id).isTrue();
		return tag.group();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
