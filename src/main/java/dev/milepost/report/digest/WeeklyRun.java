package dev.milepost.report.digest;

/**
 * What one run of the {@link WeeklyReportJob} did; also sent as an application event when
 * the run ends.
 *
 * @param week the ISO week it ran for, e.g. {@code 2026-W47}
 * @param digestPublished whether this run published the week's digest ({@code false}: it
 * was published before)
 * @param reminders reminder mails queued (not counting reminders queued by an earlier
 * run)
 * @param autoPublished reports published by this run
 * @param failed reports that could not be published (logged; the run went on)
 */
public record WeeklyRun(String week, boolean digestPublished, int reminders, int autoPublished, int failed) {
}
