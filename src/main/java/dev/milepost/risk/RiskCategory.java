package dev.milepost.risk;

/**
 * What kind of threat a risk is; labels come from {@code risk.category.<NAME>}.
 */
public enum RiskCategory {

	SCHEDULE, SCOPE, COST, TECHNICAL, RESOURCE, EXTERNAL, COMPLIANCE

}
