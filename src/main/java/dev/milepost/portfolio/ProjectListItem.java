package dev.milepost.portfolio;

/**
 * A project with the number of its non-archived milestones, for the program page.
 */
public record ProjectListItem(Project project, long milestones) {
}
