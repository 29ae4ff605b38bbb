/**
 * The report archive, report pages, the changes since the last report and report PDFs of
 * a program.
 */
package dev.milepost.report.web;
