package dev.milepost.report;

/**
 * The change is impossible in the report's current state (409), e.g. editing a published report.
 * Carries a message code for the user.
 */
public class ReportConflictException extends RuntimeException {

	private final String messageCode;

	public ReportConflictException(String messageCode) {
		super(messageCode);
		this.messageCode = messageCode;
	}

	public String messageCode() {
		return this.messageCode;
	}

}
