package dev.milepost.summary;

import java.io.UnsupportedEncodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The administrators' check of the program summaries: a button that compares every
 * summary with a fresh computation, lists what differs and repairs it, and the gauge
 * {@code milepost_summary_differences} that the same check sets.
 */
@IntegrationTest
class AdminSummaryControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyPortfolio() {
		this.portfolio.clean();
	}

	@Test
	void anAdministratorsCheckListsTheDifferingSummaryRepairsItAndSetsTheGauge() {
		this.data.program();
		Program wrong = this.data.program();
		this.jdbc.sql("update program_summaries set blocked = 3, open_risks = 2 where program_id = ?")
			.params(wrong.getId())
			.update();

		MvcTestResult result = this.mvc.post().uri("/admin/summaries/check").with(csrf()).with(admin()).exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/summaries");
		ProgramSummaries.Check check = (ProgramSummaries.Check) result.getMvcResult().getFlashMap().get("check");
		assertThat(result.getMvcResult().getFlashMap().get("repaired")).isEqualTo(true);
		assertThat(check.programs()).isEqualTo(2);
		assertThat(check.differing()).isEqualTo(1);
		assertThat(check.first()).singleElement().satisfies((difference) -> {
			assertThat(difference.programKey()).isEqualTo(wrong.getKey());
			assertThat(difference.fields()).containsExactly("blocked", "openRisks");
		});
		assertThat(gauge("milepost_summary_differences")).isEqualTo(1);
		assertThat(gauge("milepost_summary_checked")).isEqualTo(2);

		String page = body(this.mvc.get().uri("/admin/summaries").flashAttr("check", check).with(admin()).exchange());
		assertThat(page).contains("2 programs checked, 1 difference.", "<strong>" + wrong.getKey() + "</strong>",
				"blocked, openRisks");

		// repaired: the next check finds nothing, and the page shows that last check
		this.mvc.post().uri("/admin/summaries/check").with(csrf()).with(admin()).exchange();
		assertThat(gauge("milepost_summary_differences")).isZero();
		assertThat(body(this.mvc.get().uri("/admin/summaries").with(admin()).exchange()))
			.contains("2 programs checked, no differences.")
			.doesNotContain("Every summary was computed again.");
	}

	@Test
	void onlyAdministratorsSeeOrRunTheCheck() {
		assertThat(this.mvc.get().uri("/admin/summaries").with(user("a-tpm").roles(Role.TPM.name()))).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/admin/summaries/check")
			.with(csrf())
			.with(user("a-viewer").roles(Role.VIEWER.name()))).hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/summaries/check").with(admin())).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/summaries").with(admin())).hasStatusOk()
			.bodyText()
			.contains("Check summaries now");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("summary-admin").roles(Role.ADMIN.name());
	}

	private long gauge(String name) {
		String scrape = body(this.mvc.get().uri("/actuator/prometheus").with(admin()).exchange());
		Matcher sample = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(scrape);
		assertThat(sample.find()).as("%s in the scrape", name).isTrue();
		return Math.round(Double.parseDouble(sample.group(2)));
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
