package dev.milepost.raid;

import java.util.List;
import java.util.Set;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.portfolio.Program;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register summary of a program: open, overdue and escalated counts, archived entries
 * and other programs left out, in one SQL statement.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class RaidSummaryTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RaidSummaryQuery query;

	@Autowired
	StatementCounter counter;

	@Autowired
	MockMvcTester mvc;

	RaidFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RaidFixtures(this.context);
	}

	@Test
	void countsOpenOverdueAndEscalatedEntriesOfTheProgramOnly() {
		Program program = this.fixtures.data.program();
		Program other = this.fixtures.data.program();
		Long cfo = this.fixtures.stakeholder("Cara");
		// issues: one critical escalated past its needed-by, one late, one resolved, one
		// archived
		this.fixtures.escalatedIssue(program, "Escalated", cfo, RaidFixtures.today().minusDays(1));
		IssueDetails d = this.fixtures.issueDetails(program, "Late");
		this.fixtures.issues.create(new IssueDetails(d.programId(), null, "Late", null, Priority.HIGH, d.ownerId(),
				RaidFixtures.today().minusDays(10), RaidFixtures.today().minusDays(1), IssueStatus.OPEN, null, null,
				null, null, null));
		this.fixtures.issues.create(new IssueDetails(d.programId(), null, "Done", null, Priority.CRITICAL, d.ownerId(),
				d.raisedOn(), null, IssueStatus.RESOLVED, "Fixed", null, null, null, null));
		this.fixtures.issues.archive(this.fixtures.issue(program, "Archived").getId(), true);
		// decisions: one needed and overdue, one needed later, one decided
		DecisionDetails n = this.fixtures.decisionDetails(program, "Overdue");
		this.fixtures.decisions
			.create(new DecisionDetails(n.programId(), null, "Overdue", null, null, n.priority(), DecisionStatus.NEEDED,
					RaidFixtures.today().minusDays(2), cfo, null, null, null, null, Set.of(), Set.of(), Set.of()));
		this.fixtures.decision(program, "Later");
		this.fixtures.decisions.create(
				new DecisionDetails(n.programId(), null, "Decided", null, null, n.priority(), DecisionStatus.DECIDED,
						null, null, RaidFixtures.today(), "Yes", null, null, Set.of(), Set.of(), Set.of()));
		// actions: one overdue, one due later
		this.fixtures.action(program, "Late action", RaidFixtures.today().minusDays(1));
		this.fixtures.action(program, "Due action", RaidFixtures.today().plusDays(1));
		// a pending change request
		this.fixtures.change(program, "Pending", List.of(), List.of());
		// the other program's entries do not count
		this.fixtures.issue(other, "Elsewhere");
		this.fixtures.action(other, "Elsewhere", RaidFixtures.today().minusDays(5));

		this.counter.reset();
		RaidSummary summary = this.query.forProgram(program.getId());

		assertThat(this.counter.count()).isEqualTo(1);
		assertThat(summary).isEqualTo(new RaidSummary(2, 1, 1, 1, 1, 2, 1, 2, 1, 1));
	}

	@Test
	void anUnknownOrEmptyProgramHasNothingOpen() {
		assertThat(this.query.forProgram(987654321L)).isEqualTo(new RaidSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		assertThat(this.query.forProgram(this.fixtures.data.program().getId()))
			.isEqualTo(new RaidSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void theProgramPageShowsTheSummaryAndLinksToTheFilteredLists() throws Exception {
		Program program = this.fixtures.data.program();
		Long cfo = this.fixtures.stakeholder("Cara");
		this.fixtures.escalatedIssue(program, "Escalated", cfo, RaidFixtures.today().minusDays(1));
		this.fixtures.issue(program, "Plain");
		this.fixtures.action(program, "Late action", RaidFixtures.today().minusDays(1));

		String html = this.mvc.get()
			.uri("/programs/{id}", program.getId())
			.exchange()
			.getResponse()
			.getContentAsString();
		String summary = html.substring(html.indexOf("id=\"register-summary\""),
				html.indexOf("</ul>", html.indexOf("id=\"register-summary\"")));
		long id = program.getId();

		assertThat(summary).contains("2 open issues", "1 escalation", "1 past needed-by", "No decisions needed",
				"1 open action", "1 overdue", "No change requests pending");
		assertThat(summary).contains("href=\"/issues?programId=" + id + "\"",
				"href=\"/actions?programId=" + id + "&amp;status=OPEN&amp;overdue=true\"",
				"href=\"/decisions?programId=" + id + "&amp;status=NEEDED\"", "href=\"/changes?programId=" + id + "\"");
		assertThat(html).contains("href=\"#register-title\"");
	}

}
