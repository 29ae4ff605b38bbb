package dev.milepost.shared.web;

import java.time.LocalDate;

import dev.milepost.shared.BadRequestException;
import dev.milepost.shared.ConflictException;
import dev.milepost.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The application-wide error mapping, in a web slice (no database): every failure a
 * controller can raise becomes the application's own page with the right status and a
 * sentence that says what to fix, never an exception name or a stack trace; form strings
 * arrive trimmed.
 */
@WebMvcTest(controllers = WebErrorHandlingTests.Failing.class)
@Import({ WebErrorHandlingTests.Failing.class, Money.class })
@WithMockUser
class WebErrorHandlingTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aMissingRecordIsTheNotFoundPage() {
		assertPage(this.mvc.get().uri("/failing/missing").exchange(), 404, "Not found");
	}

	@Test
	void aRuleBrokenByTheRequestIsABadRequestWithItsSentence() {
		assertPage(this.mvc.get().uri("/failing/bad").exchange(), 400, "End before start: swap the dates.");
	}

	@Test
	void aConflictIsShownWithItsMessage() {
		assertPage(this.mvc.get().uri("/failing/conflict").exchange(), 409, "This cannot be done now");
	}

	@Test
	void malformedParametersSayWhatIsExpected() {
		assertPage(this.mvc.get().uri("/failing/number?n=12x").exchange(), 400,
				"&#39;12x&#39; is not a valid number for &#39;n&#39;.");
		assertPage(this.mvc.get().uri("/failing/date?d=2026-02-30").exchange(), 400,
				"is not a valid date (use YYYY-MM-DD) for &#39;d&#39;.");
		assertPage(this.mvc.get().uri("/failing/number").exchange(), 400, "The request needs a &#39;n&#39; value.");
	}

	@Test
	void aWrongMethodIsRefusedWithAPage() {
		assertPage(this.mvc.put().uri("/failing/number?n=1").with(csrf()).exchange(), 405,
				"This address does not accept a PUT request.");
	}

	@Test
	void formStringsAreTrimmedAndBlankBecomesNull() {
		assertThat(this.mvc.post().uri("/failing/echo").param("text", "  spaced  ").with(csrf()).exchange())
			.hasStatusOk()
			.hasBodyTextEqualTo("[spaced]");
		assertThat(this.mvc.post().uri("/failing/echo").param("text", "   ").with(csrf()).exchange()).hasStatusOk()
			.hasBodyTextEqualTo("[null]");
	}

	private static void assertPage(MvcTestResult result, int status, String text) {
		assertThat(result).hasStatus(status);
		assertThat(result).bodyText()
			.contains("<!DOCTYPE html>")
			.contains(text)
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	@Controller
	static class Failing {

		@GetMapping("/failing/missing")
		String missing() {
			throw new NotFoundException("Program", 42);
		}

		@GetMapping("/failing/bad")
		String bad() {
			throw new BadRequestException("End before start: swap the dates.");
		}

		@GetMapping("/failing/conflict")
		String conflict() {
			throw new ConflictException("error.409.refused");
		}

		@GetMapping("/failing/number")
		@ResponseBody
		String number(@RequestParam long n) {
			return Long.toString(n);
		}

		@GetMapping("/failing/date")
		@ResponseBody
		String date(@RequestParam LocalDate d) {
			return d.toString();
		}

		@PostMapping("/failing/echo")
		@ResponseBody
		String echo(@RequestParam(required = false) String text) {
			return "[" + text + "]";
		}

	}

}
