package dev.milepost.stakeholder;

/**
 * How much influence over, or interest in, the work a stakeholder has. Declared from low
 * to high: lists sort by this order, not alphabetically.
 */
public enum Level {

	LOW, MEDIUM, HIGH

}
