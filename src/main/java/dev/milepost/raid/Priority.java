package dev.milepost.raid;

/**
 * How much an entry of the register matters; labels come from
 * {@code raid.priority.<NAME>}.
 */
public enum Priority {

	CRITICAL, HIGH, MEDIUM, LOW

}
