package dev.milepost.dashboard.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	@Test
	void drawsAtMostTenLinesThoseThatSlippedMostWithLabelsThatDoNotCollide() {
		List<TrendSeries> many = new ArrayList<>();
		for (int i = 0; i < 19; i++) {
			// all end within a few days of each other: their labels would overlap where
			// the lines end
			many.add(new TrendSeries(100 + i, "Milestone number " + i, "P", TODAY.plusDays(60), null, "IN_PROGRESS",
					List.of(new Forecast(TODAY.minusDays(90), TODAY.plusDays(60)),
							new Forecast(TODAY.minusDays(20), TODAY.plusDays(60 + i)))));
		}

		String svg = TrendSvg.render(many, TODAY, LABELS);

		assertThat(count(svg, "<polyline")).isEqualTo(10);
		// the ten that slipped most: 9..18 days
		assertThat(TrendSvg.drawn(many)).extracting(TrendSeries::milestoneId)
			.containsExactly(109L, 110L, 111L, 112L, 113L, 114L, 115L, 116L, 117L, 118L);
		Matcher label = Pattern.compile("<text class=\"trend-label\"[^>]* y=\"([0-9.]+)\"").matcher(svg);
		List<Double> ys = new ArrayList<>();
		while (label.find()) {
			ys.add(Double.parseDouble(label.group(1)));
		}
		assertThat(ys).hasSize(10);
		Collections.sort(ys);
		for (int i = 1; i < ys.size(); i++) {
			assertThat(ys.get(i) - ys.get(i - 1)).as("gap between labels").isGreaterThanOrEqualTo(14.0);
		}
		// the diagonal's key sits below the plot, not on the lines
		assertThat(svg).doesNotContain("class=\"trend-legend\"");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
