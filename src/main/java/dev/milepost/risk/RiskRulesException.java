package dev.milepost.risk;

import java.util.List;

/**
 * A create or update was refused because the details break business rules; nothing was
 * saved.
 */
public class RiskRulesException extends RuntimeException {

	private final List<RiskRuleViolation> violations;

	public RiskRulesException(List<RiskRuleViolation> violations) {
		super("Risk details break " + violations.size() + " rule(s): " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<RiskRuleViolation> getViolations() {
		return this.violations;
	}

}
