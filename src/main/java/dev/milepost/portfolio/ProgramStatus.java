package dev.milepost.portfolio;

/** Lifecycle of a program. */
public enum ProgramStatus {

	PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED

}
