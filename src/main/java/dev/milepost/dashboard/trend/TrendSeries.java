package dev.milepost.dashboard.trend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One milestone's forecast history: each forecast with the day it was made, oldest first.
 *
 * @param forecasts never empty for a milestone created through the application (its first
 * forecast is recorded); an empty list draws no line
 */
public record TrendSeries(long milestoneId, String name, String projectKey, LocalDate baseline, LocalDate actual,
		String status, List<Forecast> forecasts) {

	/** A forecast date and the day it was made (the report date). */
	public record Forecast(LocalDate madeOn, LocalDate forecast) {
	}

	public LocalDate firstForecast() {
		return this.forecasts.isEmpty() ? null : this.forecasts.get(0).forecast();
	}

	public LocalDate latestForecast() {
		return this.forecasts.isEmpty() ? null : this.forecasts.get(this.forecasts.size() - 1).forecast();
	}

	/**
	 * Days the latest forecast lies after the baseline (negative: ahead of the baseline).
	 */
	public Long slipDays() {
		LocalDate latest = latestForecast();
		return (latest == null) ? null : ChronoUnit.DAYS.between(this.baseline, latest);
	}

	/**
	 * The last day a line runs to: the actual date of a finished milestone, else today.
	 */
	LocalDate lineEnd(LocalDate today) {
		return (this.actual != null && this.actual.isBefore(today)) ? this.actual : today;
	}

}
