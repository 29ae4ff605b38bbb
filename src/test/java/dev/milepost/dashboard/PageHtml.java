package dev.milepost.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pieces of a rendered dashboard page for assertions: a table row, a {@code data-col}
 * cell's text, a section. Each fails the test when the piece is missing.
 */
public final class PageHtml {

	private PageHtml() {
	}

	/** From the element with this id to the end of its table row. */
	public static String row(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("row %s", id).isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	/**
	 * The text of a {@code data-col} cell with the tags and extra white space removed.
	 */
	public static String cell(String row, String column) {
		int start = row.indexOf("data-col=\"" + column + "\"");
		assertThat(start).as("cell %s", column).isPositive();
		String cell = row.substring(row.indexOf('>', start) + 1, row.indexOf("</td>", start));
		return cell.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
	}

	/** From the element with this id to the end of its section. */
	public static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section %s", id).isPositive();
		return html.substring(start, html.indexOf("</section>", start));
	}

}
