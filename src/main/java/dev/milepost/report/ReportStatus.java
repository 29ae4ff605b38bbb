package dev.milepost.report;

/**
 * Lifecycle of one report version: a draft is edited, then published; a correction
 * supersedes it.
 */
public enum ReportStatus {

	DRAFT, PUBLISHED, SUPERSEDED

}
