/**
 * The leadership digest: one page per ISO week over the whole portfolio, drafted from the
 * read models ({@link dev.milepost.report.digest.DigestDrafter}), published once per week
 * with its content frozen as JSON ({@link dev.milepost.report.digest.DigestService}), and
 * the weekly job ({@link dev.milepost.report.digest.WeeklyReportJob}) that publishes it
 * and reminds program owners of unpublished reports (or publishes them). {@code web} has
 * the digest pages and the admin action.
 */
package dev.milepost.report.digest;
