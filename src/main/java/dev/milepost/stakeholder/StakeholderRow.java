package dev.milepost.stakeholder;

/**
 * One line of the stakeholder list.
 *
 * @param programCount number of programs the stakeholder is linked to
 */
public record StakeholderRow(Long id, String name, String email, String title, String organisation, Level influence,
		Level interest, boolean archived, long programCount) {

}
