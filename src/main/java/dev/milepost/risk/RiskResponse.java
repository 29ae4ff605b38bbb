package dev.milepost.risk;

/**
 * The chosen response strategy; labels come from {@code risk.response.<NAME>}.
 */
public enum RiskResponse {

	AVOID, REDUCE, TRANSFER, ACCEPT

}
