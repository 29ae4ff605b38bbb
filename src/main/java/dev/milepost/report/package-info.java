/**
 * Owns the weekly status reports, the leadership digest and the mail they go out by:
 * reports are drafted from the data ({@link ReportDrafter}), written sections added by
 * the TPM, frozen as a stored snapshot when published ({@link ReportService}).
 * {@link DigestAccounts} tells other modules about a user's digest subscription;
 * {@code digest}, {@code mail} and {@code web} are internal.
 */
@NullMarked
package dev.milepost.report;

import org.jspecify.annotations.NullMarked;
