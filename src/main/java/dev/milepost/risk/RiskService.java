package dev.milepost.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register: list, read, create, edit, archive and delete risks, and the risk
 * tables of the program and project pages.
 */
@Service
@Transactional(readOnly = true)
public class RiskService {

	private final RiskRepository risks;

	private final EntityManager entityManager;

	private final Clock clock;

	RiskService(RiskRepository risks, EntityManager entityManager, Clock clock) {
		this.risks = risks;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Today in the configured zone: the latest allowed raised date, and the new form's
	 * default.
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A page of risks matching {@code criteria}, each with its program and project
	 * loaded, in two SQL statements (page and count).
	 */
	public Page<Risk> search(RiskCriteria criteria, Pageable pageable) {
		return this.risks.findAll(RiskSpecifications.matching(criteria), pageable);
	}

	/**
	 * The risk with its program and project loaded.
	 * @throws RiskNotFoundException when there is no such risk
	 */
	public Risk get(Long id) {
		return this.risks.findWithProgramById(id).orElseThrow(() -> new RiskNotFoundException(id));
	}

	/**
	 * Risks of the program that are not archived, including those narrowed to one of its
	 * projects, highest score first; an unknown program has none. One SQL statement.
	 */
	public List<RiskSummary> forProgram(Long programId) {
		return this.risks.summariesForProgram(programId);
	}

	/**
	 * Risks narrowed to the project that are not archived, highest score first; an
	 * unknown project has none. One SQL statement.
	 */
	public List<RiskSummary> forProject(Long projectId) {
		return this.risks.summariesForProject(projectId);
	}

	/**
	 * The business rules {@code details} break: unknown program or project, a project of
	 * another program, a raised date after today. Tolerates missing values (bean
	 * validation reports those), so a form can show every problem at once.
	 */
	public List<RiskRuleViolation> check(RiskDetails details) {
		List<RiskRuleViolation> violations = new ArrayList<>();
		resolve(details, violations);
		return violations;
	}

	/**
	 * Records a new risk.
	 * @throws RiskRulesException when {@link #check} finds a problem; nothing is saved
	 */
	@Transactional
	public Risk create(RiskDetails details) {
		Risk risk = new Risk();
		apply(details, risk);
		return this.risks.save(risk);
	}

	/**
	 * Replaces the risk's details, provided nobody changed it since the user read
	 * {@code version}.
	 * @throws RiskNotFoundException when there is no such risk
	 * @throws ObjectOptimisticLockingFailureException when the stored version differs
	 * @throws RiskRulesException when {@link #check} finds a problem; nothing is saved
	 */
	@Transactional
	public Risk update(Long id, long version, RiskDetails details) {
		Risk risk = get(id);
		if (risk.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Risk.class, id);
		}
		apply(details, risk);
		return this.risks.saveAndFlush(risk);
	}

	/** Days from a "reviewed, no change" to the next review. */
	public static final int REVIEW_INTERVAL_DAYS = 14;

	/**
	 * Records that the risk was reviewed today and nothing changed: the next review is
	 * {@value #REVIEW_INTERVAL_DAYS} days from today (kept in the risk's history like any
	 * other change).
	 * @throws RiskNotFoundException when there is no such risk
	 * @throws ObjectOptimisticLockingFailureException when the stored version differs
	 */
	@Transactional
	public Risk markReviewed(Long id, long version) {
		Risk risk = get(id);
		if (risk.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Risk.class, id);
		}
		risk.setNextReviewDate(today().plusDays(REVIEW_INTERVAL_DAYS));
		return this.risks.saveAndFlush(risk);
	}

	/**
	 * Records that the risk, which occurred, was raised as the issue {@code issueId}: the
	 * risk's side of the link (the issue points back), written in the caller's
	 * transaction and kept in the risk's history.
	 * @throws RiskNotFoundException when there is no such risk
	 * @throws IllegalStateException when the risk did not occur or was raised already
	 */
	@Transactional
	public Risk markRaisedAsIssue(Long id, Long issueId) {
		Risk risk = get(id);
		if (risk.getStatus() != RiskStatus.OCCURRED || risk.getRaisedIssueId() != null) {
			throw new IllegalStateException("Risk " + id + " cannot be raised as an issue");
		}
		risk.setRaisedIssueId(issueId);
		return risk;
	}

	/** Hides the risk from lists and program/project tables; it stays readable by id. */
	@Transactional
	public Risk archive(Long id) {
		Risk risk = get(id);
		risk.setArchived(true);
		return risk;
	}

	@Transactional
	public Risk restore(Long id) {
		Risk risk = get(id);
		risk.setArchived(false);
		return risk;
	}

	/**
	 * Deletes the risk for good; nothing refers to a risk, so this is always allowed.
	 * @return the deleted risk, for its title
	 */
	@Transactional
	public Risk delete(Long id) {
		Risk risk = get(id);
		this.risks.delete(risk);
		return risk;
	}

	private void apply(RiskDetails details, Risk risk) {
		List<RiskRuleViolation> violations = new ArrayList<>();
		Resolved resolved = resolve(details, violations);
		if (!violations.isEmpty()) {
			throw new RiskRulesException(violations);
		}
		risk.setProgram(resolved.program());
		risk.setProject(resolved.project());
		risk.setTitle(Objects.requireNonNull(details.title(), "title"));
		risk.setDescription(details.description());
		risk.setCategory(Objects.requireNonNull(details.category(), "category"));
		risk.rate(Objects.requireNonNull(details.probability(), "probability"),
				Objects.requireNonNull(details.impact(), "impact"));
		risk.setOwner(Objects.requireNonNull(details.owner(), "owner"));
		risk.setResponse(Objects.requireNonNull(details.response(), "response"));
		risk.setMitigation(details.mitigation());
		risk.setNextReviewDate(details.nextReviewDate());
		risk.setStatus(Objects.requireNonNull(details.status(), "status"));
		risk.setRaisedDate(Objects.requireNonNull(details.raisedDate(), "raisedDate"));
	}

	private Resolved resolve(RiskDetails details, List<RiskRuleViolation> violations) {
		// find() instead of PortfolioLookup: its not-found exception would mark our
		// transaction
		// rollback-only, and an unknown id here is a field error, not a failure
		Program program = null;
		if (details.programId() != null) {
			program = this.entityManager.find(Program.class, details.programId());
			if (program == null) {
				violations.add(new RiskRuleViolation("programId", "risk.program.unknown", "There is no such program."));
			}
		}
		Project project = null;
		if (details.projectId() != null) {
			project = this.entityManager.find(Project.class, details.projectId());
			if (project == null) {
				violations.add(new RiskRuleViolation("projectId", "risk.project.unknown", "There is no such project."));
			}
			else if (program != null && !project.getProgram().getId().equals(program.getId())) {
				violations.add(new RiskRuleViolation("projectId", "risk.project.otherProgram",
						"This project belongs to another program."));
			}
		}
		if (details.raisedDate() != null && details.raisedDate().isAfter(today())) {
			violations.add(new RiskRuleViolation("raisedDate", "risk.raisedDate.future", "Cannot be in the future."));
		}
		return new Resolved(program, project);
	}

	private record Resolved(Program program, Project project) {
	}

}
