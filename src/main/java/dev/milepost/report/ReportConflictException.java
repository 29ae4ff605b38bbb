package dev.milepost.report;

import dev.milepost.shared.ConflictException;

/**
 * The change is impossible in the report's current state (409), e.g. editing a published
 * report.
 */
public class ReportConflictException extends ConflictException {

	public ReportConflictException(String messageCode) {
		super(messageCode);
	}

}
