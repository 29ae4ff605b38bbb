package dev.milepost.portfolio;

/**
 * The milestone list's filters; any may be {@code null} (not filtered).
 *
 * @param q text in name, owner or description
 * @param overdue only overdue milestones
 * @param slipped only milestones later than their baseline
 * @param archived include archived milestones (and those of archived projects and
 * programs)
 */
public record MilestoneFilter(String q, Long programId, Long projectId, MilestoneStatus status, String owner,
		Boolean overdue, Boolean slipped, boolean archived) {

}
