package dev.milepost.dashboard.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import dev.milepost.risk.RiskBand;
import dev.milepost.summary.DeliverySql;

/**
 * How a program or project is delivering, for one row of a dashboard table. Archived
 * projects, milestones and risks are not counted; "open" means neither DONE nor
 * CANCELLED.
 *
 * <ul>
 * <li><b>next milestone</b>: the open milestone with the earliest forecast date on or
 * after today; when there is none, the earliest overdue open milestone
 * ({@link #nextOverdue()} is then {@code true}); {@code null} when nothing is open.</li>
 * <li><b>on time %</b>: of the DONE milestones, the share whose actual date is on or
 * before the baseline date; {@code null} ("—") when none is done.</li>
 * <li><b>slipped</b>: open milestones whose forecast is later than their baseline.</li>
 * <li><b>top risk score</b>: the highest score of OPEN or MITIGATING risks, banded by
 * {@link RiskBand}; {@code null} when there are none.</li>
 * <li><b>budget burn</b>: sum of spent / sum of planned budget of the projects, as a
 * percentage; {@code null} ("—") when nothing is planned. Shown next to
 * {@link #donePercent()} (DONE of the milestones that are not cancelled) so that spending
 * can be compared with progress.</li>
 * </ul>
 *
 * @param nextMilestoneId {@code null} when no milestone is open
 * @param overdue open milestones with a forecast before today
 */
public record Delivery(Long nextMilestoneId, String nextMilestoneName, LocalDate nextMilestoneDate, boolean nextOverdue,
		long milestones, long done, long cancelled, long onTime, long slipped, long overdue, long blocked,
		long openRisks, Integer topRiskScore, BigDecimal budgetPlanned, BigDecimal budgetSpent) {

	/** No milestones, no risks, no budget. */
	public static final Delivery NONE = new Delivery(null, null, null, false, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null);

	/**
	 * Share of DONE milestones finished on or before their baseline, 0..100; {@code null}
	 * when none is done.
	 */
	public Integer onTimePercent() {
		return (this.done == 0) ? null : percent(this.onTime, this.done);
	}

	/**
	 * Share of milestones that are DONE, cancelled ones left out; {@code null} when there
	 * are none.
	 */
	public Integer donePercent() {
		long counted = this.milestones - this.cancelled;
		return (counted <= 0) ? null : percent(this.done, counted);
	}

	/**
	 * Spent over planned budget as a percentage (may exceed 100); {@code null} when
	 * nothing is planned.
	 */
	public Integer burnPercent() {
		if (this.budgetPlanned == null || this.budgetPlanned.signum() == 0) {
			return null;
		}
		BigDecimal spent = (this.budgetSpent != null) ? this.budgetSpent : BigDecimal.ZERO;
		return spent.multiply(BigDecimal.valueOf(100)).divide(this.budgetPlanned, 0, RoundingMode.HALF_UP).intValue();
	}

	/** The band of the top risk score, {@code null} when there is no open risk. */
	public RiskBand topRiskBand() {
		return (this.topRiskScore != null) ? RiskBand.of(this.topRiskScore) : null;
	}

	private static int percent(long part, long whole) {
		return (int) Math.round(part * 100.0 / whole);
	}

	/**
	 * Reads the columns the dashboard queries name alike:
	 * {@code next_id, next_name, next_date,
	 * milestones, done, cancelled, on_time, slipped, overdue, blocked, open_risks, top_score,
	 * budget_planned, budget_spent}.
	 */
	public static Delivery from(ResultSet rs, LocalDate today) throws SQLException {
		long nextId = rs.getLong("next_id");
		boolean hasNext = !rs.wasNull();
		LocalDate nextDate = rs.getObject("next_date", LocalDate.class);
		return new Delivery(hasNext ? nextId : null, rs.getString("next_name"), nextDate,
				nextDate != null && nextDate.isBefore(today), rs.getLong("milestones"), rs.getLong("done"),
				rs.getLong("cancelled"), rs.getLong("on_time"), rs.getLong("slipped"), rs.getLong("overdue"),
				rs.getLong("blocked"), rs.getLong("open_risks"), rs.getObject("top_score", Integer.class),
				rs.getBigDecimal("budget_planned"), rs.getBigDecimal("budget_spent"));
	}

	/**
	 * SQL for the milestone counts of each unit (a program or a project): a grouped
	 * subquery to left join on {@code unit_id}.
	 * @param unit the column naming the unit, {@code j.program_id} or {@code j.id}
	 * ({@code j} the project)
	 * @param scope further conditions on {@code j}, e.g.
	 * {@code and j.program_id = :programId}
	 */
	public static String milestoneCounts(String unit, String scope) {
		return DeliverySql.milestoneCounts(unit, scope);
	}

	/**
	 * SQL for the next milestone of each unit (see the class comment): a subquery with
	 * {@code unit_id, next_id, next_name, next_date}, one row per unit that has an open
	 * milestone.
	 */
	public static String nextMilestone(String unit, String scope) {
		return DeliverySql.nextMilestone(unit, scope);
	}

}
