package dev.milepost.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import dev.milepost.report.ReportContent.ActionLine;
import dev.milepost.report.ReportContent.BudgetLine;
import dev.milepost.report.ReportContent.ChangeLine;
import dev.milepost.report.ReportContent.DecisionLine;
import dev.milepost.report.ReportContent.EscalationLine;
import dev.milepost.report.ReportContent.IssueLine;
import dev.milepost.report.ReportContent.MilestoneLine;
import dev.milepost.report.ReportContent.ProjectLine;
import dev.milepost.report.ReportContent.Register;
import dev.milepost.report.ReportContent.RiskLine;

/**
 * What changed between two weekly reports of a program: health overall and per project,
 * milestones (matched by project key and name), the top risks (matched by project key and
 * title), budget, the register lists (lines added and removed) and the written sections.
 * Pure: computed from two contents and their written sections, no database, no Spring.
 *
 * @param health the overall health before and after
 * @param projects every project of either report, in the current report's order, then the
 * ones only the previous report had
 * @param changedMilestones milestones in both reports whose forecast, status or actual
 * date differ
 * @param addedMilestones milestones only the current report has
 * @param removedMilestones milestones only the previous report had
 * @param newRisks top risks only the current report has
 * @param goneRisks top risks only the previous report had
 * @param rescoredRisks top risks in both with a different score
 * @param budget every project's planned and spent before and after, same order as
 * {@code projects}
 * @param budgetTotal the totals before and after
 * @param texts the written sections whose text differs
 * @param register the register lines only one of the two reports has, or {@code null}
 * when either report has no register lists (a snapshot stored before they were drafted)
 */
