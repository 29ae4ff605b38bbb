package dev.milepost.dashboard.portfolio;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the portfolio dashboard keeps of its renderings, version by version. */
class PortfolioPageCacheUnitTests {

	final PortfolioPageCache cache = new PortfolioPageCache();

	static PortfolioPageCache.Key key(String query) {
		return new PortfolioPageCache.Key(LocalDate.of(2026, 12, 6), Locale.ENGLISH, query);
	}

	@Test
	void keepsARenderingForItsVersionDayLocaleAndQuery() {
		this.cache.put(7, key(""), "seven");

		assertThat(this.cache.get(7, key(""))).isEqualTo("seven");
		assertThat(this.cache.get(7, key("page=1"))).isNull();
		assertThat(this.cache.get(7, new PortfolioPageCache.Key(LocalDate.of(2026, 12, 7), Locale.ENGLISH, "")))
			.isNull();
		assertThat(this.cache.get(7, new PortfolioPageCache.Key(LocalDate.of(2026, 12, 6), Locale.GERMAN, "")))
			.isNull();
		assertThat(this.cache.get(8, key(""))).isNull();
	}

	@Test
	void aNewerVersionDropsWhatWasKeptAndAnOlderOneIsNotKept() {
		this.cache.put(7, key(""), "seven");
		this.cache.put(8, key("page=1"), "eight");

		assertThat(this.cache.size()).isEqualTo(1);
		assertThat(this.cache.get(7, key(""))).isNull();

		// a reader that read version 7 before the change finishes after it
		this.cache.put(7, key(""), "late seven");
		assertThat(this.cache.get(7, key(""))).isNull();
		assertThat(this.cache.get(8, key("page=1"))).isEqualTo("eight");
	}

	@Test
	void nothingIsKeptWhileTheVersionIsUnknown() {
		this.cache.put(7, key(""), "seven");
		this.cache.put(-1, key(""), "unknown");

		assertThat(this.cache.size()).isZero();
		assertThat(this.cache.get(-1, key(""))).isNull();
		// written again, above every version before
		this.cache.put(1_800_000_000_000L, key(""), "again");
		assertThat(this.cache.get(1_800_000_000_000L, key(""))).isEqualTo("again");
	}

	@Test
	void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
		for (int i = 0; i <= PortfolioPageCache.CAPACITY; i++) {
			this.cache.put(3, key("page=" + i), "page " + i);
			this.cache.get(3, key("page=0"));
		}

		assertThat(this.cache.size()).isEqualTo(PortfolioPageCache.CAPACITY);
		assertThat(this.cache.get(3, key("page=0"))).isEqualTo("page 0");
		assertThat(this.cache.get(3, key("page=1"))).isNull();
	}

}
