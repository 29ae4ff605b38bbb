package dev.milepost.raid;

/**
 * Where an action stands; labels come from {@code action.status.<NAME>}.
 */
public enum ActionStatus {

	OPEN, DONE, DROPPED

}