public record ReportDiff(Change<String> health, List<ProjectChange> projects, List<MilestoneChange> changedMilestones,
		List<MilestoneLine> addedMilestones, List<MilestoneLine> removedMilestones, List<RiskLine> newRisks,
		List<RiskLine> goneRisks, List<RiskChange> rescoredRisks, List<BudgetChange> budget, BudgetChange budgetTotal,
		List<TextChange> texts, RegisterChange register) {

	/**
	 * The written sections in the order a report shows them (also their message key
	 * suffixes).
	 */
	public static final List<String> SECTIONS = List.of("summary", "highlights", "lowlights", "asks", "decisions",
			"nextSteps");

	/** Compares {@code current} (and its written sections) with {@code previous}. */
	public static ReportDiff between(ReportContent previous, Written previousWritten, ReportContent current,
			Written currentWritten) {
		return new ReportDiff(new Change<>(previous.health(), current.health()),
				projects(previous.projects(), current.projects()),
				changedMilestones(previous.milestones(), current.milestones()),
				onlyIn(current.milestones(), previous.milestones(), ReportDiff::milestoneKey),
				onlyIn(previous.milestones(), current.milestones(), ReportDiff::milestoneKey),
				onlyIn(current.topRisks(), previous.topRisks(), ReportDiff::riskKey),
				onlyIn(previous.topRisks(), current.topRisks(), ReportDiff::riskKey),
				rescoredRisks(previous.topRisks(), current.topRisks()), budget(previous.budget(), current.budget()),
				total(previous.budgetTotal(), current.budgetTotal()), texts(previousWritten, currentWritten),
				register(previous.register(), current.register()));
	}

	/** Whether nothing at all changed. */
	public boolean isEmpty() {
		return !this.health.changed() && this.projects.stream().noneMatch(ProjectChange::changed)
				&& this.changedMilestones.isEmpty() && this.addedMilestones.isEmpty()
				&& this.removedMilestones.isEmpty() && this.newRisks.isEmpty() && this.goneRisks.isEmpty()
				&& this.rescoredRisks.isEmpty() && this.budget.stream().noneMatch(BudgetChange::changed)
				&& this.texts.isEmpty() && (this.register == null || this.register.unchanged());
	}

	public boolean milestonesUnchanged() {
		return this.changedMilestones.isEmpty() && this.addedMilestones.isEmpty() && this.removedMilestones.isEmpty();
	}

	public boolean risksUnchanged() {
		return this.newRisks.isEmpty() && this.goneRisks.isEmpty() && this.rescoredRisks.isEmpty();
	}

	private static RegisterChange register(Register before, Register after) {
		if (before == null || after == null) {
			return null;
		}
		return new RegisterChange(lines(before.escalations(), after.escalations()),
				lines(before.decisions(), after.decisions()), lines(before.opened(), after.opened()),
				lines(before.resolved(), after.resolved()), lines(before.actions(), after.actions()),
				lines(before.approvedChanges(), after.approvedChanges()));
	}

	/** Lines compared whole: a line whose text or date changed is removed and added. */
	private static <T> Lines<T> lines(List<T> before, List<T> after) {
		List<T> old = nonNull(before);
		List<T> now = nonNull(after);
		return new Lines<>(now.stream().filter((line) -> !old.contains(line)).toList(),
				old.stream().filter((line) -> !now.contains(line)).toList());
	}

	private static List<ProjectChange> projects(List<ProjectLine> before, List<ProjectLine> after) {
		Map<String, ProjectLine> old = index(nonNull(before), ProjectLine::key);
		Map<String, ProjectLine> now = index(nonNull(after), ProjectLine::key);
		Set<String> keys = new LinkedHashSet<>(now.keySet());
		keys.addAll(old.keySet());
		List<ProjectChange> changes = new ArrayList<>();
		for (String key : keys) {
			ProjectLine o = old.get(key);
			ProjectLine n = now.get(key);
			changes.add(new ProjectChange(key, (n != null) ? n.name() : o.name(), (o != null) ? o.health() : null,
					(n != null) ? n.health() : null, o != null, n != null));
		}
		return changes;
	}

	private static List<MilestoneChange> changedMilestones(List<MilestoneLine> before, List<MilestoneLine> after) {
		Map<String, MilestoneLine> old = index(nonNull(before), ReportDiff::milestoneKey);
		List<MilestoneChange> changes = new ArrayList<>();
		for (MilestoneLine n : index(nonNull(after), ReportDiff::milestoneKey).values()) {
			MilestoneLine o = old.get(milestoneKey(n));
			if (o != null && (!Objects.equals(o.forecast(), n.forecast()) || !Objects.equals(o.status(), n.status())
					|| !Objects.equals(o.actual(), n.actual()))) {
				changes.add(new MilestoneChange(n.projectKey(), n.name(), o, n));
			}
		}
		return changes;
	}

	private static List<RiskChange> rescoredRisks(List<RiskLine> before, List<RiskLine> after) {
		Map<String, RiskLine> old = index(nonNull(before), ReportDiff::riskKey);
		List<RiskChange> changes = new ArrayList<>();
		for (RiskLine n : nonNull(after)) {
			RiskLine o = old.get(riskKey(n));
			if (o != null && o.score() != n.score()) {
				changes.add(new RiskChange(n.projectKey(), n.title(), o.score(), n.score()));
			}
		}
		return changes;
	}

	private static List<BudgetChange> budget(List<BudgetLine> before, List<BudgetLine> after) {
		Map<String, BudgetLine> old = index(nonNull(before), BudgetLine::projectKey);
		Map<String, BudgetLine> now = index(nonNull(after), BudgetLine::projectKey);
		Set<String> keys = new LinkedHashSet<>(now.keySet());
		keys.addAll(old.keySet());
		List<BudgetChange> changes = new ArrayList<>();
		for (String key : keys) {
			BudgetLine o = old.get(key);
			BudgetLine n = now.get(key);
			changes.add(new BudgetChange(key, (n != null) ? n.name() : o.name(), (o != null) ? o.planned() : null,
					(n != null) ? n.planned() : null, (o != null) ? o.spent() : null, (n != null) ? n.spent() : null));
		}
		return changes;
	}

	private static BudgetChange total(BudgetLine before, BudgetLine after) {
		return new BudgetChange(null, null, (before != null) ? before.planned() : null,
				(after != null) ? after.planned() : null, (before != null) ? before.spent() : null,
				(after != null) ? after.spent() : null);
	}

	private static List<TextChange> texts(Written before, Written after) {
		List<String> old = sections((before != null) ? before : Written.EMPTY);
		List<String> now = sections((after != null) ? after : Written.EMPTY);
		List<TextChange> changes = new ArrayList<>();
		for (int i = 0; i < SECTIONS.size(); i++) {
			if (!Objects.equals(old.get(i), now.get(i))) {
				changes.add(new TextChange(SECTIONS.get(i), old.get(i), now.get(i)));
			}
		}
		return changes;
	}

	private static List<String> sections(Written written) {
		return Arrays.asList(text(written.summary()), text(written.highlights()), text(written.lowlights()),
				text(written.asks()), text(written.decisions()), text(written.nextSteps()));
	}

	private static String text(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static <T> List<T> onlyIn(List<T> these, List<T> notThese, Function<T, String> key) {
		Map<String, T> others = index(nonNull(notThese), key);
		return index(nonNull(these), key).values().stream().filter((t) -> !others.containsKey(key.apply(t))).toList();
	}

	/** By key, first occurrence wins (two milestones of a project may share a name). */
	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach((item) -> map.putIfAbsent(key.apply(item), item));
		return map;
	}

	private static <T> List<T> nonNull(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static String milestoneKey(MilestoneLine line) {
		return line.projectKey() + "\u0000" + line.name();
	}

	private static String riskKey(RiskLine line) {
		return line.projectKey() + "\u0000" + line.title();
	}

	/** A value before and after; {@code null} where there was none. */
	public record Change<T>(T before, T after) {

		public boolean changed() {
			return !Objects.equals(this.before, this.after);
		}

	}

	/**
	 * @param before the health in the previous report ({@code null} if it was not in it)
	 * @param after the health in this report ({@code null} if it is not in it any more)
	 */
	public record ProjectChange(String key, String name, String before, String after, boolean inBefore,
			boolean inAfter) {

		public boolean changed() {
			return !Objects.equals(this.before, this.after) || this.inBefore != this.inAfter;
		}

	}

	public record MilestoneChange(String projectKey, String name, MilestoneLine before, MilestoneLine after) {

		public boolean forecastChanged() {
			return !Objects.equals(this.before.forecast(), this.after.forecast());
		}

		public boolean statusChanged() {
			return !Objects.equals(this.before.status(), this.after.status());
		}

		public boolean actualChanged() {
			return !Objects.equals(this.before.actual(), this.after.actual());
		}

		/** How far the forecast moved, in days (positive is a slip); 0 if it did not. */
		public long forecastDays() {
			LocalDate from = this.before.forecast();
			LocalDate to = this.after.forecast();
			return (from != null && to != null) ? ChronoUnit.DAYS.between(from, to) : 0;
		}

	}

	public record RiskChange(String projectKey, String title, int scoreBefore, int scoreAfter) {
	}

	/**
	 * Planned and spent before and after; {@code projectKey} is {@code null} for the
	 * total.
	 */
	public record BudgetChange(String projectKey, String name, BigDecimal plannedBefore, BigDecimal plannedAfter,
			BigDecimal spentBefore, BigDecimal spentAfter) {

		public boolean changed() {
			return !same(this.plannedBefore, this.plannedAfter) || !same(this.spentBefore, this.spentAfter);
		}

		/** Spent after minus spent before, missing counted as zero. */
		public BigDecimal spentDelta() {
			return orZero(this.spentAfter).subtract(orZero(this.spentBefore));
		}

		/** Planned after minus planned before, missing counted as zero. */
		public BigDecimal plannedDelta() {
			return orZero(this.plannedAfter).subtract(orZero(this.plannedBefore));
		}

		private static boolean same(BigDecimal a, BigDecimal b) {
			return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
		}

		private static BigDecimal orZero(BigDecimal value) {
			return (value != null) ? value : BigDecimal.ZERO;
		}

	}

	/** A written section's text before and after ({@code null} when not written). */
	public record TextChange(String section, String before, String after) {
	}

	/**
	 * The register lines of each list that only the current report has ({@code added}) or
	 * only the previous one had ({@code removed}).
	 */
	public record RegisterChange(Lines<EscalationLine> escalations, Lines<DecisionLine> decisions,
			Lines<IssueLine> opened, Lines<IssueLine> resolved, Lines<ActionLine> actions,
			Lines<ChangeLine> approvedChanges) {

		public boolean unchanged() {
			return this.escalations.unchanged() && this.decisions.unchanged() && this.opened.unchanged()
					&& this.resolved.unchanged() && this.actions.unchanged() && this.approvedChanges.unchanged();
		}

	}

	public record Lines<T>(List<T> added, List<T> removed) {

		public boolean unchanged() {
			return this.added.isEmpty() && this.removed.isEmpty();
		}

	}

}
