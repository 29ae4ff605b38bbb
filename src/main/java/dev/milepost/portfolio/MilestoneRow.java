package dev.milepost.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One milestone as list screens and the project page show it, read in one query with its
 * project and program keys.
 *
 * @param overdue not done and forecast before today
 */
public record MilestoneRow(Long id, long version, Long projectId, String programKey, String projectKey, String name,
		String owner, LocalDate baselineDate, LocalDate forecastDate, LocalDate actualDate, MilestoneStatus status,
		boolean archived, boolean overdue) {

	/** Days late (positive) or early (negative) against the baseline. */
	public long slipDays() {
		return ChronoUnit.DAYS.between(this.baselineDate,
				(this.actualDate != null) ? this.actualDate : this.forecastDate);
	}

	/**
	 * The statuses a user can choose for this milestone (all of them), for the row's
	 * select box.
	 */
	public MilestoneStatus[] statusChoices() {
		return MilestoneStatus.values();
	}

	static MilestoneRow of(Milestone m, LocalDate today) {
		Project project = m.getProject();
		return new MilestoneRow(m.getId(), m.getVersion(), project.getId(), project.getProgram().getKey(),
				project.getKey(), m.getName(), m.getOwner(), m.getBaselineDate(), m.getForecastDate(),
				m.getActualDate(), m.getStatus(), m.isArchived(), m.isOverdue(today));
	}

}
