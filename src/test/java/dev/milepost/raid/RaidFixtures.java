package dev.milepost.raid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.risk.RiskCategory;
import dev.milepost.risk.RiskDetails;
import dev.milepost.risk.RiskResponse;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskStatus;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.StakeholderData;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.context.ApplicationContext;

/**
 * Builds register entries through the services, with sensible defaults, for the raid
 * tests. A plain object (built from the shared context), so that the tests keep sharing
 * the one cached Spring context.
 */
class RaidFixtures {

	final TestData data;

	final IssueService issues;

	final DecisionService decisions;

	final ActionService actions;

	final ChangeRequestService changes;

	final RiskService risks;

	final MilestoneService milestones;

	final StakeholderService stakeholders;

	RaidFixtures(ApplicationContext context) {
		this.data = context.getBean(TestData.class);
		this.issues = context.getBean(IssueService.class);
		this.decisions = context.getBean(DecisionService.class);
		this.actions = context.getBean(ActionService.class);
		this.changes = context.getBean(ChangeRequestService.class);
		this.risks = context.getBean(RiskService.class);
		this.milestones = context.getBean(MilestoneService.class);
		this.stakeholders = context.getBean(StakeholderService.class);
	}

	static LocalDate today() {
		return TestClock.runToday();
	}

	User owner() {
		return this.data.owner();
	}

	User user(String username, Role role) {
		return this.data.user(username, role);
	}

	Long stakeholder(String name) {
		String key = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		return this.stakeholders
			.create(new StakeholderData(name + " " + key, key + "@example.org", "CFO", null, Level.HIGH, Level.HIGH))
			.getId();
	}

	IssueDetails issueDetails(Program program, String title) {
		return new IssueDetails(program.getId(), null, title, "What happened", Priority.HIGH, owner().getId(),
				today().minusDays(3), today().plusDays(10), IssueStatus.OPEN, null, null, null, null, null);
	}

	Issue issue(Program program, String title) {
		return this.issues.create(issueDetails(program, title));
	}

	Issue escalatedIssue(Program program, String title, Long stakeholderId, LocalDate neededBy) {
		IssueDetails d = issueDetails(program, title);
		return this.issues.create(new IssueDetails(d.programId(), null, title, d.description(), Priority.CRITICAL,
				d.ownerId(), d.raisedOn(), d.targetDate(), IssueStatus.IN_PROGRESS, null, "Approve two contractors",
				stakeholderId, neededBy, null));
	}

	DecisionDetails decisionDetails(Program program, String title) {
		return new DecisionDetails(program.getId(), null, title, "Context", "A or B", Priority.MEDIUM,
				DecisionStatus.NEEDED, today().plusDays(7), null, null, null, null, null, Set.of(), Set.of(), Set.of());
	}

	Decision decision(Program program, String title) {
		return this.decisions.create(decisionDetails(program, title));
	}

	ActionDetails actionDetails(Program program, String title, LocalDate due) {
		return new ActionDetails(program.getId(), null, title, null, Priority.LOW, owner().getId(), null, due,
				ActionStatus.OPEN, null);
	}

	Action action(Program program, String title, LocalDate due) {
		return this.actions.create(actionDetails(program, title, due));
	}

	Milestone milestone(Project project, String name, LocalDate baseline) {
		return this.milestones.create(project.getId(), name + " " + TestData.uniqueKey(), null, "Ann", baseline, null,
				null, null);
	}

	ChangeRequest change(Program program, String title, List<ChangeRequestDetails.Move> moves,
			List<ChangeRequestDetails.Budget> budgets) {
		return this.changes.create(new ChangeRequestDetails(program.getId(), null, title, "Scope grew", "Sam Sponsor",
				Priority.HIGH, today().plusDays(5), moves, budgets));
	}

	static ChangeRequestDetails.Move move(Milestone milestone, LocalDate to) {
		return new ChangeRequestDetails.Move(milestone.getId(), to);
	}

	static ChangeRequestDetails.Budget budget(Project project, String delta) {
		return new ChangeRequestDetails.Budget(project.getId(), new BigDecimal(delta));
	}

	Long occurredRisk(Program program, Project project, String title) {
		return this.risks
			.create(new RiskDetails(program.getId(), (project != null) ? project.getId() : null, title, "It happened",
					RiskCategory.TECHNICAL, 4, 5, "Rita Owner", RiskResponse.REDUCE, null, null, RiskStatus.OCCURRED,
					today().minusDays(20)))
			.getId();
	}

}
