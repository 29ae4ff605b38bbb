package dev.milepost.raid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.milepost.risk.Risk;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskStatus;
import dev.milepost.security.User;
import dev.milepost.stakeholder.Stakeholder;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and their escalations: list, read, create (also from an occurred risk), edit,
 * archive and restore.
 */
@Service
@Transactional(readOnly = true)
public class IssueService {

	private final IssueRepository issues;

	private final Resolver resolver;

	private final RiskService risks;

	private final Clock clock;

	IssueService(IssueRepository issues, Resolver resolver, RiskService risks, Clock clock) {
		this.issues = issues;
		this.resolver = resolver;
		this.risks = risks;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A page of issues matching {@code criteria}, with program, project, owner and
	 * escalation target, in two SQL statements (page and count).
	 */
	public Page<Issue> search(RaidCriteria criteria, Pageable pageable) {
		return this.issues.findAll(RaidSpecifications.issues(criteria, today()), pageable);
	}

	/**
	 * @throws RaidNotFoundException when there is no such issue
	 */
	public Issue get(Long id) {
		return this.issues.findWithAllById(id).orElseThrow(() -> new RaidNotFoundException("Issue", id));
	}

	/**
	 * The business rules {@code details} break; tolerates missing values (bean validation
	 * reports those), so a form can show every problem at once.
	 * @param existing the issue being edited, {@code null} on create
	 */
	public List<RaidRuleViolation> check(IssueDetails details, Issue existing) {
		List<RaidRuleViolation> violations = new ArrayList<>();
		resolve(details, existing, violations);
		return violations;
	}

	/**
	 * Records a new issue. When it is raised from an occurred risk, the risk points back
	 * at it, in the same transaction.
	 * @throws RaidRulesException when {@link #check} finds a problem; nothing is saved
	 */
	@Transactional
	public Issue create(IssueDetails details) {
		Issue issue = new Issue();
		Resolved resolved = apply(details, null, issue);
		issue.setRisk(resolved.risk());
		Issue saved = this.issues.saveAndFlush(issue);
		if (resolved.risk() != null) {
			this.risks.markRaisedAsIssue(resolved.risk().getId(), saved.getId());
		}
		return saved;
	}

	/**
	 * Replaces the issue's details, provided nobody changed it since the user read
	 * {@code version}; the risk it was raised from stays.
	 * @throws ObjectOptimisticLockingFailureException when the stored version differs
	 * @throws RaidRulesException when {@link #check} finds a problem; nothing is saved
	 */
	@Transactional
	public Issue update(Long id, long version, IssueDetails details) {
		Issue issue = get(id);
		if (issue.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Issue.class, id);
		}
		apply(details, issue, issue);
		return this.issues.saveAndFlush(issue);
	}

	@Transactional
	public Issue archive(Long id, boolean archived) {
		Issue issue = get(id);
		issue.setArchived(archived);
		return issue;
	}

	private Resolved apply(IssueDetails details, Issue existing, Issue issue) {
		List<RaidRuleViolation> violations = new ArrayList<>();
		Resolved resolved = resolve(details, existing, violations);
		if (!violations.isEmpty()) {
			throw new RaidRulesException(violations);
		}
		issue.setProgram(resolved.scope().program());
		issue.setProject(resolved.scope().project());
		issue.setTitle(Objects.requireNonNull(details.title(), "title"));
		issue.setDescription(details.description());
		issue.setPriority(Objects.requireNonNull(details.priority(), "priority"));
		issue.setOwner(Objects.requireNonNull(resolved.owner(), "owner"));
		issue.setRaisedOn(Objects.requireNonNull(details.raisedOn(), "raisedOn"));
		issue.setTargetDate(details.targetDate());
		issue.setStatus(Objects.requireNonNull(details.status(), "status"));
		issue.setResolution(details.resolution());
		if (resolved.escalatedTo() != null) {
			issue.escalate(details.escalationAsk(), resolved.escalatedTo(), details.escalationNeededBy());
		}
		else {
			issue.escalate(null, null, null);
		}
		return resolved;
	}

	private Resolved resolve(IssueDetails details, Issue existing, List<RaidRuleViolation> violations) {
		Resolver.Scope scope = this.resolver.scope(details.programId(), details.projectId(), violations);
		User owner = this.resolver.user("ownerId", details.ownerId(), violations);
		Stakeholder escalatedTo = this.resolver.stakeholder("escalatedToId", details.escalatedToId(), violations);
		LocalDate today = today();
		if (details.raisedOn() != null && details.raisedOn().isAfter(today)) {
			violations.add(new RaidRuleViolation("raisedOn", "raid.date.future", "Cannot be in the future."));
		}
		if (details.raisedOn() != null && details.targetDate() != null
				&& details.targetDate().isBefore(details.raisedOn())) {
			violations.add(new RaidRuleViolation("targetDate", "issue.targetDate.beforeRaised",
					"The target date cannot be before the issue was raised."));
		}
		if (details.status() == IssueStatus.RESOLVED && details.resolution() == null) {
			violations.add(new RaidRuleViolation("resolution", "issue.resolution.required",
					"Say how the issue was resolved."));
		}
		boolean anyEscalation = details.escalationAsk() != null || details.escalatedToId() != null
				|| details.escalationNeededBy() != null;
		if (anyEscalation) {
			if (details.escalationAsk() == null) {
				violations.add(new RaidRuleViolation("escalationAsk", "issue.escalation.incomplete",
						"An escalation needs the ask, of whom and by when."));
			}
			if (details.escalatedToId() == null) {
				violations.add(new RaidRuleViolation("escalatedToId", "issue.escalation.incomplete",
						"An escalation needs the ask, of whom and by when."));
			}
			if (details.escalationNeededBy() == null) {
				violations.add(new RaidRuleViolation("escalationNeededBy", "issue.escalation.incomplete",
						"An escalation needs the ask, of whom and by when."));
			}
		}
		Risk risk = null;
		if (existing == null && details.riskId() != null) {
			risk = this.resolver.find(Risk.class, details.riskId());
			if (risk == null) {
				violations.add(new RaidRuleViolation("riskId", "issue.risk.unknown", "There is no such risk."));
			}
			else if (risk.getStatus() != RiskStatus.OCCURRED) {
				violations.add(new RaidRuleViolation("riskId", "issue.risk.notOccurred",
						"Only a risk that occurred can be raised as an issue."));
			}
			else if (risk.getRaisedIssueId() != null) {
				violations.add(new RaidRuleViolation("riskId", "issue.risk.raised",
						"This risk was raised as an issue already."));
			}
			else if (scope.program() != null && !scope.inProgram(risk.getProgram())) {
				violations.add(new RaidRuleViolation("riskId", "issue.risk.otherProgram",
						"The risk belongs to another program."));
			}
		}
		return new Resolved(scope, owner, escalatedTo, risk);
	}

	private record Resolved(Resolver.Scope scope, User owner, Stakeholder escalatedTo, Risk risk) {
	}

}
