/**
 * Weekly status reports: drafted from the data ({@link ReportDrafter}), written sections added by
 * the TPM, frozen as a stored snapshot when published ({@link ReportService}).
 */
package dev.milepost.report;
