package dev.milepost.dashboard.portfolio;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the portfolio dashboard rendered of its content (everything but the page's frame,
 * which names the reader), kept for one portfolio version
 * ({@code ProgramSummaries#version()}): the content is the same for every reader, so
 * while no change has been committed anywhere a view is a lookup. Keyed by the day (what
 * is overdue, the roadmap's today), the locale and the query string; at most
 * {@value #CAPACITY} entries, the least recently used dropped first. When a newer version
 * is seen everything kept for the older one is dropped.
 */
@Component
class PortfolioPageCache {

	/** Rendered pages kept at most (each some 100 to 200 KB of text at {@code large}). */
	static final int CAPACITY = 32;

	private long version = Long.MIN_VALUE;

	private final Map<Key, String> pages = new LinkedHashMap<>(CAPACITY, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
			return size() > CAPACITY;
		}

	};

	/** What was rendered for this key at this version, or {@code null}. */
	synchronized @Nullable String get(long version, Key key) {
		return (version >= 0 && version == this.version) ? this.pages.get(key) : null;
	}

	/**
	 * Keeps what was rendered at this version; a newer version drops what was kept, an
	 * older one (a reader that started before a change another reader has seen) is not
	 * kept, nor is anything rendered while the version is unknown ({@code -1}).
	 */
	synchronized void put(long version, Key key, String content) {
		if (version < 0) {
			// unknown (the version's row was deleted; it is written again above any
			// version before): keep nothing until it is known
			this.pages.clear();
			this.version = Long.MIN_VALUE;
			return;
		}
		if (version > this.version) {
			this.pages.clear();
			this.version = version;
		}
		if (version == this.version) {
			this.pages.put(key, content);
		}
	}

	/** Pages kept now. */
	synchronized int size() {
		return this.pages.size();
	}

	/**
	 * What the content depends on besides the portfolio's version.
	 *
	 * @param day today in {@code milepost.time-zone}
	 * @param locale the reader's locale
	 * @param query the request's query string ({@code ""} when none): filters, sort and
	 * page, and every link built from them
	 */
	record Key(LocalDate day, Locale locale, String query) {
	}

}
