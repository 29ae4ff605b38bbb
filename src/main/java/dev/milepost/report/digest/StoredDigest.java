package dev.milepost.report.digest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.milepost.report.IsoWeek;

/**
 * One row of {@code digests}: a published digest.
 *
 * @param snapshot the frozen {@link DigestContent} as JSON
 */
public record StoredDigest(long id, String week, String snapshot, String publishedBy, OffsetDateTime publishedAt) {

	/** The week's Monday. */
	public LocalDate monday() {
		return IsoWeek.parse(this.week).monday();
	}

	/** The week's Sunday. */
	public LocalDate sunday() {
		return IsoWeek.parse(this.week).sunday();
	}

}
