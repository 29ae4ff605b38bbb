package dev.milepost.raid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectService;
import dev.milepost.security.User;
import dev.milepost.shared.ConflictException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests: list, read, create and edit while pending, submit, withdraw, reject
 * and approve. Approval applies the request in one transaction: each milestone is
 * re-baselined through {@link MilestoneService#rebaseline} (a baseline row in its date
 * history, the request as the reason) and each project's planned budget changes through
 * {@link ProjectService#adjustBudget}; any failure leaves everything as it was.
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequestService {

	private final ChangeRequestRepository changes;

	private final Resolver resolver;

	private final MilestoneService milestones;

	private final ProjectService projects;

	private final Clock clock;

	ChangeRequestService(ChangeRequestRepository changes, Resolver resolver, MilestoneService milestones,
			ProjectService projects, Clock clock) {
		this.changes = changes;
		this.resolver = resolver;
		this.milestones = milestones;
		this.projects = projects;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A page of change requests with program and project: page and count. */
	public Page<ChangeRequest> search(RaidCriteria criteria, Pageable pageable) {
		return this.changes.findAll(RaidSpecifications.changes(criteria, today()), pageable);
	}

	/**
	 * The request with program, project, decider, moves (with milestones and their
	 * projects) and budget changes (with projects), in three statements.
	 * @throws RaidNotFoundException when there is no such change request
	 */
	public ChangeRequest get(Long id) {
		ChangeRequest change = this.changes.findWithAllById(id)
			.orElseThrow(() -> new RaidNotFoundException("Change request", id));
		this.changes.fetchMoves(id);
		this.changes.fetchBudgets(id);
		return change;
	}

	public List<RaidRuleViolation> check(ChangeRequestDetails details) {
		List<RaidRuleViolation> violations = new ArrayList<>();
		resolve(details, violations);
		return violations;
	}

	/** Records a new change request as a draft. */
	@Transactional
	public ChangeRequest create(ChangeRequestDetails details) {
		ChangeRequest change = new ChangeRequest();
		apply(details, change);
		return this.changes.saveAndFlush(change);
	}

	/**
	 * Replaces the request's details and impact while it is pending; the baseline each
	 * moved milestone has now is what an approval will be checked against.
	 * @throws ObjectOptimisticLockingFailureException when the stored version differs
	 * @throws ConflictException when the request is no longer pending
	 * @throws RaidRulesException when {@link #check} finds a problem; nothing is saved
	 */
	@Transactional
	public ChangeRequest update(Long id, long version, ChangeRequestDetails details) {
		ChangeRequest change = get(id);
		checkVersion(change, version);
		if (!change.getStatus().isPending()) {
			throw new ConflictException("change.notPending", change.getReference());
		}
		apply(details, change);
		return this.changes.saveAndFlush(change);
	}

	/** Draft to submitted: ready for the program owner's decision. */
	@Transactional
	public ChangeRequest submit(Long id, long version) {
		ChangeRequest change = get(id);
		checkVersion(change, version);
		requireStatus(change, ChangeStatus.DRAFT);
		change.setStatus(ChangeStatus.SUBMITTED);
		return this.changes.saveAndFlush(change);
	}

	/** A pending request is withdrawn; nothing of the portfolio changes. */
	@Transactional
	public ChangeRequest withdraw(Long id, long version) {
		ChangeRequest change = get(id);
		checkVersion(change, version);
		if (!change.getStatus().isPending()) {
			throw new ConflictException("change.notPending", change.getReference());
		}
		change.setStatus(ChangeStatus.WITHDRAWN);
		return this.changes.saveAndFlush(change);
	}

	/** A submitted request is rejected by {@code approver}; nothing else changes. */
	@Transactional
	public ChangeRequest reject(Long id, long version, User approver) {
		ChangeRequest change = get(id);
		checkVersion(change, version);
		requireStatus(change, ChangeStatus.SUBMITTED);
		change.decide(ChangeStatus.REJECTED, approver, today());
		return this.changes.saveAndFlush(change);
	}

	/**
	 * Approves a submitted request and applies it, all in this transaction: every
	 * milestone it names is re-baselined (with the request as the reason) and every
	 * project budget it names changes. Who may approve (program owner or admin) is the
	 * caller's check.
	 * @throws ObjectOptimisticLockingFailureException when the request changed since
	 * {@code version}
	 * @throws StaleChangeRequestException when a milestone was re-baselined since the
	 * request was entered; nothing is changed
	 * @throws ConflictException when the request is not submitted, or a budget would fall
	 * below zero; nothing is changed
	 */
	@Transactional
	public ChangeRequest approve(Long id, long version, User approver) {
		ChangeRequest change = get(id);
		checkVersion(change, version);
		requireStatus(change, ChangeStatus.SUBMITTED);
		List<StaleChangeRequestException.Moved> moved = new ArrayList<>();
		for (ChangeRequestMove move : change.getMoves()) {
			Milestone milestone = move.getMilestone();
			if (!milestone.getBaselineDate().equals(move.getBaselineAtRequest())) {
				moved.add(new StaleChangeRequestException.Moved(milestone.getId(), milestone.getName(),
						move.getBaselineAtRequest(), milestone.getBaselineDate(), move.getNewBaseline()));
			}
		}
		if (!moved.isEmpty()) {
			throw new StaleChangeRequestException(id, moved);
		}
		String reason = truncate(change.getReference() + " approved: " + change.getTitle(), 500);
		for (ChangeRequestMove move : change.getMoves()) {
			Milestone milestone = move.getMilestone();
			this.milestones.rebaseline(milestone.getId(), milestone.getVersion(), move.getNewBaseline(), reason);
		}
		for (ChangeRequestBudget budget : change.getBudgets()) {
			this.projects.adjustBudget(budget.getProject().getId(), budget.getDelta());
		}
		change.decide(ChangeStatus.APPROVED, approver, today());
		return this.changes.saveAndFlush(change);
	}

	@Transactional
	public ChangeRequest archive(Long id, boolean archived) {
		ChangeRequest change = get(id);
		change.setArchived(archived);
		return change;
	}

	private static void checkVersion(ChangeRequest change, long version) {
		if (change.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ChangeRequest.class, change.getId());
		}
	}

	private static void requireStatus(ChangeRequest change, ChangeStatus status) {
		if (change.getStatus() != status) {
			throw new ConflictException("change.wrongStatus." + status.name(), change.getReference());
		}
	}

	private void apply(ChangeRequestDetails details, ChangeRequest change) {
		List<RaidRuleViolation> violations = new ArrayList<>();
		Resolved resolved = resolve(details, violations);
		if (!violations.isEmpty()) {
			throw new RaidRulesException(violations);
		}
		change.setProgram(resolved.scope().program());
		change.setProject(resolved.scope().project());
		change.setTitle(Objects.requireNonNull(details.title(), "title"));
		change.setReason(Objects.requireNonNull(details.reason(), "reason"));
		change.setRequestedBy(Objects.requireNonNull(details.requestedBy(), "requestedBy"));
		change.setPriority(Objects.requireNonNull(details.priority(), "priority"));
		change.setNeededBy(details.neededBy());
		// updated in place, so that a milestone kept in the list never hits the unique
		// key
		Map<Long, LocalDate> moves = new HashMap<>();
		resolved.moves().forEach((m) -> moves.put(m.milestone().getId(), m.newBaseline()));
		change.getMoves().removeIf((m) -> !moves.containsKey(m.getMilestone().getId()));
		for (ChangeRequestMove move : change.getMoves()) {
			move.moveTo(moves.remove(move.getMilestone().getId()));
		}
		for (ResolvedMove m : resolved.moves()) {
			if (moves.containsKey(m.milestone().getId())) {
				change.getMoves().add(new ChangeRequestMove(change, m.milestone(), m.newBaseline()));
			}
		}
		Map<Long, BigDecimal> budgets = new HashMap<>();
		resolved.budgets().forEach((b) -> budgets.put(b.project().getId(), b.delta()));
		change.getBudgets().removeIf((b) -> !budgets.containsKey(b.getProject().getId()));
		for (ChangeRequestBudget budget : change.getBudgets()) {
			budget.setDelta(budgets.remove(budget.getProject().getId()));
		}
		for (ResolvedBudget b : resolved.budgets()) {
			if (budgets.containsKey(b.project().getId())) {
				change.getBudgets().add(new ChangeRequestBudget(change, b.project(), b.delta()));
			}
		}
	}

	private Resolved resolve(ChangeRequestDetails details, List<RaidRuleViolation> violations) {
		Resolver.Scope scope = this.resolver.scope(details.programId(), details.projectId(), violations);
		List<ResolvedMove> moves = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		List<ChangeRequestDetails.Move> requested = (details.moves() != null) ? details.moves() : List.of();
		for (int i = 0; i < requested.size(); i++) {
			ChangeRequestDetails.Move move = requested.get(i);
			if (move == null || (move.milestoneId() == null && move.newBaseline() == null)) {
				continue;
			}
			String field = "moves[" + i + "]";
			Milestone milestone = this.resolver.find(Milestone.class, move.milestoneId());
			if (milestone == null) {
				violations.add(new RaidRuleViolation(field + ".milestoneId", "change.move.milestone",
						"Choose a milestone of the program."));
				continue;
			}
			if (scope.program() != null && !scope.inProgram(milestone.getProject().getProgram())) {
				violations.add(new RaidRuleViolation(field + ".milestoneId", "change.move.otherProgram",
						"This milestone belongs to another program."));
				continue;
			}
			if (!seen.add(milestone.getId())) {
				violations.add(new RaidRuleViolation(field + ".milestoneId", "change.move.duplicate",
						"This milestone is listed twice."));
				continue;
			}
			if (move.newBaseline() == null) {
				violations.add(new RaidRuleViolation(field + ".newBaseline", "change.move.date",
						"Enter the new baseline date."));
				continue;
			}
			if (move.newBaseline().equals(milestone.getBaselineDate())) {
				violations.add(new RaidRuleViolation(field + ".newBaseline", "change.move.same",
						"That is the milestone's current baseline."));
				continue;
			}
			moves.add(new ResolvedMove(milestone, move.newBaseline()));
		}
		List<ResolvedBudget> budgets = new ArrayList<>();
		Set<Long> seenProjects = new HashSet<>();
		List<ChangeRequestDetails.Budget> deltas = (details.budgets() != null) ? details.budgets() : List.of();
		for (int i = 0; i < deltas.size(); i++) {
			ChangeRequestDetails.Budget budget = deltas.get(i);
			if (budget == null || (budget.projectId() == null && budget.delta() == null)) {
				continue;
			}
			String field = "budgets[" + i + "]";
			Project project = this.resolver.find(Project.class, budget.projectId());
			if (project == null) {
				violations.add(new RaidRuleViolation(field + ".projectId", "change.budget.project",
						"Choose a project of the program."));
				continue;
			}
			if (scope.program() != null && !scope.inProgram(project.getProgram())) {
				violations.add(new RaidRuleViolation(field + ".projectId", "change.budget.otherProgram",
						"This project belongs to another program."));
				continue;
			}
			if (!seenProjects.add(project.getId())) {
				violations.add(new RaidRuleViolation(field + ".projectId", "change.budget.duplicate",
						"This project is listed twice."));
				continue;
			}
			if (budget.delta() == null || budget.delta().signum() == 0) {
				violations.add(new RaidRuleViolation(field + ".delta", "change.budget.delta",
						"Enter the change of the budget (negative to cut it)."));
				continue;
			}
			budgets.add(new ResolvedBudget(project, budget.delta()));
		}
		return new Resolved(scope, moves, budgets);
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private record Resolved(Resolver.Scope scope, List<ResolvedMove> moves, List<ResolvedBudget> budgets) {
	}

	private record ResolvedMove(Milestone milestone, LocalDate newBaseline) {
	}

	private record ResolvedBudget(Project project, BigDecimal delta) {
	}

}
