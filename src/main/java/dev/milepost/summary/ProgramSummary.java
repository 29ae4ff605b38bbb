package dev.milepost.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.milepost.health.Health;
import dev.milepost.health.Reason;
import dev.milepost.health.Trend;
import org.jspecify.annotations.Nullable;

/**
 * What the portfolio dashboard shows of one program that is not archived, as of one day.
 * Archived projects, milestones and risks are not counted; "open" means neither DONE nor
 * CANCELLED (see {@code dashboard.delivery.Delivery} for how each figure is reckoned).
 *
 * @param programId the program
 * @param asOf the day it was computed for
 * @param computed the health its rules give
 * @param effective what to show: an active override's health, else {@code computed}
 * @param overrideHealth the active override's health, or {@code null}
 * @param trendWas the effective health last recorded for an earlier week, or {@code null}
 * @param reasons why {@code computed} is what it is, worst first, as message codes and
 * arguments
 * @param projects projects that are not archived
 * @param milestones milestones (of those projects) that are not archived
 * @param done of those, DONE
 * @param cancelled of those, CANCELLED
 * @param onTime DONE on or before the baseline
 * @param slipped open with a forecast after the baseline
 * @param overdue open with a forecast before {@code asOf}
 * @param blocked BLOCKED
 * @param nextId the next open milestone (on or after {@code asOf}, else the earliest
 * overdue), or {@code null}
 * @param nextName its name
 * @param nextDate its forecast date
 * @param openRisks OPEN or MITIGATING risks
 * @param topScore the highest score of those, or {@code null}
 * @param budgetPlanned sum of the projects' planned budgets, or {@code null}
 * @param budgetSpent sum of the projects' spent budgets, or {@code null}
 * @param register the register's counts (issues, escalations, decisions, actions, change
 * requests)
 * @param riskCells the open and mitigating risks per probability x impact cell (the
 * portfolio's heat map is their sum)
 */
public record ProgramSummary(long programId, LocalDate asOf, Health computed, Health effective,
		@Nullable Health overrideHealth, @Nullable Health trendWas, List<Reason> reasons, long projects,
		long milestones, long done, long cancelled, long onTime, long slipped, long overdue, long blocked,
		@Nullable Long nextId, @Nullable String nextName, @Nullable LocalDate nextDate, long openRisks,
		@Nullable Integer topScore, @Nullable BigDecimal budgetPlanned, @Nullable BigDecimal budgetSpent,
		Register register, RiskCells riskCells) {

	public ProgramSummary {
		reasons = List.copyOf(reasons);
	}

	/** An active override decides {@link #effective()}. */
	public boolean isOverridden() {
		return this.overrideHealth != null;
	}

	/** How effective health moved since an earlier week, or {@code null}. */
	public @Nullable Trend trend() {
		return Trend.of(this.trendWas, this.effective);
	}

	/** Milestones neither DONE nor CANCELLED. */
	public long openMilestones() {
		return this.milestones - this.done - this.cancelled;
	}

	/** The next milestone is overdue (there is no open one on or after the day). */
	public boolean nextOverdue() {
		return this.nextDate != null && this.nextDate.isBefore(this.asOf);
	}

	/**
	 * The names of the fields in which {@code other} differs from this (amounts compared
	 * by value, whatever their scale); empty when they are the same.
	 */
	public List<String> differences(ProgramSummary other) {
		List<String> fields = new ArrayList<>();
		differs(fields, "asOf", this.asOf, other.asOf);
		differs(fields, "computed", this.computed, other.computed);
		differs(fields, "effective", this.effective, other.effective);
		differs(fields, "overrideHealth", this.overrideHealth, other.overrideHealth);
		differs(fields, "trendWas", this.trendWas, other.trendWas);
		differs(fields, "reasons", this.reasons, other.reasons);
		differs(fields, "projects", this.projects, other.projects);
		differs(fields, "milestones", this.milestones, other.milestones);
		differs(fields, "done", this.done, other.done);
		differs(fields, "cancelled", this.cancelled, other.cancelled);
		differs(fields, "onTime", this.onTime, other.onTime);
		differs(fields, "slipped", this.slipped, other.slipped);
		differs(fields, "overdue", this.overdue, other.overdue);
		differs(fields, "blocked", this.blocked, other.blocked);
		differs(fields, "nextId", this.nextId, other.nextId);
		differs(fields, "nextName", this.nextName, other.nextName);
		differs(fields, "nextDate", this.nextDate, other.nextDate);
		differs(fields, "openRisks", this.openRisks, other.openRisks);
		differs(fields, "topScore", this.topScore, other.topScore);
		amount(fields, "budgetPlanned", this.budgetPlanned, other.budgetPlanned);
		amount(fields, "budgetSpent", this.budgetSpent, other.budgetSpent);
		differs(fields, "register", this.register, other.register);
		differs(fields, "riskCells", this.riskCells, other.riskCells);
		return fields;
	}

	private static void differs(List<String> fields, String name, @Nullable Object mine, @Nullable Object theirs) {
		if (!Objects.equals(mine, theirs)) {
			fields.add(name);
		}
	}

	private static void amount(List<String> fields, String name, @Nullable BigDecimal mine,
			@Nullable BigDecimal theirs) {
		if ((mine == null) != (theirs == null) || (mine != null && theirs != null && mine.compareTo(theirs) != 0)) {
			fields.add(name);
		}
	}

	/**
	 * The program's register as counts (archived entries left out; "open" issues are OPEN
	 * or IN_PROGRESS, "overdue" as of {@code asOf}).
	 */
	public record Register(long openIssues, long criticalIssues, long overdueIssues, long openEscalations,
			long overdueEscalations, long neededDecisions, long overdueDecisions, long openActions, long overdueActions,
			long pendingChanges) {

		public static final Register NONE = new Register(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	}

}
