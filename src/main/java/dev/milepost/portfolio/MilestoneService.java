package dev.milepost.portfolio;

import dev.milepost.shared.Like;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.milepost.portfolio.MilestoneDateChange.Kind;
import dev.milepost.shared.CurrentActor;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones, their dated history and their dependencies. Every forecast or baseline move
 * is written to {@code milestone_date_changes} in the same transaction as the move
 * itself.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneService {

	/** How deep a dependency chain may be followed when looking for a cycle. */
	private static final int MAX_CHAIN = 1000;

	private final MilestoneRepository milestones;

	private final MilestoneDateChangeRepository changes;

	private final MilestoneDependencyRepository dependencies;

	private final ProjectRepository projects;

	private final Clock clock;

	MilestoneService(MilestoneRepository milestones, MilestoneDateChangeRepository changes,
			MilestoneDependencyRepository dependencies, ProjectRepository projects, Clock clock) {
		this.milestones = milestones;
		this.changes = changes;
		this.dependencies = dependencies;
		this.projects = projects;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The project's milestones that are not archived, by forecast date, in one query. */
	public List<MilestoneRow> rowsForProject(Long projectId) {
		LocalDate today = today();
		return this.milestones.findByProject(projectId, false).stream().map((m) -> MilestoneRow.of(m, today)).toList();
	}

	/**
	 * How many milestones (archived included) the project has; a project with any cannot
	 * be deleted.
	 */
	public long countForProject(Long projectId) {
		return this.milestones.countByProjectId(projectId);
	}

	/** One page of the milestone list, project and program fetched with it. */
	public Page<MilestoneRow> page(MilestoneFilter filter, Pageable pageable) {
		LocalDate today = today();
		return this.milestones.findAll(specification(filter, today), pageable).map((m) -> MilestoneRow.of(m, today));
	}

	/**
	 * @throws MilestoneNotFoundException when there is no such milestone
	 */
	public Milestone get(Long id) {
		return this.milestones.findWithProjectById(id).orElseThrow(() -> new MilestoneNotFoundException(id));
	}

	public MilestoneRow row(Long id) {
		return MilestoneRow.of(get(id), today());
	}

	/** Everything the milestone page shows. */
	public MilestoneView view(Long id) {
		LocalDate today = today();
		Milestone milestone = get(id);
		return new MilestoneView(milestone, MilestoneRow.of(milestone, today),
				this.changes.findByMilestoneNewestFirst(id),
				this.dependencies.findPredecessors(id).stream().map((m) -> MilestoneRow.of(m, today)).toList(),
				this.dependencies.findSuccessors(id).stream().map((m) -> MilestoneRow.of(m, today)).toList());
	}

	/**
	 * Milestones that could become predecessors of {@code id}: matching {@code text}, not
	 * itself, not already a predecessor, not archived; at most {@code limit}.
	 */
	public List<MilestoneRow> dependencyCandidates(Long id, String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		LocalDate today = today();
		Set<Long> excluded = new HashSet<>();
		excluded.add(id);
		this.dependencies.findPredecessorEdges(List.of(id)).forEach((edge) -> excluded.add((Long) edge[1]));
		MilestoneFilter filter = new MilestoneFilter(text, null, null, null, null, null, null, false);
		Specification<Milestone> notExcluded = (root, query, cb) -> cb.not(root.get("id").in(excluded));
		return this.milestones
			.findAll(specification(filter, today).and(notExcluded),
					PageRequest.of(0, limit, Sort.by("forecastDate", "id")))
			.map((m) -> MilestoneRow.of(m, today))
			.getContent();
	}

	/**
	 * Creates a milestone whose baseline is its first commitment; the forecast starts at
	 * the baseline unless given, and is recorded as the first forecast.
	 */
	@Transactional
	public Milestone create(Long projectId, String name, String description, String owner, LocalDate baselineDate,
			LocalDate forecastDate, MilestoneStatus status, LocalDate actualDate) {
		Project project = this.projects.findById(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
		if (project.isArchived() || project.getProgram().isArchived()) {
			throw new MilestoneRuleException("projectId", "milestone.project.archived",
					"The project is archived; restore it before adding milestones.");
		}
		Milestone milestone = new Milestone(project, name, baselineDate);
		milestone.setDescription(description);
		milestone.setOwner(owner);
		LocalDate forecast = (forecastDate != null) ? forecastDate : baselineDate;
		MilestoneStatus effectiveStatus = (status != null) ? status : MilestoneStatus.NOT_STARTED;
		LocalDate actual = checkCompletion(effectiveStatus, actualDate);
		milestone.setForecastDate(forecast);
		milestone.setStatus(effectiveStatus);
		milestone.setActualDate(actual);
		Milestone saved = this.milestones.save(milestone);
		record(saved, Kind.FORECAST, null, forecast, "Initial forecast");
		return saved;
	}

	/**
	 * Applies an edit made from a stale or current page.
	 * @param expectedVersion the version the user's page showed
	 * @throws ObjectOptimisticLockingFailureException when someone else saved in between
	 * @throws MilestoneRuleException when the change breaks a rule (nothing is changed)
	 */
	@Transactional
	public Milestone update(Long id, long expectedVersion, MilestoneChanges changes) {
		return apply(get(id), expectedVersion, changes);
	}

	private Milestone apply(Milestone milestone, long expectedVersion, MilestoneChanges changes) {
		checkVersion(milestone, expectedVersion);
		MilestoneStatus status = (changes.status() != null) ? changes.status() : milestone.getStatus();
		LocalDate actual = checkCompletion(status, changes.actualDate());
		LocalDate forecast = (changes.forecastDate() != null) ? changes.forecastDate() : milestone.getForecastDate();
		boolean forecastMoved = !forecast.equals(milestone.getForecastDate());
		if (forecastMoved && (changes.reason() == null || changes.reason().isBlank())) {
			throw new MilestoneRuleException("reason", "milestone.reason.required",
					"Say why the forecast moved: the reason is kept in the milestone's history.");
		}
		if (changes.name() != null) {
			milestone.setName(changes.name());
		}
		milestone.setDescription(changes.description());
		milestone.setOwner(changes.owner());
		milestone.setStatus(status);
		milestone.setActualDate(actual);
		if (forecastMoved) {
			LocalDate old = milestone.getForecastDate();
			milestone.setForecastDate(forecast);
			record(milestone, Kind.FORECAST, old, forecast, changes.reason());
		}
		return this.milestones.saveAndFlush(milestone);
	}

	/**
	 * The quick update of the project page: status, forecast, actual date and the reason
	 * only.
	 */
	@Transactional
	public Milestone updateProgress(Long id, long expectedVersion, MilestoneStatus status, LocalDate forecastDate,
			LocalDate actualDate, String reason) {
		Milestone milestone = get(id);
		return apply(milestone, expectedVersion, new MilestoneChanges(milestone.getName(), milestone.getDescription(),
				milestone.getOwner(), forecastDate, actualDate, status, reason));
	}

	/**
	 * Moves the commitment itself, explicitly and with a reason; recorded as a baseline
	 * change.
	 */
	@Transactional
	public Milestone rebaseline(Long id, long expectedVersion, LocalDate newBaseline, String reason) {
		Milestone milestone = get(id);
		checkVersion(milestone, expectedVersion);
		if (newBaseline == null) {
			throw new MilestoneRuleException("baselineDate", "milestone.baseline.required",
					"Enter the new baseline date.");
		}
		if (reason == null || reason.isBlank()) {
			throw new MilestoneRuleException("reason", "milestone.rebaseline.reason",
					"A re-baseline needs a reason: it changes what was committed.");
		}
		if (newBaseline.equals(milestone.getBaselineDate())) {
			throw new MilestoneRuleException("baselineDate", "milestone.baseline.same",
					"That is the current baseline; choose a different date.");
		}
		LocalDate old = milestone.getBaselineDate();
		milestone.setBaselineDate(newBaseline);
		record(milestone, Kind.BASELINE, old, newBaseline, reason);
		return this.milestones.saveAndFlush(milestone);
	}

	/**
	 * Makes {@code milestoneId} depend on {@code predecessorId}.
	 * @throws MilestoneRuleException for a self-dependency, a duplicate or a cycle
	 */
	@Transactional
	public void addDependency(Long milestoneId, Long predecessorId) {
		Milestone milestone = get(milestoneId);
		Milestone predecessor = get(predecessorId);
		if (milestoneId.equals(predecessorId)) {
			throw new MilestoneRuleException("predecessorId", "milestone.dependency.self",
					"A milestone cannot depend on itself.");
		}
		if (this.dependencies.existsByMilestoneIdAndPredecessorId(milestoneId, predecessorId)) {
			throw new MilestoneRuleException("predecessorId", "milestone.dependency.exists",
					"This milestone already depends on that one.");
		}
		List<Long> cycle = pathBetween(predecessorId, milestoneId);
		if (!cycle.isEmpty()) {
			Map<Long, String> names = new HashMap<>();
			this.milestones.findAllById(cycle).forEach((m) -> names.put(m.getId(), m.getName()));
			List<String> path = new ArrayList<>();
			path.add(milestone.getName());
			for (Long step : cycle) {
				path.add(names.getOrDefault(step, "#" + step));
			}
			throw new MilestoneRuleException("predecessorId", "milestone.dependency.cycle",
					"That would create a cycle: " + String.join(" → ", path) + ".", String.join(" → ", path));
		}
		this.dependencies.save(new MilestoneDependency(milestone, predecessor));
	}

	@Transactional
	public void removeDependency(Long milestoneId, Long predecessorId) {
		this.dependencies.findByMilestoneIdAndPredecessorId(milestoneId, predecessorId)
			.ifPresent(this.dependencies::delete);
	}

	@Transactional
	public Milestone archive(Long id, boolean archived) {
		Milestone milestone = get(id);
		milestone.setArchived(archived);
		return milestone;
	}

	/**
	 * Deletes a milestone created by mistake: only one with no history beyond its first
	 * forecast and no dependencies.
	 * @return false when it has history or dependencies and must be archived instead
	 */
	@Transactional
	public boolean delete(Long id) {
		Milestone milestone = get(id);
		if (this.changes.countByMilestoneId(id) > 1 || this.dependencies.existsByMilestoneIdOrPredecessorId(id, id)) {
			return false;
		}
		this.changes.deleteByMilestoneId(id);
		this.milestones.delete(milestone);
		return true;
	}

	/**
	 * Follows predecessor edges from {@code from}; returns the chain of ids from
	 * {@code from} to {@code to} if {@code to} is reachable, else an empty list. One
	 * query per level.
	 */
	private List<Long> pathBetween(Long from, Long to) {
		Map<Long, Long> cameFrom = new HashMap<>();
		cameFrom.put(from, null);
		Set<Long> frontier = Set.of(from);
		for (int depth = 0; depth < MAX_CHAIN && !frontier.isEmpty(); depth++) {
			Set<Long> next = new HashSet<>();
			for (Object[] edge : this.dependencies.findPredecessorEdges(frontier)) {
				Long node = (Long) edge[0];
				Long predecessor = (Long) edge[1];
				if (cameFrom.containsKey(predecessor)) {
					continue;
				}
				cameFrom.put(predecessor, node);
				if (predecessor.equals(to)) {
					Deque<Long> path = new ArrayDeque<>();
					for (Long step = predecessor; step != null; step = cameFrom.get(step)) {
						path.addFirst(step);
					}
					return new ArrayList<>(path);
				}
				next.add(predecessor);
			}
			frontier = next;
		}
		if (from.equals(to)) {
			return List.of(from);
		}
		return Collections.emptyList();
	}

	private LocalDate checkCompletion(MilestoneStatus status, LocalDate actualDate) {
		LocalDate today = today();
		if (actualDate != null && actualDate.isAfter(today)) {
			throw new MilestoneRuleException("actualDate", "milestone.actual.future",
					"The actual date cannot be in the future.");
		}
		if (actualDate != null && status != MilestoneStatus.DONE) {
			throw new MilestoneRuleException("actualDate", "milestone.actual.notDone",
					"An actual date means the milestone is done: set the status to Done, or clear the date.");
		}
		if (status == MilestoneStatus.DONE && actualDate == null) {
			return today;
		}
		return actualDate;
	}

	private static void checkVersion(Milestone milestone, long expectedVersion) {
		if (milestone.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Milestone.class, milestone.getId());
		}
	}

	private void record(Milestone milestone, Kind kind, LocalDate oldDate, LocalDate newDate, String reason) {
		this.changes.save(new MilestoneDateChange(milestone, kind, oldDate, newDate, reason, Instant.now(this.clock),
				CurrentActor.name()));
	}

	static Specification<Milestone> specification(MilestoneFilter filter, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			Join<Milestone, Project> project = root.join("project", JoinType.INNER);
			Join<Project, Program> program = project.join("program", JoinType.INNER);
			if (filter.q() != null && !filter.q().isBlank()) {
				String like = Like.containing(filter.q());
				predicates.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
						cb.like(cb.lower(root.get("owner")), like, '\\'),
						cb.like(cb.lower(root.get("description")), like, '\\'),
						cb.like(cb.lower(project.get("key")), like, '\\'),
						cb.like(cb.lower(program.get("key")), like, '\\')));
			}
			if (filter.programId() != null) {
				predicates.add(cb.equal(program.get("id"), filter.programId()));
			}
			if (filter.projectId() != null) {
				predicates.add(cb.equal(project.get("id"), filter.projectId()));
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.owner() != null && !filter.owner().isBlank()) {
				predicates.add(cb.equal(cb.lower(root.get("owner")), filter.owner().toLowerCase(Locale.ROOT)));
			}
			if (Boolean.TRUE.equals(filter.overdue())) {
				predicates.add(root.get("status").in(MilestoneStatus.DONE, MilestoneStatus.CANCELLED).not());
				predicates.add(cb.isNull(root.get("actualDate")));
				predicates.add(cb.lessThan(root.get("forecastDate"), today));
			}
			if (Boolean.TRUE.equals(filter.slipped())) {
				predicates.add(cb.greaterThan(cb.coalesce(root.get("actualDate"), root.get("forecastDate")),
						root.<LocalDate>get("baselineDate")));
			}
			if (!filter.archived()) {
				predicates.add(cb.isFalse(root.get("archived")));
				predicates.add(cb.isFalse(project.get("archived")));
				predicates.add(cb.isFalse(program.get("archived")));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
