package dev.milepost.stakeholder;

/**
 * One program a stakeholder is linked to, as the stakeholder's page shows it.
 */
public record StakeholderProgramLink(Long linkId, long version, Long programId, String programKey, String programName,
		boolean programArchived, RaciRole role, boolean receivesWeeklyReport) {

}
