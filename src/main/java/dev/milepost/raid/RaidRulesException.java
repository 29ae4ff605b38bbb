package dev.milepost.raid;

import java.util.List;

/**
 * A create or update was refused because the details break business rules; nothing was
 * saved.
 */
public class RaidRulesException extends RuntimeException {

	private final List<RaidRuleViolation> violations;

	public RaidRulesException(List<RaidRuleViolation> violations) {
		super("Details break " + violations.size() + " rule(s): " + violations);
		this.violations = List.copyOf(violations);
	}

	public RaidRulesException(String field, String code, String defaultMessage) {
		this(List.of(new RaidRuleViolation(field, code, defaultMessage)));
	}

	public List<RaidRuleViolation> getViolations() {
		return this.violations;
	}

}
