package dev.milepost.raid;

import java.time.LocalDate;
import java.util.Set;

import dev.milepost.IntegrationTest;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of issues, decisions, actions and change requests as their services keep
 * them, on the real database.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class RaidServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	RaidFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RaidFixtures(this.context);
	}

	@Test
	void createsAnIssueWithItsEscalationAndKeepsHistory() {
		Program program = this.fixtures.data.program();
		Long cfo = this.fixtures.stakeholder("Cara");
		LocalDate neededBy = RaidFixtures.today().plusDays(2);

		Issue issue = this.fixtures.escalatedIssue(program, "Build farm down", cfo, neededBy);

		Issue stored = this.fixtures.issues.get(issue.getId());
		assertThat(stored.isEscalated()).isTrue();
		assertThat(stored.getEscalatedTo().getId()).isEqualTo(cfo);
		assertThat(stored.getEscalationNeededBy()).isEqualTo(neededBy);
		assertThat(stored.getOwner().getUsername()).isEqualTo("test-owner");
		assertThat(this.jdbc.sql("select count(*) from issues_aud where id = ?")
			.param(issue.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAnIncompleteEscalationNamingEachMissingPart() {
		Program program = this.fixtures.data.program();
		IssueDetails d = this.fixtures.issueDetails(program, "Half escalated");
		IssueDetails half = new IssueDetails(d.programId(), null, d.title(), null, d.priority(), d.ownerId(),
				d.raisedOn(), null, IssueStatus.OPEN, null, "Need money", null, null, null);

		assertThatExceptionOfType(RaidRulesException.class).isThrownBy(() -> this.fixtures.issues.create(half))
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(RaidRuleViolation::field)
				.containsExactlyInAnyOrder("escalatedToId", "escalationNeededBy"));
	}

	@Test
	void refusesResolvedIssueWithoutResolutionAndAFutureRaisedDateAndAForeignProject() {
		Program program = this.fixtures.data.program();
		Project other = this.fixtures.data.project(this.fixtures.data.program());
		IssueDetails d = this.fixtures.issueDetails(program, "Bad");
		IssueDetails bad = new IssueDetails(d.programId(), other.getId(), d.title(), null, d.priority(), d.ownerId(),
				RaidFixtures.today().plusDays(1), null, IssueStatus.RESOLVED, null, null, null, null, null);

		assertThat(this.fixtures.issues.check(bad, null)).extracting(RaidRuleViolation::code)
			.containsExactlyInAnyOrder("raid.project.otherProgram", "raid.date.future", "issue.resolution.required");
	}

	@Test
	void aStaleIssueUpdateIsRefusedAndChangesNothing() {
		Program program = this.fixtures.data.program();
		Issue issue = this.fixtures.issue(program, "Original");
		long version = issue.getVersion();
		IssueDetails first = this.fixtures.issueDetails(program, "First edit");
		this.fixtures.issues.update(issue.getId(), version, first);

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class).isThrownBy(() -> this.fixtures.issues
			.update(issue.getId(), version, this.fixtures.issueDetails(program, "Second edit")));
		assertThat(this.fixtures.issues.get(issue.getId()).getTitle()).isEqualTo("First edit");
	}

	@Test
	void archivedEntriesLeaveTheListsUntilRestored() {
		Program program = this.fixtures.data.program();
		Issue issue = this.fixtures.issue(program, "Archive me");
		RaidCriteria criteria = RaidCriteria.ofProgram(program.getId());
		PageRequest page = PageRequest.of(0, 10, Sort.by("id"));

		this.fixtures.issues.archive(issue.getId(), true);
		assertThat(this.fixtures.issues.search(criteria, page).getContent()).isEmpty();

		this.fixtures.issues.archive(issue.getId(), false);
		assertThat(this.fixtures.issues.search(criteria, page).getContent()).extracting(Issue::getTitle)
			.containsExactly("Archive me");
	}

	@Test
	void filtersByStatusPriorityOwnerAndOverdue() {
		Program program = this.fixtures.data.program();
		Action late = this.fixtures.action(program, "Late", RaidFixtures.today().minusDays(1));
		this.fixtures.action(program, "On time", RaidFixtures.today().plusDays(1));
		Long partner = this.fixtures.stakeholder("Pat Partner");
		ActionDetails d = this.fixtures.actionDetails(program, "Partner's", RaidFixtures.today().plusDays(3));
		this.fixtures.actions.create(new ActionDetails(d.programId(), null, d.title(), null, Priority.CRITICAL, null,
				partner, d.dueDate(), ActionStatus.OPEN, null));
		PageRequest page = PageRequest.of(0, 10, Sort.by("id"));

		assertThat(this.fixtures.actions
			.search(new RaidCriteria(null, program.getId(), null, null, null, null, true, false), page)
			.getContent()).extracting(Action::getId).containsExactly(late.getId());
		assertThat(this.fixtures.actions
			.search(new RaidCriteria(null, program.getId(), null, null, "pat partner", null, false, false), page)
			.getContent()).extracting(Action::getTitle).containsExactly("Partner's");
		assertThat(this.fixtures.actions
			.search(new RaidCriteria(null, program.getId(), null, null, null, Priority.CRITICAL, false, false), page)
			.getContent()).extracting(Action::getTitle).containsExactly("Partner's");
		assertThat(this.fixtures.actions
			.search(new RaidCriteria(null, program.getId(), null, ActionStatus.DONE, null, null, false, false), page)
			.getContent()).isEmpty();
	}

	@Test
	void anActionHasExactlyOneOwnerAndLinksOnlyWithinItsProgram() {
		Program program = this.fixtures.data.program();
		Issue foreign = this.fixtures.issue(this.fixtures.data.program(), "Elsewhere");
		ActionDetails d = this.fixtures.actionDetails(program, "Nobody's", RaidFixtures.today());

		assertThat(this.fixtures.actions.check(new ActionDetails(d.programId(), null, d.title(), null, d.priority(),
				null, null, d.dueDate(), d.status(), new ActionLink(ActionLink.Kind.ISSUE, foreign.getId()))))
			.extracting(RaidRuleViolation::code)
			.containsExactlyInAnyOrder("action.owner.missing", "action.link.otherProgram");
	}

	@Test
	void anActionMarkedDoneRecordsWhen() {
		Program program = this.fixtures.data.program();
		Action action = this.fixtures.action(program, "Finish", RaidFixtures.today());
		ActionDetails d = this.fixtures.actionDetails(program, "Finish", RaidFixtures.today());

		Action done = this.fixtures.actions.update(action.getId(), action.getVersion(), new ActionDetails(d.programId(),
				null, d.title(), null, d.priority(), d.ownerUserId(), null, d.dueDate(), ActionStatus.DONE, null));

		assertThat(done.getCompletedOn()).isEqualTo(RaidFixtures.today());
	}

	@Test
	void decidingASupersedingDecisionMarksTheOldOneSupersededAndKeepsItsLinks() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		Milestone milestone = this.fixtures.milestone(project, "Go-live", RaidFixtures.today().plusDays(60));
		Issue issue = this.fixtures.issue(program, "Vendor slow");
		DecisionDetails d = this.fixtures.decisionDetails(program, "Use vendor A");
		Decision old = this.fixtures.decisions.create(new DecisionDetails(d.programId(), null, d.title(), null, null,
				d.priority(), DecisionStatus.DECIDED, null, null, RaidFixtures.today().minusDays(30), "Vendor A",
				"Cheaper", null, Set.of(), Set.of(), Set.of()));

		Decision replacing = this.fixtures.decisions.create(new DecisionDetails(d.programId(), null, "Use vendor B",
				null, null, d.priority(), DecisionStatus.DECIDED, null, null, RaidFixtures.today(), "Vendor B",
				"A cannot deliver", old.getId(), Set.of(), Set.of(issue.getId()), Set.of(milestone.getId())));

		assertThat(this.fixtures.decisions.get(old.getId()).getStatus()).isEqualTo(DecisionStatus.SUPERSEDED);
		assertThat(this.fixtures.decisions.supersededBy(old.getId())).get()
			.extracting(Decision::getId)
			.isEqualTo(replacing.getId());
		Decision stored = this.fixtures.decisions.get(replacing.getId());
		assertThat(stored.getIssueIds()).containsExactly(issue.getId());
		assertThat(stored.getMilestoneIds()).containsExactly(milestone.getId());
	}

	@Test
	void aDecidedDecisionNeedsItsDateAndTextAndLinksOnlyItsProgramsRecords() {
		Program program = this.fixtures.data.program();
		Issue foreign = this.fixtures.issue(this.fixtures.data.program(), "Elsewhere");
		DecisionDetails d = this.fixtures.decisionDetails(program, "Half decided");

		assertThat(this.fixtures.decisions
			.check(new DecisionDetails(d.programId(), null, d.title(), null, null, d.priority(), DecisionStatus.DECIDED,
					null, null, null, null, null, null, Set.of(), Set.of(foreign.getId()), Set.of()), null))
			.extracting(RaidRuleViolation::code)
			.containsExactlyInAnyOrder("decision.decidedOn.required", "decision.decision.required",
					"decision.link.otherProgram");
	}

	@Test
	void aChangeRequestIsEditedWhilePendingOnly() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		Milestone milestone = this.fixtures.milestone(project, "Beta", RaidFixtures.today().plusDays(30));
		ChangeRequest change = this.fixtures.change(program, "Slip beta",
				java.util.List.of(RaidFixtures.move(milestone, RaidFixtures.today().plusDays(45))),
				java.util.List.of());
		ChangeRequest withdrawn = this.fixtures.changes.withdraw(change.getId(), change.getVersion());

		assertThatExceptionOfType(dev.milepost.shared.ConflictException.class).isThrownBy(() -> this.fixtures.changes
			.update(change.getId(), withdrawn.getVersion(), new ChangeRequestDetails(program.getId(), null, "Other",
					"R", "Sam", Priority.LOW, null, java.util.List.of(), java.util.List.of())));
		assertThat(this.fixtures.changes.get(change.getId()).getMoves()).hasSize(1);
	}

}
