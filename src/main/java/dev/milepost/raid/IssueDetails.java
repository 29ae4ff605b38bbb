package dev.milepost.raid;

import java.time.LocalDate;

/**
 * What a user enters for an issue, after bean validation. {@link IssueService} checks the
 * rules that need the database or the clock.
 *
 * @param projectId {@code null} for an issue of the whole program
 * @param resolution required when resolved
 * @param escalationAsk with {@code escalatedToId} and {@code escalationNeededBy}: all
 * three or none
 * @param riskId the occurred risk the issue is raised from (on create only), or
 * {@code null}
 */
public record IssueDetails(Long programId, Long projectId, String title, String description, Priority priority,
		Long ownerId, LocalDate raisedOn, LocalDate targetDate, IssueStatus status, String resolution,
		String escalationAsk, Long escalatedToId, LocalDate escalationNeededBy, Long riskId) {

}
