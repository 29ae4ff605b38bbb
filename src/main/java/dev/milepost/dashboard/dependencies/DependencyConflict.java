package dev.milepost.dashboard.dependencies;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A dependency whose predecessor lands after its successor's forecast.
 *
 * @param predecessor the milestone that must finish first
 * @param successor the milestone that depends on it
 */
public record DependencyConflict(Side predecessor, Side successor) {

	/**
	 * One end of the dependency, with its project and program.
	 *
	 * @param date the forecast, or the actual date of a done predecessor
	 * @param done the milestone is done ({@code date} is then its actual date)
	 */
	public record Side(long milestoneId, String milestoneName, LocalDate date, boolean done, long projectId,
			String projectKey, long programId, String programKey) {

		public String label() {
			return this.projectKey + " · " + this.milestoneName;
		}

	}

	/** Days the predecessor lies after its successor: always positive for a conflict. */
	public long gapDays() {
		return ChronoUnit.DAYS.between(this.successor.date(), this.predecessor.date());
	}

}
