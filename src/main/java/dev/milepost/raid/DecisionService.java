package dev.milepost.raid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.milepost.stakeholder.Stakeholder;
import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision log: list, read, create, edit, archive and restore. Deciding a decision
 * that supersedes another marks that other one superseded, in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class DecisionService {

	private final DecisionRepository decisions;

	private final Resolver resolver;

	private final JdbcClient jdbc;

	private final Clock clock;

	DecisionService(DecisionRepository decisions, Resolver resolver, JdbcClient jdbc, Clock clock) {
		this.decisions = decisions;
		this.resolver = resolver;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A page of decisions with program, project and decider: page and count. */
	public Page<Decision> search(RaidCriteria criteria, Pageable pageable) {
		return this.decisions.findAll(RaidSpecifications.decisions(criteria, today()), pageable);
	}

	/**
	 * The decision with program, project, decider, the decision it supersedes and its
	 * links (four statements).
	 * @throws RaidNotFoundException when there is no such decision
	 */
	public Decision get(Long id) {
		Decision decision = this.decisions.findWithAllById(id)
			.orElseThrow(() -> new RaidNotFoundException("Decision", id));
		Hibernate.initialize(decision.getRiskIds());
		Hibernate.initialize(decision.getIssueIds());
		Hibernate.initialize(decision.getMilestoneIds());
		return decision;
	}

	/** The later decision that replaces this one, if any. */
	public Optional<Decision> supersededBy(Long id) {
		return this.decisions.findFirstBySupersedesId(id);
	}

	public List<RaidRuleViolation> check(DecisionDetails details, Decision existing) {
		List<RaidRuleViolation> violations = new ArrayList<>();
		resolve(details, existing, violations);
		return violations;
	}

	@Transactional
	public Decision create(DecisionDetails details) {
		Decision decision = new Decision();
		apply(details, null, decision);
		Decision saved = this.decisions.saveAndFlush(decision);
		supersede(saved);
		return saved;
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when the stored version differs
	 * @throws RaidRulesException when {@link #check} finds a problem; nothing is saved
	 */
	@Transactional
	public Decision update(Long id, long version, DecisionDetails details) {
		Decision decision = get(id);
		if (decision.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Decision.class, id);
		}
		apply(details, decision, decision);
		Decision saved = this.decisions.saveAndFlush(decision);
		supersede(saved);
		return saved;
	}

	@Transactional
	public Decision archive(Long id, boolean archived) {
		Decision decision = get(id);
		decision.setArchived(archived);
		return decision;
	}

	/** A decided decision that replaces an earlier one marks that one superseded. */
	private void supersede(Decision decision) {
		Decision replaced = decision.getSupersedes();
		if (replaced != null && decision.getStatus() == DecisionStatus.DECIDED
				&& replaced.getStatus() == DecisionStatus.DECIDED) {
			replaced.setStatus(DecisionStatus.SUPERSEDED);
		}
	}

	private void apply(DecisionDetails details, Decision existing, Decision decision) {
		List<RaidRuleViolation> violations = new ArrayList<>();
		Resolved resolved = resolve(details, existing, violations);
		if (!violations.isEmpty()) {
			throw new RaidRulesException(violations);
		}
		decision.setProgram(resolved.scope().program());
		decision.setProject(resolved.scope().project());
		decision.setTitle(Objects.requireNonNull(details.title(), "title"));
		decision.setContext(details.context());
		decision.setOptionsConsidered(details.optionsConsidered());
		decision.setPriority(Objects.requireNonNull(details.priority(), "priority"));
		decision.setStatus(Objects.requireNonNull(details.status(), "status"));
		decision.setNeededBy(details.neededBy());
		decision.setDecider(resolved.decider());
		decision.setDecidedOn(details.decidedOn());
		decision.setDecision(details.decision());
		decision.setRationale(details.rationale());
		decision.setSupersedes(resolved.supersedes());
		decision.link(ids(details.riskIds()), ids(details.issueIds()), ids(details.milestoneIds()));
	}

	private Resolved resolve(DecisionDetails details, Decision existing, List<RaidRuleViolation> violations) {
		Resolver.Scope scope = this.resolver.scope(details.programId(), details.projectId(), violations);
		Stakeholder decider = this.resolver.stakeholder("deciderId", details.deciderId(), violations);
		if (details.status() != null && details.status() != DecisionStatus.NEEDED) {
			if (details.decidedOn() == null) {
				violations.add(new RaidRuleViolation("decidedOn", "decision.decidedOn.required",
						"Say when the decision was taken."));
			}
			if (details.decision() == null) {
				violations.add(new RaidRuleViolation("decision", "decision.decision.required",
						"Write down what was decided."));
			}
		}
		if (details.decidedOn() != null && details.decidedOn().isAfter(today())) {
			violations.add(new RaidRuleViolation("decidedOn", "raid.date.future", "Cannot be in the future."));
		}
		Decision supersedes = null;
		if (details.supersedesId() != null) {
			supersedes = this.resolver.find(Decision.class, details.supersedesId());
			if (supersedes == null) {
				violations.add(new RaidRuleViolation("supersedesId", "decision.supersedes.unknown",
						"There is no such decision."));
			}
			else if (existing != null && supersedes.getId().equals(existing.getId())) {
				violations.add(new RaidRuleViolation("supersedesId", "decision.supersedes.self",
						"A decision cannot supersede itself."));
			}
			else if (scope.program() != null && !scope.inProgram(supersedes.getProgram())) {
				violations.add(new RaidRuleViolation("supersedesId", "decision.supersedes.otherProgram",
						"The superseded decision belongs to another program."));
			}
		}
		if (details.programId() != null) {
			checkInProgram("riskIds", "select count(*) from risks where program_id = :program and id in (:ids)",
					details.programId(), details.riskIds(), violations);
			checkInProgram("issueIds", "select count(*) from issues where program_id = :program and id in (:ids)",
					details.programId(), details.issueIds(), violations);
			checkInProgram("milestoneIds",
					"select count(*) from milestones m join projects p on p.id = m.project_id "
							+ "where p.program_id = :program and m.id in (:ids)",
					details.programId(), details.milestoneIds(), violations);
		}
		return new Resolved(scope, decider, supersedes);
	}

	private void checkInProgram(String field, String sql, Long programId, Collection<Long> ids,
			List<RaidRuleViolation> violations) {
		Set<Long> distinct = ids(ids);
		if (distinct.isEmpty()) {
			return;
		}
		long found = this.jdbc.sql(sql).param("program", programId).param("ids", distinct).query(Long.class).single();
		if (found != distinct.size()) {
			violations.add(new RaidRuleViolation(field, "decision.link.otherProgram",
					"Link only records of the decision's program."));
		}
	}

	private static Set<Long> ids(Collection<Long> ids) {
		Set<Long> result = new java.util.LinkedHashSet<>();
		if (ids != null) {
			ids.stream().filter(Objects::nonNull).forEach(result::add);
		}
		return result;
	}

	private record Resolved(Resolver.Scope scope, Stakeholder decider, Decision supersedes) {
	}

}
