package dev.milepost.dashboard.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.milepost.dashboard.trend.TrendSeries.Forecast;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendSvgTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	static final TrendSvg.Labels LABELS = new TrendSvg.Labels("T <b>", "D & d", "X", "Y", "Done", Locale.UK);

	@Test
	void eachForecastHoldsUntilTheNextAndTheLastUntilTodayOrTheActualDate() {
		TrendSeries open = new TrendSeries(1, "A", "P", TODAY, null, "IN_PROGRESS", List
			.of(new Forecast(TODAY.minusDays(30), TODAY), new Forecast(TODAY.minusDays(10), TODAY.plusDays(5))));
		assertThat(TrendSvg.steps(open, TODAY)).extracting((p) -> LocalDate.ofEpochDay((long) p[0]))
			.containsExactly(TODAY.minusDays(30), TODAY.minusDays(10), TODAY.minusDays(10), TODAY);
		TrendSeries done = new TrendSeries(2, "B", "P", TODAY, TODAY.minusDays(3), "DONE",
				List.of(new Forecast(TODAY.minusDays(30), TODAY.minusDays(3))));
		assertThat(TrendSvg.steps(done, TODAY)).extracting((p) -> LocalDate.ofEpochDay((long) p[0]))
			.containsExactly(TODAY.minusDays(30), TODAY.minusDays(3));
	}

	@Test
	void escapesTextAndUsesNoStyleOrScript() {
		TrendSeries s = new TrendSeries(1, "<x> & 'y'", "P", TODAY, null, "IN_PROGRESS",
				List.of(new Forecast(TODAY.minusDays(400), TODAY.plusDays(100))));
		String svg = TrendSvg.render(List.of(s), TODAY, LABELS);
		assertThat(svg).contains("<title id=\"trend-title\">T &lt;b&gt;</title>")
			.contains("D &amp; d")
			.contains("&lt;x&gt; &amp; &#39;y&#39;")
			.doesNotContain("<x>")
			.doesNotContain(" style=")
			.doesNotContain("<script");
	}

	@Test
	void monthTicksThinOutOverLongRanges() {
		assertThat(TrendSvg.ticks(LocalDate.of(2026, 1, 15).toEpochDay(), LocalDate.of(2026, 6, 2).toEpochDay()))
			.containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1),
					LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));
		assertThat(TrendSvg.ticks(LocalDate.of(2024, 1, 15).toEpochDay(), LocalDate.of(2028, 1, 1).toEpochDay()))
			.hasSizeLessThanOrEqualTo(13);
	}

}
