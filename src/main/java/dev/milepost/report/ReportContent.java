package dev.milepost.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The data part of a weekly report, as it was when drafted (a draft) or published (stored
 * as JSON in the snapshot and shown from there, never recomputed). Texts such as health
 * reasons are already rendered, so a published report does not change when messages or
 * rules do.
 *
 * @param programKey the program key
 * @param programName the program name
 * @param week the ISO week, e.g. {@code 2026-W47}
 * @param weekStart its Monday
 * @param weekEnd its Sunday
 * @param asOf the day the content was computed
 * @param health the program's effective health ({@code GREEN}/{@code AMBER}/{@code RED}),
 * or {@code null} when it could not be evaluated
 * @param healthReasons the program's own reasons, worst first, as text (a project's
 * reasons are in {@code projects})
 * @param projects each project's health with reasons
 * @param completed milestones with an actual date in the week
 * @param dueSoon open milestones forecast within 14 days after the week's end
 * @param moved forecast changes made during the week
 * @param milestones every milestone of the program's active projects
 * @param topRisks the highest-scoring open risks
 * @param changedRisks risks created or changed during the week
 * @param budget planned and spent per project
 * @param budgetTotal the sum over projects
 * @param previousWeek the week of the program's latest published report of an earlier
 * week, or {@code null} when there is none (and in snapshots stored before this was
 * recorded)
 * @param previousHealth that report's overall health, {@code null} when there is no such
 * report or it had none
 */
public record ReportContent(String programKey, String programName, String week, LocalDate weekStart, LocalDate weekEnd,
		LocalDate asOf, String health, List<String> healthReasons, List<ProjectLine> projects,
		List<MilestoneLine> completed, List<MilestoneLine> dueSoon, List<MoveLine> moved,
		List<MilestoneLine> milestones, List<RiskLine> topRisks, List<RiskLine> changedRisks, List<BudgetLine> budget,
		BudgetLine budgetTotal, String previousWeek, String previousHealth) {

	/** Whether an earlier week's published report was found to compare with. */
	public boolean hasPrevious() {
		return this.previousWeek != null;
	}

	/**
	 * Nothing completed, no forecast moved, no risk created or changed during the week.
	 */
	public boolean noChanges() {
		return this.completed.isEmpty() && this.moved.isEmpty() && this.changedRisks.isEmpty();
	}

	/**
	 * @param previousHealth the project's health in the previous report
	 * ({@code previousWeek}), or {@code null} when the project was not in it or there is
	 * none
	 */
	public record ProjectLine(String key, String name, String health, List<String> reasons, String previousHealth) {
	}

	/**
	 * @param varianceDays actual (or forecast while open) minus baseline, in days;
	 * positive is late
	 */
	public record MilestoneLine(String projectKey, String name, String status, LocalDate baseline, LocalDate forecast,
			LocalDate actual, long varianceDays) {
	}

	/**
	 * @param days new minus old, positive is a slip
	 */
	public record MoveLine(String projectKey, String milestone, LocalDate oldDate, LocalDate newDate, long days,
			String reason, String changedBy) {
	}

	/**
	 * @param created raised (created) during the week rather than changed
	 */
	public record RiskLine(String projectKey, String title, int score, String status, String owner, boolean created) {
	}

	public record BudgetLine(String projectKey, String name, BigDecimal planned, BigDecimal spent) {
	}

}
