package dev.milepost.dashboard.trend;

import java.util.List;

/**
 * What a trend page shows: whose milestones, which projects it can be narrowed to, and
 * the series.
 *
 * @param shown the series drawn (at most {@link TrendQueries#LIMIT})
 * @param total how many milestones matched before the limit
 */
public record TrendChart(Subject subject, List<ProjectOption> projects, Long projectFilter, List<TrendSeries> shown,
		long total) {

	/**
	 * The program or project the chart belongs to, with its program for the breadcrumb.
	 */
	public record Subject(boolean program, long id, String key, String name, long programId, String programKey,
			String programName) {

		public String label() {
			return this.key + " · " + this.name;
		}

		public String programLabel() {
			return this.programKey + " · " + this.programName;
		}

	}

	public record ProjectOption(long id, String key, String name) {
	}

	public boolean truncated() {
		return this.total > this.shown.size();
	}

}
