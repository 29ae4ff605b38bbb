package dev.milepost.portfolio;

import java.util.List;

/**
 * The portfolio overview: one row per non-archived program and the totals over them.
 */
public record PortfolioOverview(List<Row> rows, Totals totals) {

	/**
	 * One program's figures. Archived projects and milestones are not counted.
	 *
	 * @param overdueMilestones not done or cancelled, forecast before today
	 * @param openRisks risks that are OPEN or MITIGATING
	 * @param highestOpenRiskScore the highest score among those, {@code null} when there are none
	 */
	public record Row(Long id, String key, String name, ProgramStatus status, String owner, long projects,
			long milestones, long doneMilestones, long overdueMilestones, long blockedMilestones, long openRisks,
			Integer highestOpenRiskScore) {
	}

	public record Totals(long programs, long projects, long milestones, long openRisks) {
	}

	static PortfolioOverview of(List<Row> rows) {
		return new PortfolioOverview(rows,
				new Totals(rows.size(), rows.stream().mapToLong(Row::projects).sum(),
						rows.stream().mapToLong(Row::milestones).sum(), rows.stream().mapToLong(Row::openRisks).sum()));
	}

}
