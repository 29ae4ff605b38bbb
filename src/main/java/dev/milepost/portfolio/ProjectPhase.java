package dev.milepost.portfolio;

/** Where a project stands in its lifecycle. */
public enum ProjectPhase {

	INITIATING, PLANNING, EXECUTING, CLOSING, CLOSED

}
