package dev.milepost.portfolio;

import java.time.LocalDate;

/**
 * What an edit of a milestone may change. The baseline is not here: it moves only through
 * {@link MilestoneService#rebaseline}. {@code reason} is required when the forecast
 * moves.
 */
public record MilestoneChanges(String name, String description, String owner, LocalDate forecastDate,
		LocalDate actualDate, MilestoneStatus status, String reason) {

}
