package dev.milepost.report;

/**
 * Someone else saved the draft since the form was loaded (409; the form is shown again).
 */
public class StaleReportException extends RuntimeException {

	public StaleReportException() {
		super("stale report draft");
	}

}
