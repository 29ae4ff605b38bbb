package dev.milepost.health;

/**
 * The rule a {@link Reason} comes from, in the order reasons of equal health are listed.
 */
public enum HealthRule {

	/** Open milestones whose forecast is later than their baseline. */
	SLIP,
	/** Open milestones whose forecast date has passed. */
	OVERDUE,
	/** Milestones with status BLOCKED. */
	BLOCKED,
	/** Open risks with a high score. */
	RISK,
	/** Budget spent against budget planned and progress. */
	BUDGET,
	/** No update for a while. */
	STALENESS,
	/** Open critical issues. */
	CRITICAL_ISSUES,
	/** Escalations and decisions past their needed-by date. */
	PAST_NEEDED_BY,
	/** Open actions past their due date. */
	OVERDUE_ACTIONS,
	/** A project's health was overridden by a TPM (reported on its program). */
	OVERRIDE

}
