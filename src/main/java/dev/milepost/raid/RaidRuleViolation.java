package dev.milepost.raid;

/**
 * A business rule that the details of a register entry break, addressed to the form field
 * to show it next to.
 *
 * @param field the property of the details (and of the form)
 * @param code message key in {@code messages/raid.properties}
 * @param defaultMessage English text for when the key is missing
 */
public record RaidRuleViolation(String field, String code, String defaultMessage) {

}
