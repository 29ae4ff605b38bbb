package dev.milepost.dashboard.update;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.milepost.portfolio.MilestoneRow;

/**
 * What the weekly update page shows for a program.
 *
 * @param groups the projects with open milestones, those needing attention first
 * @param staleIds the open milestones nobody has touched for {@code staleDays} days
 * @param reviews the live risks whose next review is due within {@link #REVIEW_DAYS} days
 * or overdue
 */
public record UpdateGrid(LocalDate today, int staleDays, List<Group> groups, Set<Long> staleIds,
		List<ReviewRow> reviews) {

	/** Risks whose next review is up to this many days ahead are due, as on My work. */
	public static final int REVIEW_DAYS = 7;

	public int milestoneCount() {
		return this.groups.stream().mapToInt((g) -> g.rows().size()).sum();
	}

	public long overdueCount() {
		return this.groups.stream().flatMap((g) -> g.rows().stream()).filter(MilestoneRow::overdue).count();
	}

	/**
	 * One project and its open milestones: overdue first, then stale, then by forecast.
	 */
	public record Group(Long projectId, String projectKey, String projectName, List<MilestoneRow> rows, int attention) {

	}

	/** A risk due for review. */
	public record ReviewRow(Long id, long version, String title, String projectKey, int score, String owner,
			String status, LocalDate nextReviewDate, boolean overdue) {

	}

}
