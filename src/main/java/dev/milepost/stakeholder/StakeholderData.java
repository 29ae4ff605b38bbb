package dev.milepost.stakeholder;

/**
 * The editable fields of a stakeholder, already validated for presence and length by the
 * caller.
 */
public record StakeholderData(String name, String email, String title, String organisation, Level influence,
		Level interest) {

}
