package dev.milepost.stakeholder;

/**
 * Filters of the stakeholder list; {@code null} means "any".
 *
 * @param q text found in name, email, organisation or title (case-insensitive)
 * @param programId only stakeholders linked to this program
 * @param includeArchived whether archived stakeholders are listed too
 */
public record StakeholderFilter(String q, Level influence, Level interest, Long programId, boolean includeArchived) {

}
