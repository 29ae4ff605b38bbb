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
 * @param register the register lists drafted for the week (escalations, decisions needed,
 * issues opened and resolved, actions due, change requests approved), or {@code null} in
 * snapshots stored before they were drafted (such a report shows none of them and keeps
 * its written asks and decisions as they were)
 */
public record ReportContent(String programKey, String programName, String week, LocalDate weekStart, LocalDate weekEnd,
		LocalDate asOf, String health, List<String> healthReasons, List<ProjectLine> projects,
		List<MilestoneLine> completed, List<MilestoneLine> dueSoon, List<MoveLine> moved,
		List<MilestoneLine> milestones, List<RiskLine> topRisks, List<RiskLine> changedRisks, List<BudgetLine> budget,
		BudgetLine budgetTotal, String previousWeek, String previousHealth, Register register) {

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

	/**
	 * The register as the report drafted it: text and dates only, so that a published
	 * report keeps showing the entries as they were, whatever happens to them later. The
	 * ids are the entries' own, for links.
	 *
	 * @param escalations live escalations, by needed-by date
	 * @param decisions decisions needed, by needed-by date
	 * @param opened issues opened in the week
	 * @param resolved issues resolved or closed in the week
	 * @param actions open actions due by seven days after the week, or overdue
	 * @param approvedChanges change requests approved in the week
	 */
	public record Register(List<EscalationLine> escalations, List<DecisionLine> decisions, List<IssueLine> opened,
			List<IssueLine> resolved, List<ActionLine> actions, List<ChangeLine> approvedChanges) {

		/** No escalation and no decision needed. */
		public boolean nothingAsked() {
			return this.escalations.isEmpty() && this.decisions.isEmpty();
		}

		/** No issue opened or resolved, no action due, no change approved. */
		public boolean quietWeek() {
			return this.opened.isEmpty() && this.resolved.isEmpty() && this.actions.isEmpty()
					&& this.approvedChanges.isEmpty();
		}

	}

	/**
	 * @param projectKey {@code null} for the program as a whole
	 * @param overdue past its needed-by date on the day drafted
	 */
	public record EscalationLine(long issueId, String projectKey, String title, String priority, String ask,
			String escalatedTo, LocalDate neededBy, boolean overdue) {
	}

	/**
	 * @param decider {@code null} if nobody is named
	 * @param neededBy {@code null} if no date is set
	 */
	public record DecisionLine(long decisionId, String projectKey, String title, String priority, String decider,
			LocalDate neededBy, boolean overdue) {
	}

	/**
	 * @param day raised on (opened) or resolved on (resolved)
	 */
	public record IssueLine(long issueId, String projectKey, String title, String priority, String status, String owner,
			LocalDate day) {
	}

	public record ActionLine(long actionId, String projectKey, String title, String owner, LocalDate due,
			boolean overdue) {
	}

	public record ChangeLine(long changeId, String projectKey, String title, String requestedBy, String approvedBy,
			LocalDate approvedOn) {
	}

}
