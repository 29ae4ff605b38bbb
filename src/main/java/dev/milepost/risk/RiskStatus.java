package dev.milepost.risk;

/**
 * Where a risk stands; labels come from {@code risk.status.<NAME>}.
 */
public enum RiskStatus {

	OPEN, MITIGATING, CLOSED, OCCURRED

}
