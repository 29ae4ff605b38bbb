package dev.milepost.health;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * Computes explained health from facts with the thresholds of {@link HealthRules}. Pure
 * and thread-safe: no clock (today is an argument), no I/O; the same facts always give
 * the same result with the reasons in the same order.
 *
 * <p>
 * Roll-up: a milestone's health comes from its own slip, overdue and blocked state; a
 * project's is the worst of its rules (which count over its milestones); a program's is
 * the worst of its projects' effective health and its own rules; the portfolio counts
 * programs by effective health. Reasons are message codes with arguments
 * ({@link Reason}); they name at most {@value #NAMES_SHOWN} milestones and then say how
 * many more.
 */
public final class HealthEvaluator {

	/** Milestone names listed in one sentence before "and N more". */
	public static final int NAMES_SHOWN = 5;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Comparator<ProjectHealth> PROJECTS_WORST_FIRST = Comparator.comparing(ProjectHealth::effective)
		.reversed()
		.thenComparing(ProjectHealth::key);

	private static final Comparator<ProgramHealth> PROGRAMS_WORST_FIRST = Comparator.comparing(ProgramHealth::effective)
		.reversed()
		.thenComparing((ProgramHealth program) -> program.reasons().size(), Comparator.reverseOrder())
		.thenComparing(ProgramHealth::key);

	private final HealthRules rules;

	public HealthEvaluator(HealthRules rules) {
		this.rules = Objects.requireNonNull(rules, "rules");
	}

	/** The thresholds in use. */
	public HealthRules rules() {
		return this.rules;
	}

	/**
	 * One milestone: slip beyond the slip thresholds, overdue (RED when overdue more than
	 * {@code overdue.red-days}), blocked (AMBER unless {@code blocked.red-count} is 1).
	 */
	public MilestoneHealth milestone(MilestoneFacts milestone, LocalDate today) {
		List<Reason> reasons = new ArrayList<>();
		long slip = milestone.slipDays();
		Health slipHealth = slipHealth(slip);
		if (slipHealth != null) {
			reasons.add(Reason.of(slipHealth, HealthRule.SLIP, Reason.MILESTONE_SLIP, days(slip)));
		}
		long overdue = milestone.overdueDays(today);
		if (overdue > 0) {
			HealthRules.Overdue rule = this.rules.overdue();
			Health health = (overdue > rule.redDays() || rule.redCount() <= 1) ? Health.RED : Health.AMBER;
			reasons.add(Reason.of(health, HealthRule.OVERDUE, Reason.MILESTONE_OVERDUE, days(overdue)));
		}
		if (isBlocked(milestone)) {
			Health health = (this.rules.blocked().redCount() <= 1) ? Health.RED : Health.AMBER;
			reasons.add(Reason.of(health, HealthRule.BLOCKED, Reason.MILESTONE_BLOCKED));
		}
		reasons.sort(Reason.WORST_FIRST);
		return new MilestoneHealth(milestone, worst(reasons), reasons);
	}

	/**
	 * One project: the worst of the slip, overdue, blocked, risk, budget and staleness
	 * rules.
	 */
	public ProjectHealth project(ProjectFacts project, LocalDate today) {
		List<MilestoneHealth> milestones = project.milestones()
			.stream()
			.map((milestone) -> milestone(milestone, today))
			.toList();
		List<Reason> reasons = new ArrayList<>();
		slip(project.milestones(), reasons);
		overdue(project.milestones(), today, reasons);
		blocked(project.milestones(), reasons);
		risks(project.risks(), reasons);
		budget(project, reasons);
		staleness(project.lastUpdated(), today, reasons);
		reasons.sort(Reason.WORST_FIRST);
		Health computed = worst(reasons);
		HealthOverride override = activeOverride(project.override(), today);
		Health effective = (override != null) ? override.health() : computed;
		return new ProjectHealth(project.key(), project.name(), computed, effective, reasons, override, milestones,
				Trend.of(project.previous(), effective));
	}

	/**
	 * One program: the worst of its projects' effective health and of its own risk and
	 * staleness rules. Each project's reasons are repeated prefixed with the project key;
	 * an overridden project contributes one reason that states the override instead.
	 */
	public ProgramHealth program(ProgramFacts program, LocalDate today) {
		List<ProjectHealth> projects = program.projects()
			.stream()
			.map((project) -> project(project, today))
			.sorted(PROJECTS_WORST_FIRST)
			.toList();
		List<Reason> reasons = new ArrayList<>();
		risks(program.risks(), reasons);
		staleness(program.lastUpdated(), today, reasons);
		register(program.register(), reasons);
		Health computed = worst(reasons);
		for (ProjectHealth project : projects) {
			computed = computed.worse(project.effective());
			if (project.isOverridden()) {
				reasons.add(overrideReason(project).from(project.key()));
			}
			else {
				project.reasons().forEach((reason) -> reasons.add(reason.from(project.key())));
			}
		}
		reasons.sort(Reason.WORST_FIRST);
		HealthOverride override = activeOverride(program.override(), today);
		Health effective = (override != null) ? override.health() : computed;
		return new ProgramHealth(program.key(), program.name(), computed, effective, reasons, override, projects,
				Trend.of(program.previous(), effective));
	}

	/** The whole portfolio: every program evaluated, counted and ordered worst first. */
	public PortfolioHealth portfolio(Collection<ProgramFacts> programs, LocalDate today) {
		return portfolioOf(programs.stream().map((program) -> program(program, today)).toList());
	}

	/** Counts and orders programs that were already evaluated. */
	public static PortfolioHealth portfolioOf(Collection<ProgramHealth> programs) {
		Map<Health, Integer> counts = new EnumMap<>(Health.class);
		for (Health health : Health.values()) {
			counts.put(health, 0);
		}
		programs.forEach((program) -> counts.merge(program.effective(), 1, Integer::sum));
		return new PortfolioHealth(counts, programs.stream().sorted(PROGRAMS_WORST_FIRST).toList());
	}

	private void slip(List<MilestoneFacts> milestones, List<Reason> reasons) {
		HealthRules.Slip rule = this.rules.slip();
		List<MilestoneFacts> red = milestones.stream()
			.filter((milestone) -> milestone.slipDays() > rule.redDays())
			.sorted(mostFirst(MilestoneFacts::slipDays))
			.toList();
		List<MilestoneFacts> amber = milestones.stream()
			.filter((milestone) -> milestone.slipDays() > rule.amberDays() && milestone.slipDays() <= rule.redDays())
			.sorted(mostFirst(MilestoneFacts::slipDays))
			.toList();
		if (!red.isEmpty()) {
			reasons.add(slipReason(Health.RED, red, rule.redDays()));
		}
		if (!amber.isEmpty()) {
			reasons.add(slipReason(Health.AMBER, amber, rule.amberDays()));
		}
	}

	private static Reason slipReason(Health health, List<MilestoneFacts> milestones, int threshold) {
		return Reason.of(health, HealthRule.SLIP, Reason.SLIP, milestones(milestones.size()), days(threshold),
				names(milestones.stream().map(MilestoneFacts::name).toList()));
	}

	private void overdue(List<MilestoneFacts> milestones, LocalDate today, List<Reason> reasons) {
		HealthRules.Overdue rule = this.rules.overdue();
		List<MilestoneFacts> overdue = milestones.stream()
			.filter((milestone) -> milestone.overdueDays(today) > 0)
			.sorted(mostFirst((MilestoneFacts milestone) -> milestone.overdueDays(today)))
			.toList();
		if (overdue.isEmpty()) {
			return;
		}
		long longest = overdue.get(0).overdueDays(today);
		Health health;
		if (overdue.size() >= rule.redCount() || longest > rule.redDays()) {
			health = Health.RED;
		}
		else if (overdue.size() >= rule.amberCount()) {
			health = Health.AMBER;
		}
		else {
			return;
		}
		List<Reason.Phrase> names = overdue.stream()
			.map((milestone) -> Reason.Phrase.of(Reason.OVERDUE_ITEM, milestone.name(),
					days(milestone.overdueDays(today))))
			.toList();
		reasons.add(Reason.of(health, HealthRule.OVERDUE, Reason.OVERDUE, milestones(overdue.size()), names(names)));
	}

	private void blocked(List<MilestoneFacts> milestones, List<Reason> reasons) {
		HealthRules.Blocked rule = this.rules.blocked();
		List<String> blocked = milestones.stream()
			.filter(HealthEvaluator::isBlocked)
			.map(MilestoneFacts::name)
			.sorted()
			.toList();
		Health health;
		if (blocked.size() >= rule.redCount()) {
			health = Health.RED;
		}
		else if (blocked.size() >= rule.amberCount()) {
			health = Health.AMBER;
		}
		else {
			return;
		}
		reasons.add(Reason.of(health, HealthRule.BLOCKED, Reason.BLOCKED, milestones(blocked.size()), names(blocked)));
	}

	private void risks(List<RiskFacts> risks, List<Reason> reasons) {
		HealthRules.Risks rule = this.rules.risks();
		risks.stream()
			.filter(RiskFacts::isOpen)
			.filter((risk) -> risk.score() >= rule.amberScore())
			.sorted(Comparator.comparingInt(RiskFacts::score).reversed().thenComparing(RiskFacts::title))
			.forEach((risk) -> reasons.add(Reason.of((risk.score() >= rule.redScore()) ? Health.RED : Health.AMBER,
					HealthRule.RISK, Reason.RISK, risk.title(), risk.score())));
	}

	private void budget(ProjectFacts project, List<Reason> reasons) {
		BigDecimal planned = project.budgetPlanned();
		if (planned == null || planned.signum() <= 0) {
			return;
		}
		BigDecimal spent = (project.budgetSpent() != null) ? project.budgetSpent() : BigDecimal.ZERO;
		BigDecimal spentShare = percent(spent, planned);
		long countable = project.doneNotListed() + project.milestones()
			.stream()
			.filter((milestone) -> milestone.state() != MilestoneState.CANCELLED)
			.count();
		long done = project.doneNotListed()
				+ project.milestones().stream().filter((milestone) -> milestone.state() == MilestoneState.DONE).count();
		long spentPercent = whole(spentShare);
		if (countable == 0) {
			if (spent.compareTo(planned) > 0) {
				reasons.add(Reason.of(Health.RED, HealthRule.BUDGET, Reason.BUDGET_OVER, spentPercent));
			}
			// without milestones there is no progress to compare the spending with
			return;
		}
		BigDecimal doneShare = percent(BigDecimal.valueOf(done), BigDecimal.valueOf(countable));
		long donePercent = whole(doneShare);
		if (spent.compareTo(planned) > 0) {
			reasons.add(Reason.of(Health.RED, HealthRule.BUDGET, Reason.BUDGET_OVER_WITH_PROGRESS, spentPercent,
					donePercent));
			return;
		}
		BigDecimal ahead = spentShare.subtract(doneShare);
		HealthRules.Budget rule = this.rules.budget();
		Health health;
		if (ahead.compareTo(BigDecimal.valueOf(rule.redPoints())) > 0) {
			health = Health.RED;
		}
		else if (ahead.compareTo(BigDecimal.valueOf(rule.amberPoints())) > 0) {
			health = Health.AMBER;
		}
		else {
			return;
		}
		reasons.add(Reason.of(health, HealthRule.BUDGET, Reason.BUDGET_AHEAD, spentPercent, donePercent));
	}

	private void register(RegisterFacts register, List<Reason> reasons) {
		count(this.rules.criticalIssues(), register.openCriticalIssues(), HealthRule.CRITICAL_ISSUES,
				Reason.CRITICAL_ISSUES, reasons);
		count(this.rules.pastNeededBy(), register.pastNeededBy(), HealthRule.PAST_NEEDED_BY, Reason.PAST_NEEDED_BY,
				reasons);
		count(this.rules.overdueActions(), register.overdueActions(), HealthRule.OVERDUE_ACTIONS,
				Reason.OVERDUE_ACTIONS, reasons);
	}

	private static void count(HealthRules.Count rule, int count, HealthRule which, String code, List<Reason> reasons) {
		Health health = rule.of(count);
		if (health != null) {
			reasons.add(Reason.of(health, which, code, count));
		}
	}

	private void staleness(LocalDate lastUpdated, LocalDate today, List<Reason> reasons) {
		if (lastUpdated == null) {
			return;
		}
		HealthRules.Staleness rule = this.rules.staleness();
		long quiet = ChronoUnit.DAYS.between(lastUpdated, today);
		Health health;
		if (quiet >= rule.redDays()) {
			health = Health.RED;
		}
		else if (quiet >= rule.amberDays()) {
			health = Health.AMBER;
		}
		else {
			return;
		}
		reasons.add(Reason.of(health, HealthRule.STALENESS, Reason.STALE, days(quiet)));
	}

	private Health slipHealth(long slip) {
		if (slip > this.rules.slip().redDays()) {
			return Health.RED;
		}
		if (slip > this.rules.slip().amberDays()) {
			return Health.AMBER;
		}
		return null;
	}

	private static Reason overrideReason(ProjectHealth project) {
		HealthOverride override = project.override();
		return Reason.of(project.effective(), HealthRule.OVERRIDE, Reason.OVERRIDE, health(override.health()),
				override.expiresOn(), health(project.computed()), override.rationale());
	}

	private static HealthOverride activeOverride(HealthOverride override, LocalDate today) {
		return (override != null && override.isActiveOn(today)) ? override : null;
	}

	private static boolean isBlocked(MilestoneFacts milestone) {
		return milestone.state() == MilestoneState.BLOCKED;
	}

	private static Health worst(List<Reason> reasons) {
		return Health.worstOf(reasons.stream().map(Reason::health).toList());
	}

	private static Comparator<MilestoneFacts> mostFirst(ToLongFunction<MilestoneFacts> measure) {
		return Comparator.comparingLong(measure).reversed().thenComparing(MilestoneFacts::name);
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
	}

	private static long whole(BigDecimal percent) {
		return percent.setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	private static Reason.Phrase milestones(int count) {
		return Reason.Phrase.of(Reason.MILESTONES, count);
	}

	private static Reason.Phrase days(long count) {
		return Reason.Phrase.of(Reason.DAYS, count);
	}

	private static Reason.Phrase health(Health health) {
		return Reason.Phrase.of("health." + health.name());
	}

	private static Reason.Names names(List<?> names) {
		return Reason.Names.of(names, NAMES_SHOWN);
	}

}
