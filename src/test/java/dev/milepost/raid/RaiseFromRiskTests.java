package dev.milepost.raid;

import java.util.Locale;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.risk.Risk;
import dev.milepost.risk.RiskDetails;
import dev.milepost.risk.RiskStatus;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A risk that occurred offers "raise as issue": the form is filled in from the risk, and
 * saving links issue and risk both ways in one transaction, the risk keeping its history.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class RaiseFromRiskTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	RaidFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RaidFixtures(this.context);
	}

	@Test
	void anOccurredRiskOffersRaiseAsIssueAndAnOpenOneDoesNot() {
		Program program = this.fixtures.data.program();
		Long occurred = this.fixtures.occurredRisk(program, null, "Vendor went bust");
		Long open = this.fixtures.risks
			.create(new RiskDetails(program.getId(), null, "Might go bust", null, dev.milepost.risk.RiskCategory.COST,
					2, 2, "Rita", dev.milepost.risk.RiskResponse.ACCEPT, null, null, RiskStatus.OPEN,
					RaidFixtures.today()))
			.getId();

		assertThat(this.mvc.get().uri("/risks/" + occurred)).hasStatusOk()
			.bodyText()
			.contains("/issues/new?risk=" + occurred, "Raise as issue");
		assertThat(this.mvc.get().uri("/risks/" + open)).hasStatusOk().bodyText().doesNotContain("Raise as issue");
	}

	@Test
	void theNewIssueFormIsFilledInFromTheRisk() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		Long risk = this.fixtures.occurredRisk(program, project, "Vendor went bust");

		assertThat(this.mvc.get().uri("/issues/new").param("risk", risk.toString())).hasStatusOk()
			.bodyText()
			.contains("value=\"Vendor went bust\"", "It happened", "name=\"riskId\" value=\"" + risk + "\"")
			.containsPattern("<option value=\"" + project.getId() + "\"\\s+selected=\"selected\"")
			// probability 4 x impact 5 = 20: critical
			.containsPattern("<option value=\"CRITICAL\"\\s+selected=\"selected\"");
	}

	@Test
	void theNewIssueIsTheSignedInUsersUntilTheyPickAnotherOwner() {
		Program program = this.fixtures.data.program();
		Long risk = this.fixtures.occurredRisk(program, null, "Courier lost the hardware");
		User raiser = this.fixtures.user("raiser-" + TestData.uniqueKey().toLowerCase(Locale.ROOT), Role.ADMIN);

		assertThat(this.mvc.get()
			.uri("/issues/new")
			.param("risk", risk.toString())
			.with(user(raiser.getUsername()).roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.containsPattern("<option value=\"" + raiser.getId() + "\"\\s+selected=\"selected\"");
		assertThat(this.mvc.get()
			.uri("/actions/new")
			.param("programId", program.getId().toString())
			.with(user(raiser.getUsername()).roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.containsPattern("<option value=\"" + raiser.getId() + "\"\\s+selected=\"selected\"");
	}

	@Test
	void savingLinksBothWaysAndTheRiskKeepsItsHistory() {
		Program program = this.fixtures.data.program();
		Long risk = this.fixtures.occurredRisk(program, null, "Data centre flooded");

		MvcTestResult result = this.mvc.post()
			.uri("/issues")
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("riskId", risk.toString())
			.param("title", "Data centre flooded")
			.param("priority", "CRITICAL")
			.param("ownerId", this.fixtures.owner().getId().toString())
			.param("raisedOn", RaidFixtures.today().toString())
			.param("status", "OPEN")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND);
		Long issueId = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/issues/", ""));
		assertThat(this.fixtures.issues.get(issueId).getRisk().getId()).isEqualTo(risk);
		Risk stored = this.fixtures.risks.get(risk);
		assertThat(stored.getRaisedIssueId()).isEqualTo(issueId);
		assertThat(this.jdbc.sql("select raised_issue_id from risks_aud where id = ? order by rev")
			.param(risk)
			.query(Long.class)
			.list()).containsExactly(null, issueId);
		assertThat(this.mvc.get().uri("/risks/" + risk)).hasStatusOk()
			.bodyText()
			.contains("/issues/" + issueId)
			.doesNotContain("Raise as issue");
		assertThat(this.mvc.get().uri("/issues/" + issueId)).hasStatusOk().bodyText().contains("/risks/" + risk);
	}

	@Test
	void aRiskIsRaisedOnceAndOnlyWhenItOccurred() {
		Program program = this.fixtures.data.program();
		Long risk = this.fixtures.occurredRisk(program, null, "Raised twice?");
		IssueDetails d = this.fixtures.issueDetails(program, "First");
		this.fixtures.issues.create(withRisk(d, risk));

		assertThatExceptionOfType(RaidRulesException.class)
			.isThrownBy(() -> this.fixtures.issues.create(withRisk(d, risk)))
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(RaidRuleViolation::code)
				.containsExactly("issue.risk.raised"));
		Long open = this.fixtures.risks
			.create(new RiskDetails(program.getId(), null, "Not yet", null, dev.milepost.risk.RiskCategory.COST, 2, 2,
					"Rita", dev.milepost.risk.RiskResponse.ACCEPT, null, null, RiskStatus.OPEN, RaidFixtures.today()))
			.getId();
		assertThat(this.fixtures.issues.check(withRisk(d, open), null)).extracting(RaidRuleViolation::code)
			.containsExactly("issue.risk.notOccurred");
	}

	@Test
	void aFailedRaiseLeavesTheRiskUnlinked() {
		Program program = this.fixtures.data.program();
		Long risk = this.fixtures.occurredRisk(program, null, "Still unlinked");
		IssueDetails d = this.fixtures.issueDetails(program, "Broken");
		// resolved without a resolution: refused, nothing saved on either side
		IssueDetails broken = new IssueDetails(d.programId(), null, d.title(), null, d.priority(), d.ownerId(),
				d.raisedOn(), null, IssueStatus.RESOLVED, null, null, null, null, risk);

		assertThatExceptionOfType(RaidRulesException.class).isThrownBy(() -> this.fixtures.issues.create(broken));
		assertThat(this.fixtures.risks.get(risk).getRaisedIssueId()).isNull();
		assertThat(
				this.jdbc.sql("select count(*) from issues where risk_id = ?").param(risk).query(Long.class).single())
			.isZero();
	}

	private static IssueDetails withRisk(IssueDetails d, Long risk) {
		return new IssueDetails(d.programId(), d.projectId(), d.title(), d.description(), d.priority(), d.ownerId(),
				d.raisedOn(), d.targetDate(), d.status(), d.resolution(), null, null, null, risk);
	}

}
