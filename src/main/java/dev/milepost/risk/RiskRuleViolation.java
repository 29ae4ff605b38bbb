package dev.milepost.risk;

/**
 * A business rule that {@link RiskDetails} break, addressed to the form field to show it
 * next to.
 *
 * @param field the property of {@link RiskDetails} (and of the form)
 * @param code message key in {@code messages/risk.properties}
 * @param defaultMessage English text for when the key is missing
 */
public record RiskRuleViolation(String field, String code, String defaultMessage) {

}
