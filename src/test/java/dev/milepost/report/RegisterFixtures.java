package dev.milepost.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.raid.Action;
import dev.milepost.raid.ActionDetails;
import dev.milepost.raid.ActionService;
import dev.milepost.raid.ActionStatus;
import dev.milepost.raid.ChangeRequest;
import dev.milepost.raid.ChangeRequestDetails;
import dev.milepost.raid.ChangeRequestService;
import dev.milepost.raid.Decision;
import dev.milepost.raid.DecisionDetails;
import dev.milepost.raid.DecisionService;
import dev.milepost.raid.DecisionStatus;
import dev.milepost.raid.Issue;
import dev.milepost.raid.IssueDetails;
import dev.milepost.raid.IssueService;
import dev.milepost.raid.IssueStatus;
import dev.milepost.raid.Priority;
import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.StakeholderData;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.context.ApplicationContext;

/**
 * Register entries for report tests, made through the raid services at a given moment of
 * the {@link TestClock} (in its zone), so that their timestamps and history are what the
 * application would have recorded then.
 */
record RegisterFixtures(TestData data, TestClock clock, IssueService issues, DecisionService decisions,
		ActionService actions, ChangeRequestService changes, StakeholderService stakeholders) {

	static RegisterFixtures of(ApplicationContext context) {
		return new RegisterFixtures(context.getBean(TestData.class), context.getBean(TestClock.class),
				context.getBean(IssueService.class), context.getBean(DecisionService.class),
				context.getBean(ActionService.class), context.getBean(ChangeRequestService.class),
				context.getBean(StakeholderService.class));
	}

	/** Sets the clock to {@code local} in its zone. */
	void at(LocalDateTime local) {
		this.clock.set(local.atZone(this.clock.getZone()).toInstant());
	}

	Instant now() {
		return this.clock.instant();
	}

	Long stakeholder(String name) {
		String key = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		return this.stakeholders
			.create(new StakeholderData(name, key + "@example.org", "CFO", null, Level.HIGH, Level.HIGH))
			.getId();
	}

	/** An open issue raised now. */
	Issue issue(Program program, String title, LocalDateTime at) {
		at(at);
		return this.issues.create(details(program, title, IssueStatus.OPEN, null, null, null));
	}

	/** An issue in progress escalated to {@code stakeholder}, raised now. */
	Issue escalated(Program program, String title, String ask, Long stakeholder, LocalDate neededBy, LocalDateTime at) {
		at(at);
		return this.issues.create(details(program, title, IssueStatus.IN_PROGRESS, ask, stakeholder, neededBy));
	}

	/** The issue resolved at {@code at}, escalation and title kept. */
	Issue resolve(Issue issue, LocalDateTime at) {
		at(at);
		Issue current = this.issues.get(issue.getId());
		return this.issues.update(current.getId(), current.getVersion(),
				new IssueDetails(current.getProgram().getId(), null, current.getTitle(), current.getDescription(),
						current.getPriority(), current.getOwner().getId(), current.getRaisedOn(),
						current.getTargetDate(), IssueStatus.RESOLVED, "Fixed",
						current.isEscalated() ? current.getEscalationAsk() : null,
						current.isEscalated() ? current.getEscalatedTo().getId() : null,
						current.getEscalationNeededBy(), null));
	}

	/** The issue renamed, everything else kept. */
	Issue rename(Issue issue, String title) {
		Issue current = this.issues.get(issue.getId());
		return this.issues.update(current.getId(), current.getVersion(),
				new IssueDetails(current.getProgram().getId(), null, title, current.getDescription(),
						current.getPriority(), current.getOwner().getId(), current.getRaisedOn(),
						current.getTargetDate(), current.getStatus(), current.getResolution(),
						current.getEscalationAsk(), current.isEscalated() ? current.getEscalatedTo().getId() : null,
						current.getEscalationNeededBy(), null));
	}

	private IssueDetails details(Program program, String title, IssueStatus status, String ask, Long stakeholder,
			LocalDate neededBy) {
		LocalDate today = this.clock.today();
		return new IssueDetails(program.getId(), null, title, "What happened", Priority.HIGH, this.data.owner().getId(),
				today, today.plusDays(30), status, null, ask, stakeholder, neededBy, null);
	}

	Decision neededDecision(Program program, String title, Long decider, LocalDate neededBy) {
		return this.decisions
			.create(new DecisionDetails(program.getId(), null, title, "Context", "A or B", Priority.MEDIUM,
					DecisionStatus.NEEDED, neededBy, decider, null, null, null, null, Set.of(), Set.of(), Set.of()));
	}

	Decision decide(Decision decision) {
		Decision current = this.decisions.get(decision.getId());
		return this.decisions.update(current.getId(), current.getVersion(),
				new DecisionDetails(current.getProgram().getId(), null, current.getTitle(), "Context", "A or B",
						Priority.MEDIUM, DecisionStatus.DECIDED, current.getNeededBy(),
						(current.getDecider() != null) ? current.getDecider().getId() : null, this.clock.today(),
						"Option A", "Cheaper", null, Set.of(), Set.of(), Set.of()));
	}

	Action action(Program program, String title, LocalDate due, ActionStatus status) {
		return this.actions.create(new ActionDetails(program.getId(), null, title, null, Priority.LOW,
				this.data.owner().getId(), null, due, status, null));
	}

	/** A change request submitted and approved at {@code at} by the test owner. */
	ChangeRequest approvedChange(Program program, String title, LocalDateTime at) {
		at(at);
		ChangeRequest change = this.changes.create(new ChangeRequestDetails(program.getId(), null, title, "Scope grew",
				"Sam Sponsor", Priority.HIGH, null, List.of(), List.of()));
		change = this.changes.submit(change.getId(), change.getVersion());
		return this.changes.approve(change.getId(), change.getVersion(), this.data.owner());
	}

}
