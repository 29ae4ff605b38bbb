package dev.milepost.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What health needs to know about one milestone.
 *
 * @param name shown in reasons
 * @param baseline the committed date; {@code null} if none (then it cannot slip)
 * @param forecast the currently expected date; {@code null} if none (then it cannot slip
 * or be overdue)
 * @param actual the date it was reached, if it was
 * @param state where it stands
 */
public record MilestoneFacts(String name, LocalDate baseline, LocalDate forecast, LocalDate actual,
		MilestoneState state) {

	public MilestoneFacts {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(state, "state");
	}

	/** Not done and not cancelled: the milestones health looks at. */
	public boolean isOpen() {
		return !this.state.isClosed();
	}

	/**
	 * Days the forecast lies after the baseline for an open milestone, otherwise 0.
	 * Finished milestones that were late are history (the on-time percentage shows them),
	 * not health.
	 */
	public long slipDays() {
		if (!isOpen() || this.baseline == null || this.forecast == null) {
			return 0;
		}
		return Math.max(0, ChronoUnit.DAYS.between(this.baseline, this.forecast));
	}

	/**
	 * Days since the forecast date passed without the milestone being reached, otherwise
	 * 0; the same notion of overdue as {@code Milestone.isOverdue}.
	 */
	public long overdueDays(LocalDate today) {
		if (!isOpen() || this.actual != null || this.forecast == null) {
			return 0;
		}
		return Math.max(0, ChronoUnit.DAYS.between(this.forecast, today));
	}

}
