package dev.milepost.raid;

/**
 * The register of one program at a glance (archived entries left out): what is open, what
 * is late, and what is asked of leadership.
 *
 * @param openIssues issues open or in progress
 * @param criticalIssues of those, critical ones
 * @param overdueIssues of those, past their target date
 * @param openEscalations live issues carrying an escalation
 * @param overdueEscalations of those, past their needed-by date
 * @param neededDecisions decisions still needed
 * @param overdueDecisions of those, past their needed-by date
 * @param openActions actions open
 * @param overdueActions of those, past their due date
 * @param pendingChanges change requests in draft or submitted
 */
public record RaidSummary(long openIssues, long criticalIssues, long overdueIssues, long openEscalations,
		long overdueEscalations, long neededDecisions, long overdueDecisions, long openActions, long overdueActions,
		long pendingChanges) {

}
