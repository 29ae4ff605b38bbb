package dev.milepost.summary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.health.Health;
import dev.milepost.healthrecord.HealthOverrideService;
import dev.milepost.healthrecord.Subject;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectService;
import dev.milepost.raid.ActionDetails;
import dev.milepost.raid.ActionService;
import dev.milepost.raid.ActionStatus;
import dev.milepost.raid.IssueDetails;
import dev.milepost.raid.IssueService;
import dev.milepost.raid.IssueStatus;
import dev.milepost.raid.Priority;
import dev.milepost.risk.RiskCategory;
import dev.milepost.risk.RiskDetails;
import dev.milepost.risk.RiskResponse;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept program summaries stay equal to a fresh computation from the tables through
 * many random edits made through the services (seeded, so a failure repeats): milestones
 * created, moved, completed, blocked, archived and deleted; risks raised, rescored,
 * archived and deleted; health overrides set and cleared on programs and projects;
 * critical issues and overdue actions registered and archived; projects archived,
 * restored and re-budgeted; programs archived and restored; first one edit at a time
 * (checked after each), then from several threads at once. Then a day passes: the rows
 * are stale until the day's refresh runs.
 */
@IntegrationTest
class SummaryConsistencyTests {

	static final long SEED = 14;

	static final int PROGRAMS = 6;

	static final int SERIAL_EDITS = 250;

	static final int THREADS = 4;

	static final int EDITS_PER_THREAD = 60;

	@Autowired
	ProgramSummaries summaries;

	@Autowired
	SummaryJobs jobs;

	@Autowired
	TestData data;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	TestClock clock;

	@Autowired
	ProgramService programService;

	@Autowired
	ProjectService projectService;

	@Autowired
	MilestoneService milestoneService;

	@Autowired
	RiskService riskService;

	@Autowired
	HealthOverrideService overrides;

	@Autowired
	IssueService issueService;

	@Autowired
	ActionService actionService;

	@Autowired
	JdbcClient jdbc;

	final List<Long> programs = new CopyOnWriteArrayList<>();

	final List<Long> projects = new CopyOnWriteArrayList<>();

	final Map<Long, Long> programOfProject = new ConcurrentHashMap<>();

	final List<Long> milestones = new CopyOnWriteArrayList<>();

	final Map<Long, RiskDetails> risks = new ConcurrentHashMap<>();

	final List<Long> issues = new CopyOnWriteArrayList<>();

	final List<Long> actions = new CopyOnWriteArrayList<>();

	/**
	 * Rejections by kind (rules, stale versions): expected, but none may be a lost row.
	 */
	final Map<String, AtomicInteger> rejected = new ConcurrentHashMap<>();

	/** Failures no edit may meet: a constraint violated, a deadlock, a lock not had. */
	final List<RuntimeException> unexpected = new CopyOnWriteArrayList<>();

	long ownerId;

	@BeforeEach
	void emptyPortfolio() {
		this.portfolio.clean();
		this.ownerId = this.data.owner().getId();
	}

