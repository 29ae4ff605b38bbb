package dev.milepost.report;

/**
 * A weekly report was published (a first version or a correction), raised inside the
 * publishing transaction, so that whatever a listener writes (the mails to the program's
 * recipients) commits or rolls back with the report itself.
 *
 * @param reportId the published row ({@code status_reports.id}), one per version
 * @param programId the program
 * @param week the ISO week, e.g. {@code 2026-W47}
 * @param versionNo 1 for the first report of the week, n for its (n-1)-th correction
 */
public record ReportPublished(long reportId, long programId, String week, int versionNo) {

	public boolean correction() {
		return this.versionNo > 1;
	}

}
