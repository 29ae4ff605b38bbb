package dev.milepost.raid;

import java.time.LocalDate;

/**
 * What a user enters for an action, after bean validation. {@link ActionService} checks
 * the rules that need the database or the clock.
 *
 * @param ownerUserId the owning user, or {@code null} when a stakeholder owns it
 * @param ownerStakeholderId the owning stakeholder, or {@code null} when a user owns it
 * @param link the issue, decision, risk or weekly report of the same program it is linked
 * to, or {@code null}
 */
public record ActionDetails(Long programId, Long projectId, String title, String description, Priority priority,
		Long ownerUserId, Long ownerStakeholderId, LocalDate dueDate, ActionStatus status, ActionLink link) {

}
