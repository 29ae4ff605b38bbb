package dev.milepost.shared;

import java.util.Locale;

/**
 * LIKE patterns for text typed into a filter box: the user's {@code %}, {@code _} and
 * {@code \} are literal characters, never wildcards. Use with escape character
 * {@link #ESCAPE}.
 */
public final class Like {

	/** The escape character the patterns are built for. */
	public static final char ESCAPE = '\\';

	private Like() {
	}

	/**
	 * A lower-case pattern matching {@code text} (trimmed) anywhere, for
	 * {@code lower(column) like ?}.
	 */
	public static String containing(String text) {
		return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
	}

	/** {@code text} with the LIKE wildcards and the escape character itself escaped. */
	public static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
