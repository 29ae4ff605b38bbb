package dev.milepost.stakeholder;

/**
 * One stakeholder linked to a program or project, as the program and project pages (and
 * weekly reports) show it.
 *
 * @param linkId id of the program or project link
 * @param receivesWeeklyReport whether the stakeholder gets the program's weekly status
 * report; always {@code false} for project links
 */
public record StakeholderLinkView(Long linkId, Long stakeholderId, String name, String email, String title,
		String organisation, Level influence, Level interest, RaciRole role, boolean receivesWeeklyReport) {

}
