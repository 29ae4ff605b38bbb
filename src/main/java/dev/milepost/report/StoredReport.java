package dev.milepost.report;

import java.time.OffsetDateTime;

/**
 * One row of {@code status_reports}.
 *
 * @param snapshot the frozen content as JSON; {@code null} while a draft
 */
public record StoredReport(long id, long programId, String week, int versionNo, ReportStatus status, Written written,
		String snapshot, String publishedBy, OffsetDateTime publishedAt, long version) {

	public boolean isDraft() {
		return this.status == ReportStatus.DRAFT;
	}

}
