package dev.milepost.raid;

import java.util.List;

import dev.milepost.IntegrationTest;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramInUseException;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectInUseException;
import dev.milepost.portfolio.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Deleting a program, project, stakeholder, risk or milestone that register entries refer
 * to is refused with a message (or, for links that may go, cleans them up), never a 500.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class RegisterDeletionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgramService programs;

	@Autowired
	ProjectService projects;

	@Autowired
	MockMvcTester mvc;

	RaidFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RaidFixtures(this.context);
	}

	@Test
	void aProgramWithOnlyAnIssueIsNotDeletedAndThePageSaysWhy() {
		Program program = this.fixtures.data.program();
		this.fixtures.issue(program, "Keeps it");

		assertThatExceptionOfType(ProgramInUseException.class).isThrownBy(() -> this.programs.delete(program.getId()))
			.satisfies((ex) -> assertThat(ex.getRegisterEntries()).isEqualTo(1));
		assertThat(this.mvc.post().uri("/programs/" + program.getId() + "/delete").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flashWarning",
					program.getKey() + " cannot be deleted: it has 0 project(s), 0 risk(s), "
							+ "0 stakeholder link(s) and 1 issue(s), decision(s), action(s) or change request(s). "
							+ "Archive it instead.");
		assertThat(this.programs.get(program.getId())).isNotNull();
	}

	@Test
	void aProgramWithADecisionActionOrChangeIsNotDeleted() {
		Program withDecision = this.fixtures.data.program();
		this.fixtures.decision(withDecision, "D");
		Program withAction = this.fixtures.data.program();
		this.fixtures.action(withAction, "A", RaidFixtures.today());
		Program withChange = this.fixtures.data.program();
		this.fixtures.change(withChange, "C", List.of(), List.of());

		for (Program program : List.of(withDecision, withAction, withChange)) {
			assertThatExceptionOfType(ProgramInUseException.class)
				.isThrownBy(() -> this.programs.delete(program.getId()));
		}
	}

	@Test
	void aProjectNamedByAnEntryOrABudgetChangeIsNotDeleted() {
		Program program = this.fixtures.data.program();
		Project named = this.fixtures.data.project(program);
		Project budgeted = this.fixtures.data.project(program);
		IssueDetails d = this.fixtures.issueDetails(program, "On the project");
		this.fixtures.issues.create(new IssueDetails(d.programId(), named.getId(), d.title(), null, d.priority(),
				d.ownerId(), d.raisedOn(), null, d.status(), null, null, null, null, null));
		this.fixtures.change(program, "More money", List.of(), List.of(RaidFixtures.budget(budgeted, "100")));

		assertThatExceptionOfType(ProjectInUseException.class).isThrownBy(() -> this.projects.delete(named.getId()))
			.satisfies((ex) -> assertThat(ex.getRegisterEntries()).isEqualTo(1));
		assertThatExceptionOfType(ProjectInUseException.class).isThrownBy(() -> this.projects.delete(budgeted.getId()));
		assertThat(this.mvc.post().uri("/projects/" + budgeted.getId() + "/delete").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/projects/" + budgeted.getId());
	}

	@Test
	void aStakeholderNamedByAnEscalationIsNotDeleted() {
		Program program = this.fixtures.data.program();
		Long cfo = this.fixtures.stakeholder("Escalated to");
		this.fixtures.escalatedIssue(program, "Needs money", cfo, RaidFixtures.today().plusDays(3));

		assertThat(this.fixtures.stakeholders.delete(cfo)).isFalse();
		assertThat(this.mvc.post().uri("/stakeholders/" + cfo + "/delete").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/stakeholders/" + cfo);
	}

	@Test
	void deletingALinkedRiskOrMilestoneDropsTheLinksNotTheEntries() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		Milestone milestone = this.fixtures.milestone(project, "Free", RaidFixtures.today().plusDays(9));
		Long risk = this.fixtures.occurredRisk(program, null, "Raised");
		IssueDetails d = this.fixtures.issueDetails(program, "From the risk");
		Issue issue = this.fixtures.issues.create(new IssueDetails(d.programId(), null, d.title(), null, d.priority(),
				d.ownerId(), d.raisedOn(), null, d.status(), null, null, null, null, risk));
		DecisionDetails n = this.fixtures.decisionDetails(program, "Linked");
		Decision decision = this.fixtures.decisions.create(new DecisionDetails(n.programId(), null, n.title(), null,
				null, n.priority(), n.status(), n.neededBy(), null, null, null, null, null, java.util.Set.of(risk),
				java.util.Set.of(), java.util.Set.of(milestone.getId())));

		assertThat(this.mvc.post().uri("/risks/" + risk + "/delete").with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri("/milestones/" + milestone.getId() + "/delete").with(csrf()))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.fixtures.issues.get(issue.getId()).getRisk()).isNull();
		Decision stored = this.fixtures.decisions.get(decision.getId());
		assertThat(stored.getRiskIds()).isEmpty();
		assertThat(stored.getMilestoneIds()).isEmpty();
	}

}
