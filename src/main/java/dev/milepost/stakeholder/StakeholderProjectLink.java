package dev.milepost.stakeholder;

/**
 * One project a stakeholder is linked to, as the stakeholder's page shows it.
 */
public record StakeholderProjectLink(Long linkId, long version, Long projectId, String programKey, String projectKey,
		String projectName, boolean projectArchived, RaciRole role) {

}
