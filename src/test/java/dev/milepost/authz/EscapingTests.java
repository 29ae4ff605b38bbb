package dev.milepost.authz;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Script, HTML and SQL typed into every free-text field of the program, project,
 * milestone, risk and stakeholder forms is stored as typed and shown as text: escaped on
 * every detail page, list, edit form and the overview, and the SQL does nothing. (A
 * stakeholder's email must be a valid address, keys and currencies match patterns: those
 * fields cannot carry such text.)
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class EscapingTests {

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String IMAGE = "<img src=x onerror=alert(1)>";

	static final String SQL = "'; drop table programs; --";

	static final List<String> TABLES = List.of("programs", "program_editors", "projects", "milestones",
			"milestone_date_changes", "milestone_dependencies", "risks", "stakeholders", "program_stakeholders",
			"project_stakeholders", "users", "user_roles");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { SCRIPT, IMAGE, SQL })
	void userTextIsStoredAsTypedAndShownEscapedEverywhere(String payload) {
		String token = TestData.uniqueKey();
		Texts t = new Texts(payload, token);

		Long program = created("/programs", "key", TestData.uniqueKey(), "name", t.of("programName"), "objective",
				t.of("programObjective"), "description", t.of("programDescription"), "status", "ACTIVE", "ownerId",
				this.data.owner().getId().toString(), "budgetCurrency", "EUR");
		Long project = created("/projects", "programId", program.toString(), "key", TestData.uniqueKey(), "name",
				t.of("projectName"), "description", t.of("projectDescription"), "lead", t.of("projectLead"), "phase",
				"PLANNING");
		Long milestone = created("/milestones", "projectId", project.toString(), "name", t.of("milestoneName"),
				"description", t.of("milestoneDescription"), "owner", t.of("milestoneOwner"), "baselineDate",
				"2026-10-01", "status", "NOT_STARTED");
		// the reason is asked for when the forecast moves, and kept in the milestone's
		// history
		assertThat(post("/milestones/" + milestone, "name", t.of("milestoneName"), "description",
				t.of("milestoneDescription"), "owner", t.of("milestoneOwner"), "forecastDate", "2026-10-20", "reason",
				t.of("milestoneReason"), "status", "IN_PROGRESS", "version", version("milestones", milestone))
			.getResponse()
			.getStatus()).isEqualTo(302);
		Long risk = created("/risks", "programId", program.toString(), "projectId", project.toString(), "title",
				t.of("riskTitle"), "description", t.of("riskDescription"), "owner", t.of("riskOwner"), "mitigation",
				t.of("riskMitigation"), "category", "SCOPE", "probability", "3", "impact", "3", "response", "REDUCE",
				"status", "OPEN", "raisedDate", "2026-01-05");
		Long stakeholder = created("/stakeholders", "name", t.of("stakeholderName"), "title", t.of("stakeholderTitle"),
				"organisation", t.of("stakeholderOrganisation"), "email",
				token.toLowerCase(Locale.ROOT) + "@example.org", "influence", "HIGH", "interest", "HIGH");
		assertThat(post("/stakeholders/" + stakeholder + "/programs", "programId", program.toString(), "role",
				"ACCOUNTABLE")
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(
				post("/stakeholders/" + stakeholder + "/projects", "projectId", project.toString(), "role", "INFORMED")
					.getResponse()
					.getStatus())
			.isEqualTo(302);

		// stored exactly as typed: the SQL was a value, nothing else
		assertThat(this.jdbc.sql("select name from programs where id = ?").param(program).query(String.class).single())
			.isEqualTo(t.of("programName"));
		assertThat(this.jdbc.sql("select mitigation from risks where id = ?").param(risk).query(String.class).single())
			.isEqualTo(t.of("riskMitigation"));

		Map<String, List<String>> pages = new LinkedHashMap<>();
		pages.put("/programs/" + program, List.of("programName", "programObjective", "programDescription",
				"projectName", "riskTitle", "stakeholderName"));
		pages.put("/programs/" + program + "/edit", List.of("programName", "programObjective", "programDescription"));
		pages.put("/programs?q=" + token, List.of("programName"));
		pages.put("/projects/" + project, List.of("programName", "projectName", "projectDescription", "projectLead",
				"milestoneName", "riskTitle", "stakeholderName"));
		pages.put("/projects/" + project + "/edit", List.of("projectName", "projectDescription", "projectLead"));
		pages.put("/projects?q=" + token, List.of("projectName"));
		pages.put("/milestones/" + milestone,
				List.of("milestoneName", "milestoneDescription", "milestoneOwner", "milestoneReason"));
		pages.put("/milestones/" + milestone + "/edit",
				List.of("milestoneName", "milestoneDescription", "milestoneOwner"));
		pages.put("/milestones?q=" + token, List.of("milestoneName"));
		pages.put("/risks/" + risk, List.of("riskTitle", "riskDescription", "riskOwner", "riskMitigation"));
		pages.put("/risks/" + risk + "/edit", List.of("riskTitle", "riskDescription", "riskOwner", "riskMitigation"));
		pages.put("/risks?q=" + token, List.of("riskTitle"));
		pages.put("/stakeholders/" + stakeholder,
				List.of("stakeholderName", "stakeholderTitle", "stakeholderOrganisation", "programName"));
		pages.put("/stakeholders/" + stakeholder + "/edit",
				List.of("stakeholderName", "stakeholderTitle", "stakeholderOrganisation"));
		pages.put("/stakeholders?q=" + token, List.of("stakeholderName"));
		pages.put("/stakeholders/links/new?programId=" + program, List.of("programName", "stakeholderName"));
		pages.put("/", List.of());
		List<String> problems = new ArrayList<>();
		pages.forEach((page, fields) -> {
			MvcTestResult result = this.mvc.get().uri(page).exchange();
			String body = body(result);
			if (result.getResponse().getStatus() != 200) {
				problems.add(page + ": status " + result.getResponse().getStatus());
			}
			if (body.contains(payload) || body.contains("<script>alert") || body.contains("<img src=x")) {
				problems.add(page + ": unescaped " + payload);
			}
			for (String field : fields) {
				if (!body.contains(escaped(t.of(field)))) {
					problems.add(page + ": " + field + " not shown escaped");
				}
			}
		});
		assertThat(problems).isEmpty();

		for (String table : TABLES) {
			assertThat(this.jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table)
				.isNotNegative();
		}
	}

	/** One text per field, so that a page shows which fields it rendered. */
	record Texts(String payload, String token) {

		String of(String field) {
			return this.payload + " " + this.token + "-" + field;
		}

	}

	/**
	 * How Thymeleaf writes the text in HTML, in element text and in attribute values
	 * alike.
	 */
	static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private Long created(String uri, String... params) {
		MvcTestResult result = post(uri, params);
		assertThat(result.getResponse().getStatus()).as("%s: %s", uri, body(result)).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private MvcTestResult post(String uri, String... params) {
		MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private String version(String table, Long id) {
		return this.jdbc.sql("select version from " + table + " where id = ?")
			.param(id)
			.query(Long.class)
			.single()
			.toString();
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
