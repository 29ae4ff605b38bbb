package dev.milepost.risk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API the program and project pages use: {@link RiskService#forProgram},
 * {@link RiskService#forProject} and the {@code risks/fragments :: risk-table} fragment.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class RiskServiceTests {

	@Autowired
	RiskService service;

	@Autowired
	RiskRepository risks;

	@Autowired
	TestData data;

	@Autowired
	ITemplateEngine templates;

	@Test
	void forProgramListsItsRisksAndItsProjectsRisksWorstFirst() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		Risk low = this.risks.saveAndFlush(RiskTestData.risk(program, null, "Low", 1, 3));
		Risk high = this.risks.saveAndFlush(RiskTestData.risk(program, project, "High", 3, 5));
		this.service.archive(this.risks.saveAndFlush(RiskTestData.risk(program, null, "Gone", 5, 5)).getId());

		List<RiskSummary> summaries = this.service.forProgram(program.getId());

		assertThat(summaries).extracting(RiskSummary::id).containsExactly(high.getId(), low.getId());
		assertThat(summaries.get(0)).isEqualTo(new RiskSummary(high.getId(), "High", program.getKey(), project.getKey(),
				RiskCategory.TECHNICAL, 3, 5, 15, "Rita Owner", RiskStatus.OPEN, null));
	}

	@Test
	void forProjectListsOnlyRisksNarrowedToIt() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		this.risks.saveAndFlush(RiskTestData.risk(program, null, "Program wide", 5, 5));
		Risk narrowed = this.risks.saveAndFlush(RiskTestData.risk(program, project, "Narrowed", 2, 2));

		assertThat(this.service.forProject(project.getId())).extracting(RiskSummary::id)
			.containsExactly(narrowed.getId());
		assertThat(this.service.forProject(this.data.project(program).getId())).isEmpty();
	}

	@Test
	void unknownProgramOrProjectHasNoRisks() {
		assertThat(this.service.forProgram(987654321L)).isEmpty();
		assertThat(this.service.forProject(987654321L)).isEmpty();
	}

	@Test
	void riskTableFragmentLinksTitlesAndEscapesThem() {
		Program program = this.data.program();
		Risk risk = this.risks.saveAndFlush(RiskTestData.risk(program, null, "<script>alert(1)</script>", 4, 4));

		String html = render(this.service.forProgram(program.getId()));

		assertThat(html).contains("href=\"/risks/" + risk.getId() + "\"")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>")
			.contains("score-critical")
			.contains("Technical", "Open", "Rita Owner");
	}

	@Test
	void riskTableFragmentSaysWhenThereAreNone() {
		assertThat(render(List.of())).contains("No risks recorded.").doesNotContain("<table");
	}

	private String render(List<RiskSummary> summaries) {
		MockServletContext servletContext = new MockServletContext();
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext)
					.buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse()),
				Locale.ENGLISH, Map.of("risks", summaries));
		return this.templates.process("risks/fragments", Set.of("risk-table"), context);
	}

}