	@Test
	void summariesEqualAFreshComputationAfterRandomEditsOneByOneAndConcurrently() throws Exception {
		Random random = new Random(SEED);
		for (int i = 0; i < PROGRAMS; i++) {
			Program program = this.data.program();
			this.programs.add(program.getId());
			for (int j = 0; j < 2 + random.nextInt(2); j++) {
				Project project = this.data.project(program);
				this.projects.add(project.getId());
				this.programOfProject.put(project.getId(), program.getId());
				for (int k = 0; k < 3; k++) {
					createMilestone(random, project.getId());
				}
			}
		}
		assertNoDifferences("after the set-up");

		for (int i = 0; i < SERIAL_EDITS; i++) {
			String edit = edit(random);
			assertNoDifferences("after edit " + i + " (" + edit + ")");
		}

		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<List<String>>> done = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				Random own = new Random(SEED * 100 + t);
				done.add(pool.submit(() -> {
					List<String> edits = new ArrayList<>();
					for (int i = 0; i < EDITS_PER_THREAD; i++) {
						edits.add(edit(own));
					}
					return edits;
				}));
			}
			for (Future<List<String>> future : done) {
				assertThat(future.get(3, TimeUnit.MINUTES)).hasSize(EDITS_PER_THREAD);
			}
		}
		finally {
			pool.shutdownNow();
		}
		System.out.println("Summary consistency: edits rejected by kind " + this.rejected);
		assertThat(this.unexpected).as("edits failed on a constraint or a lock (the summaries' own writes?)").isEmpty();
		ProgramSummaries.Check check = assertNoDifferences("after the concurrent edits");
		assertThat(check.programs()).as("programs that are not archived").isPositive();

		// a day passes: every row is stale until the day's refresh
		this.clock.advance(Duration.ofDays(1));
		ProgramSummaries.Check nextDay = this.summaries.check();
		assertThat(nextDay.differing()).isEqualTo(check.programs());
		assertThat(nextDay.first()).allSatisfy((difference) -> assertThat(difference.fields()).contains("asOf"));
		this.jobs.refreshDaily();
		this.portfolio.releaseLocks();
		assertNoDifferences("after the day's refresh");
	}

	@Test
	void aRowLeftBehindIsFoundAndListed() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		assertNoDifferences("after creating a program");
		// a milestone blocked past the application: its row does not know it
		this.milestoneService.create(project.getId(), "Known", null, null, today().plusDays(5), null, null, null);
		assertNoDifferences("after a milestone made through the service");

		this.jdbc.sql("update milestones set status = 'BLOCKED' where project_id = ?").params(project.getId()).update();
		ProgramSummaries.Check check = this.summaries.check();
		assertThat(check.differing()).isEqualTo(1);
		assertThat(check.first()).singleElement().satisfies((difference) -> {
			assertThat(difference.programKey()).isEqualTo(program.getKey());
			assertThat(difference.fields()).contains("computed", "effective", "reasons", "blocked");
		});
		this.summaries.refresh(List.of(program.getId()));
		assertNoDifferences("after refreshing the program");
	}

	private ProgramSummaries.Check assertNoDifferences(String when) {
		ProgramSummaries.Check check = this.summaries.check();
		assertThat(check.differing()).as("summaries differing from a fresh computation %s: %s", when, check.first())
			.isZero();
		return check;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** One random edit through a service; a rejection is counted, not failed. */
	private String edit(Random random) {
		int kind = random.nextInt(20);
		String name = "edit kind " + kind;
		try {
			name = switch (kind) {
				case 0, 1 -> createMilestone(random, pick(random, this.projects));
				case 2, 3 -> moveForecast(random);
				case 4 -> progress(random, MilestoneStatus.DONE);
				case 5 -> progress(random, MilestoneStatus.BLOCKED);
				case 6 -> archiveMilestone(random);
				case 7 -> deleteMilestone(random);
				case 8 -> raiseRisk(random);
				case 9, 10 -> rescoreRisk(random);
				case 11 -> archiveOrDeleteRisk(random);
				case 12 -> override(random);
				case 13 -> clearOverride(random);
				case 14 -> criticalIssue(random);
				case 15 -> overdueAction(random);
				case 16 -> archiveRegisterEntry(random);
				case 17 -> archiveOrRestoreProject(random);
				case 18 -> budget(random);
				default -> archiveOrRestoreProgram(random);
			};
		}
		catch (RuntimeException ex) {
			if (ex instanceof DataIntegrityViolationException || ex instanceof PessimisticLockingFailureException) {
				this.unexpected.add(ex);
			}
			this.rejected.computeIfAbsent(ex.getClass().getSimpleName(), (k) -> new AtomicInteger()).incrementAndGet();
			name += " rejected: " + ex.getClass().getSimpleName();
		}
		return name;
	}

	private String createMilestone(Random random, long projectId) {
		LocalDate baseline = today().plusDays(random.nextInt(120) - 60);
		LocalDate forecast = baseline.plusDays(random.nextInt(40) - 5);
		Milestone milestone = this.milestoneService.create(projectId, "M" + random.nextInt(1000), null, null, baseline,
				forecast, null, null);
		this.milestones.add(milestone.getId());
		return "create milestone " + milestone.getId() + " in project " + projectId;
	}

	private String moveForecast(Random random) {
		long id = pick(random, this.milestones);
		Milestone milestone = this.milestoneService.get(id);
		LocalDate forecast = milestone.getForecastDate().plusDays(random.nextInt(41) - 20);
		this.milestoneService.updateProgress(id, milestone.getVersion(), milestone.getStatus(), forecast,
				milestone.getActualDate(), "moved by the consistency test");
		return "move milestone " + id + " to " + forecast;
	}

	private String progress(Random random, MilestoneStatus status) {
		long id = pick(random, this.milestones);
		Milestone milestone = this.milestoneService.get(id);
		LocalDate actual = (status == MilestoneStatus.DONE) ? today().minusDays(random.nextInt(10)) : null;
		this.milestoneService.updateProgress(id, milestone.getVersion(), status, milestone.getForecastDate(), actual,
				null);
		return status + " milestone " + id;
	}

	private String archiveMilestone(Random random) {
		long id = pick(random, this.milestones);
		boolean archive = random.nextInt(3) > 0;
		this.milestoneService.archive(id, archive);
		return (archive ? "archive" : "restore") + " milestone " + id;
	}

	private String deleteMilestone(Random random) {
		long id = pick(random, this.milestones);
		boolean deleted = this.milestoneService.delete(id);
		if (deleted) {
			this.milestones.remove(id);
		}
		return "delete milestone " + id + (deleted ? "" : " (refused: it has history)");
	}

	private String raiseRisk(Random random) {
		long project = pick(random, this.projects);
		RiskDetails details = new RiskDetails(this.programOfProject.get(project), random.nextBoolean() ? project : null,
				"Risk " + random.nextInt(1000), null, RiskCategory.TECHNICAL, 1 + random.nextInt(5),
				1 + random.nextInt(5), "Rita Risk", RiskResponse.REDUCE, null, null, RiskStatus.OPEN, today());
		long id = this.riskService.create(details).getId();
		this.risks.put(id, details);
		return "raise risk " + id;
	}

	private String rescoreRisk(Random random) {
		if (this.risks.isEmpty()) {
			return raiseRisk(random);
		}
		long id = pick(random, new ArrayList<>(this.risks.keySet()));
		RiskDetails old = this.risks.get(id);
		RiskDetails details = new RiskDetails(old.programId(), old.projectId(), old.title(), null, old.category(),
				1 + random.nextInt(5), 1 + random.nextInt(5), old.owner(), old.response(), null, null,
				random.nextInt(4) == 0 ? RiskStatus.CLOSED : RiskStatus.MITIGATING, old.raisedDate());
		this.riskService.update(id, this.riskService.get(id).getVersion(), details);
		this.risks.put(id, details);
		return "rescore risk " + id + " to " + details.probability() * details.impact();
	}

	private String archiveOrDeleteRisk(Random random) {
		if (this.risks.isEmpty()) {
			return raiseRisk(random);
		}
		long id = pick(random, new ArrayList<>(this.risks.keySet()));
		if (random.nextBoolean()) {
			this.riskService.archive(id);
			return "archive risk " + id;
		}
		this.riskService.delete(id);
		this.risks.remove(id);
		return "delete risk " + id;
	}

	private String override(Random random) {
		Subject subject = subject(random);
		Long version = this.overrides.active(subject).map((o) -> o.getVersion()).orElse(null);
		Health health = Health.values()[random.nextInt(Health.values().length)];
		this.overrides.set(subject, version, health, "Judged by the consistency test",
				today().plusDays(random.nextInt(30)));
		return "override " + subject + " to " + health;
	}

	private String clearOverride(Random random) {
		Subject subject = subject(random);
		this.overrides.clear(subject);
		return "clear override of " + subject;
	}

	private Subject subject(Random random) {
		return random.nextBoolean() ? Subject.program(pick(random, this.programs))
				: Subject.project(pick(random, this.projects));
	}

	private String criticalIssue(Random random) {
		long program = pick(random, this.programs);
		long id = this.issueService
			.create(new IssueDetails(program, null, "Issue " + random.nextInt(1000), null,
					random.nextBoolean() ? Priority.CRITICAL : Priority.HIGH, this.ownerId,
					today().minusDays(random.nextInt(5)), null, IssueStatus.OPEN, null, null, null, null, null))
			.getId();
		this.issues.add(id);
		return "register issue " + id + " on program " + program;
	}

	private String overdueAction(Random random) {
		long program = pick(random, this.programs);
		long id = this.actionService
			.create(new ActionDetails(program, null, "Action " + random.nextInt(1000), null, Priority.MEDIUM,
					this.ownerId, null, today().minusDays(random.nextInt(6) - 2), ActionStatus.OPEN, null))
			.getId();
		this.actions.add(id);
		return "register action " + id + " on program " + program;
	}

	private String archiveRegisterEntry(Random random) {
		if (random.nextBoolean() && !this.issues.isEmpty()) {
			long id = pick(random, this.issues);
			this.issueService.archive(id, true);
			return "archive issue " + id;
		}
		if (!this.actions.isEmpty()) {
			long id = pick(random, this.actions);
			this.actionService.archive(id, true);
			return "archive action " + id;
		}
		return criticalIssue(random);
	}

	private String archiveOrRestoreProject(Random random) {
		long id = pick(random, this.projects);
		if (random.nextInt(3) == 0) {
			this.projectService.archive(id);
			return "archive project " + id;
		}
		this.projectService.restore(id);
		return "restore project " + id;
	}

	private String budget(Random random) {
		long id = pick(random, this.projects);
		this.projectService.adjustBudget(id, java.math.BigDecimal.valueOf(random.nextInt(50_000) + 1, 2));
		return "budget of project " + id;
	}

	private String archiveOrRestoreProgram(Random random) {
		long id = pick(random, this.programs);
		if (random.nextInt(3) == 0) {
			this.programService.archive(id);
			return "archive program " + id;
		}
		this.programService.restore(id);
		return "restore program " + id;
	}

	private static long pick(Random random, List<Long> ids) {
		List<Long> snapshot = List.copyOf(ids);
		return snapshot.get(random.nextInt(snapshot.size()));
	}

}
