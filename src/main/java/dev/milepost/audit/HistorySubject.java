package dev.milepost.audit;

import java.util.List;

/**
 * The record a history page is about: its name, its page and the records above it, for
 * the heading and breadcrumb.
 *
 * @param type what kind of record
 * @param id its id
 * @param label its current name, or the last one history knows when it was deleted
 * @param url its page, or {@code null} when it was deleted
 * @param parents the records above it, outermost first (program, project), each with its
 * page
 */
public record HistorySubject(RecordType type, long id, String label, String url, List<Crumb> parents) {

	/** One step of a breadcrumb. */
	public record Crumb(String label, String url) {
	}

	public boolean isDeleted() {
		return this.url == null;
	}

}
