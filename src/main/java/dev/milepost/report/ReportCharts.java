package dev.milepost.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.milepost.report.ReportContent.BudgetLine;
import dev.milepost.report.ReportContent.MilestoneLine;
import dev.milepost.report.ReportContent.ProjectLine;

/**
 * The report's bar charts, computed from its content: budget planned against spent per
 * project, milestone variance in days, and the count of projects per health. Widths are
 * percentages in steps of {@value #STEP}: the page and the PDF draw them with CSS width
 * classes ({@code bar-w-0} .. {@code bar-w-100}, because the strict CSP allows no inline
 * style), the mails with inline widths.
 *
 * @param budget one row per project, bars relative to the largest planned or spent amount
 * @param variance the milestones with the largest variance (late or early), at most
 * {@value #MAX_VARIANCE_BARS}, bars relative to the largest variance
 * @param moreVariance how many more milestones have a variance but are left out
 * @param health the project count per health, in the order green, amber, red
 */
public record ReportCharts(List<BudgetBar> budget, List<VarianceBar> variance, int moreVariance,
		List<HealthSegment> health) {

	static final int STEP = 5;

	static final int MAX_VARIANCE_BARS = 15;

	public static ReportCharts of(ReportContent content) {
		return new ReportCharts(budget(nonNull(content.budget())), variance(nonNull(content.milestones())),
				more(nonNull(content.milestones())), health(nonNull(content.projects())));
	}

	public boolean hasBudget() {
		return this.budget.stream().anyMatch(BudgetBar::hasAmounts);
	}

	public int projectCount() {
		return this.health.stream().mapToInt(HealthSegment::count).sum();
	}

	/**
	 * The width class for {@code value} out of {@code max}: rounded to the nearest step.
	 */
	static String widthClass(BigDecimal value, BigDecimal max) {
		return widthClass(percent(value, max));
	}

	static String widthClass(int percent) {
		return "bar-w-" + percent;
	}

	/**
	 * {@code value} out of {@code max} in percent, rounded to the nearest step; at least
	 * one step if above 0.
	 */
	static int percent(BigDecimal value, BigDecimal max) {
		if (max.signum() <= 0 || value.signum() <= 0) {
			return 0;
		}
		int percent = value.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
		int step = Math.min(100, Math.round(percent / (float) STEP) * STEP);
		// a value that is there should show, however small
		return Math.max(step, STEP);
	}

	private static List<BudgetBar> budget(List<BudgetLine> lines) {
		BigDecimal max = BigDecimal.ZERO;
		for (BudgetLine line : lines) {
			max = max.max(orZero(line.planned())).max(orZero(line.spent()));
		}
		List<BudgetBar> bars = new ArrayList<>();
		for (BudgetLine line : lines) {
			BigDecimal planned = orZero(line.planned());
			BigDecimal spent = orZero(line.spent());
			bars.add(new BudgetBar(line.projectKey(), line.name(), planned, spent, percent(planned, max),
					percent(spent, max), spent.compareTo(planned) > 0));
		}
		return bars;
	}

	private static List<MilestoneLine> withVariance(List<MilestoneLine> milestones) {
		return milestones.stream()
			.filter((m) -> m.varianceDays() != 0 && !"CANCELLED".equals(m.status()))
			.sorted(Comparator.comparingLong((MilestoneLine m) -> -Math.abs(m.varianceDays())))
			.toList();
	}

	private static List<VarianceBar> variance(List<MilestoneLine> milestones) {
		List<MilestoneLine> shown = withVariance(milestones).stream().limit(MAX_VARIANCE_BARS).toList();
		long max = shown.stream().mapToLong((m) -> Math.abs(m.varianceDays())).max().orElse(0);
		return shown.stream()
			.map((m) -> new VarianceBar(m.projectKey(), m.name(), m.varianceDays(), m.actual() != null,
					percent(BigDecimal.valueOf(Math.abs(m.varianceDays())), BigDecimal.valueOf(max))))
			.toList();
	}

	private static int more(List<MilestoneLine> milestones) {
		return Math.max(0, withVariance(milestones).size() - MAX_VARIANCE_BARS);
	}

	private static List<HealthSegment> health(List<ProjectLine> projects) {
		List<String> healths = List.of("GREEN", "AMBER", "RED");
		int[] counts = new int[healths.size()];
		for (int i = 0; i < counts.length; i++) {
			String health = healths.get(i);
			counts[i] = (int) projects.stream().filter((p) -> health.equals(p.health())).count();
		}
		return strip(healths, counts);
	}

	/**
	 * A strip of segments, one per health in {@code healths} with its count, whose widths
	 * add up to exactly 100% (the last segment with a count takes the rest: rounded
	 * widths over 100% would wrap).
	 */
	public static List<HealthSegment> strip(List<String> healths, int[] counts) {
		int total = 0;
		int last = -1;
		for (int i = 0; i < counts.length; i++) {
			total += counts[i];
			last = (counts[i] > 0) ? i : last;
		}
		List<HealthSegment> segments = new ArrayList<>();
		int used = 0;
		for (int i = 0; i < counts.length; i++) {
			int percent = (i == last) ? 100 - used : percent(BigDecimal.valueOf(counts[i]), BigDecimal.valueOf(total));
			used += percent;
			segments.add(new HealthSegment(healths.get(i), counts[i], percent));
		}
		return segments;
	}

	/**
	 * {@link #strip(List, int[])} of counts per health, in the order of {@code healths}.
	 */
	public static List<HealthSegment> strip(List<String> healths, Map<String, Integer> counts) {
		return strip(healths, healths.stream().mapToInt((h) -> counts.getOrDefault(h, 0)).toArray());
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private static <T> List<T> nonNull(List<T> list) {
		return (list != null) ? list : List.of();
	}

	/**
	 * @param plannedPercent planned, in percent of the largest amount of the chart
	 * @param spentPercent spent, likewise
	 * @param over spent more than planned
	 */
	public record BudgetBar(String projectKey, String name, BigDecimal planned, BigDecimal spent, int plannedPercent,
			int spentPercent, boolean over) {

		/** Whether there is anything to draw: a budget planned or money spent. */
		public boolean hasAmounts() {
			return this.planned.signum() > 0 || this.spent.signum() > 0;
		}

		public String plannedWidth() {
			return widthClass(this.plannedPercent);
		}

		public String spentWidth() {
			return widthClass(this.spentPercent);
		}

	}

	/**
	 * @param done the milestone has an actual date (its variance is final)
	 * @param percent the variance in percent of the largest shown
	 */
	public record VarianceBar(String projectKey, String name, long days, boolean done, int percent) {

		public boolean late() {
			return this.days > 0;
		}

		public String width() {
			return widthClass(this.percent);
		}

	}

	/**
	 * @param percent the segment's share of the strip
	 */
	public record HealthSegment(String health, int count, int percent) {

		public String width() {
			return widthClass(this.percent);
		}

	}

}
