package dev.milepost.report.digest;

/**
 * The digest of a week was published: sent once per week, in the publishing transaction,
 * only by the publication that inserted the row (never by a repeated or losing concurrent
 * one).
 *
 * @param digestId the {@code digests} row
 * @param week the ISO week, e.g. {@code 2026-W47}
 */
public record DigestPublished(long digestId, String week) {
}
