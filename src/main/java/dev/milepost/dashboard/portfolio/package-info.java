/**
 * The portfolio dashboard ({@code GET /}): health counts, the table of programs with
 * their delivery figures (filtered by owner, objective and status in SQL, by health in
 * Java, then sorted and paged), upcoming and recently slipped milestones, the top open
 * risks and the risk heat map.
 */
package dev.milepost.dashboard.portfolio;
