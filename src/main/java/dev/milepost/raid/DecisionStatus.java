package dev.milepost.raid;

/**
 * Where a decision stands; labels come from {@code decision.status.<NAME>}.
 */
public enum DecisionStatus {

	NEEDED, DECIDED, SUPERSEDED

}
