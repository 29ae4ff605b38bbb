package dev.milepost.dashboard.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.dashboard.SvgText;
import dev.milepost.dashboard.roadmap.Roadmap.Diamond;
import dev.milepost.dashboard.roadmap.Roadmap.Row;
import dev.milepost.dashboard.roadmap.Roadmap.Scope;
import dev.milepost.dashboard.roadmap.Roadmap.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The roadmap SVG without Spring: positions, quarters, clipping, baselines, escaping. */
class RoadmapSvgTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	static final RoadmapSvg.Labels LABELS = labels();

	static RoadmapSvg.Labels labels() {
		Map<State, String> states = new EnumMap<>(State.class);
		for (State s : State.values()) {
			states.put(s, "state-" + s.code());
		}
		return new RoadmapSvg.Labels("T <b>", "D & d", "Today", states, "forecast", "done on", "baseline",
				"Baseline → forecast", "Planned", "From milestones", (n) -> "before:" + n, (n) -> "after:" + n,
				"Beyond");
	}

	static Roadmap portfolio(Row... rows) {
		LocalDate[] window = Roadmap.portfolioWindow(TODAY);
		return new Roadmap(Scope.PORTFOLIO, TODAY, window[0], window[1], List.of(rows));
	}

	static Diamond diamond(long id, String name, LocalDate baseline, LocalDate forecast, String status) {
		return new Diamond(id, name, "CORE", baseline, forecast, "DONE".equals(status) ? forecast : null,
				State.of(status, baseline, forecast, TODAY));
	}

	static double expectedX(Roadmap roadmap, LocalDate day) {
		double days = roadmap.until().toEpochDay() - roadmap.from().toEpochDay();
		return RoadmapSvg.PLOT_LEFT + (day.toEpochDay() - roadmap.from().toEpochDay() + 0.5) / days
				* (RoadmapSvg.PLOT_RIGHT - RoadmapSvg.PLOT_LEFT);
	}

	/**
	 * The x of the first point of the path of the given milestone's diamond (its top
	 * corner).
	 */
	static double diamondX(String svg, long id) {
		Matcher m = Pattern
			.compile("<g class=\"roadmap-milestone\" data-milestone=\"" + id
					+ "\" data-state=\"[a-z-]+\"><title>[^<]*</title><path d=\"M([0-9.]+),")
			.matcher(svg);
		assertThat(m.find()).as("diamond %d drawn", id).isTrue();
		return Double.parseDouble(m.group(1));
	}

	@Test
	void portfolioWindowIsThePreviousQuarterToThreeQuartersAhead() {
		Roadmap roadmap = portfolio(new Row(1, "PAY", "Payments", TODAY, TODAY, false, List.of(), 0, 0));
		assertThat(roadmap.from()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(roadmap.until()).isEqualTo(LocalDate.of(2027, 10, 1));
		String svg = RoadmapSvg.render(roadmap, LABELS);
		List<String> quarters = new ArrayList<>();
		Matcher m = Pattern.compile("<text class=\"roadmap-quarter\"[^>]*>([^<]+)</text>").matcher(svg);
		while (m.find()) {
			quarters.add(m.group(1));
		}
		assertThat(quarters).containsExactly("Q3 2026", "Q4 2026", "Q1 2027", "Q2 2027", "Q3 2027");
	}

	@Test
	void todayLineSitsOnTodayAndIsLabelled() {
		Roadmap roadmap = portfolio(new Row(1, "PAY", "Payments", TODAY, TODAY, false, List.of(), 0, 0));
		String svg = RoadmapSvg.render(roadmap, LABELS);
		Matcher m = Pattern.compile("<g class=\"roadmap-today\"><line x1=\"([0-9.]+)\"").matcher(svg);
		assertThat(m.find()).isTrue();
		assertThat(Double.parseDouble(m.group(1))).isCloseTo(expectedX(roadmap, TODAY), within(0.06));
		assertThat(svg).contains(">Today</text></g>");
	}

	@Test
	void diamondSitsAtForecastAndHollowDiamondAtADifferentBaseline() {
		LocalDate baseline = LocalDate.of(2026, 12, 1);
		LocalDate forecast = LocalDate.of(2027, 2, 15);
		Diamond slipped = diamond(7, "Go live", baseline, forecast, "IN_PROGRESS");
		Diamond onTime = diamond(8, "Kick-off", LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 10), "NOT_STARTED");
		Roadmap roadmap = portfolio(
				new Row(1, "PAY", "Payments", TODAY, TODAY.plusDays(200), false, List.of(slipped, onTime), 0, 0));
		String svg = RoadmapSvg.render(roadmap, LABELS);

		assertThat(slipped.state()).isEqualTo(State.SLIPPED);
		assertThat(diamondX(svg, 7)).isCloseTo(expectedX(roadmap, forecast), within(0.06));
		Matcher line = Pattern.compile(
				"<g class=\"roadmap-baseline\" data-milestone=\"7\"><line x1=\"([0-9.]+)\" y1=\"[0-9.]+\" x2=\"([0-9.]+)\"[^>]*/><path d=\"M([0-9.]+),")
			.matcher(svg);
		assertThat(line.find()).as("baseline of the slipped milestone drawn").isTrue();
		assertThat(Double.parseDouble(line.group(1))).isCloseTo(expectedX(roadmap, baseline), within(0.06));
		assertThat(Double.parseDouble(line.group(2))).isCloseTo(expectedX(roadmap, forecast), within(0.06));
		assertThat(Double.parseDouble(line.group(3))).isCloseTo(expectedX(roadmap, baseline), within(0.06));
		assertThat(svg).doesNotContain("<g class=\"roadmap-baseline\" data-milestone=\"8\"");
		assertThat(svg).contains("data-milestone=\"8\" data-state=\"on-track\"");
	}

	@Test
	void clipsBarsAndDiamondsToTheWindowAndMarksWhatGoesOn() {
		Diamond early = diamond(1, "Early", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1), "IN_PROGRESS");
		Diamond late = diamond(2, "Late", LocalDate.of(2029, 1, 1), LocalDate.of(2029, 1, 1), "NOT_STARTED");
		Diamond inside = diamond(3, "Inside", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), "NOT_STARTED");
		Roadmap roadmap = portfolio(new Row(1, "PAY", "Payments", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1),
				false, List.of(early, late, inside), 2, 5));
		String svg = RoadmapSvg.render(roadmap, LABELS);

		assertThat(svg).contains("data-milestone=\"3\" data-state=\"on-track\"")
			.doesNotContain("data-milestone=\"1\" data-state")
			.doesNotContain("data-milestone=\"2\" data-state");
		assertThat(svg).contains("<rect class=\"roadmap-bar\" x=\"" + SvgText.number(RoadmapSvg.PLOT_LEFT) + "\"")
			.contains("width=\"" + SvgText.number(RoadmapSvg.PLOT_RIGHT - RoadmapSvg.PLOT_LEFT) + "\"");
		// the query's counts plus the diamonds it read that lie outside
		assertThat(svg).contains("data-side=\"before\"").contains("<title>before:3</title>");
		assertThat(svg).contains("data-side=\"after\"").contains("<title>after:6</title>");
	}

	@Test
	void portfolioDrawsDoneMilestonesSmallerAndWithoutTheirBaselineButTheProgramRoadmapInFull() {
		Diamond doneLate = new Diamond(5, "Done late", "CORE", TODAY.minusDays(30), TODAY.minusDays(20),
				TODAY.minusDays(10), State.DONE);
		Row row = new Row(1, "P", "P", TODAY.minusDays(60), TODAY, false, List.of(doneLate), 0, 0);
		String portfolio = RoadmapSvg.render(portfolio(row), LABELS);
		assertThat(portfolio).doesNotContain("<g class=\"roadmap-baseline\" data-milestone=\"5\"");
		Roadmap program = new Roadmap(Scope.PROGRAM, TODAY, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1),
				List.of(row));
		String full = RoadmapSvg.render(program, LABELS);
		assertThat(full).contains("<g class=\"roadmap-baseline\" data-milestone=\"5\"");
		// the diamond's top corner lies half its height above the row's middle: 6 * 0.65
		// on the portfolio
		assertThat(diamondHalf(portfolio, 5)).isCloseTo(3.9, within(0.06));
		assertThat(diamondHalf(full, 5)).isCloseTo(8, within(0.06));
	}

	static double diamondHalf(String svg, long id) {
		Matcher m = Pattern
			.compile("data-milestone=\"" + id
					+ "\" data-state=\"[a-z-]+\"><title>[^<]*</title><path d=\"M[0-9.]+,([0-9.]+) L[0-9.]+,([0-9.]+) ")
			.matcher(svg);
		assertThat(m.find()).isTrue();
		return Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1));
	}

	@Test
	void formatsCoordinatesWithOneDecimalLikeStringFormat() {
		for (double v : new double[] { 0, 0.04, 0.05, 0.96, 12.34, 230, 975.95, -3.26, -0.04 }) {
			String expected = String.format(java.util.Locale.ROOT, "%.1f", v);
			assertThat(SvgText.number(v)).as("%s", v).isEqualTo(expected.equals("-0.0") ? "0.0" : expected);
		}
	}

	@Test
	void noArrowsForARowInsideTheWindow() {
		Roadmap roadmap = portfolio(new Row(1, "PAY", "Payments", TODAY, TODAY.plusDays(30), false, List.of(), 0, 0));
		assertThat(RoadmapSvg.render(roadmap, LABELS)).doesNotContain("roadmap-outside");
	}

	@Test
	void eachStateHasItsOwnMarkBesideItsColour() {
		List<Diamond> all = List.of(diamond(1, "a", TODAY.plusDays(5), TODAY.plusDays(5), "NOT_STARTED"),
				diamond(2, "b", TODAY.minusDays(5), TODAY.minusDays(5), "DONE"),
				diamond(3, "c", TODAY.plusDays(5), TODAY.plusDays(9), "IN_PROGRESS"),
				diamond(4, "d", TODAY.minusDays(9), TODAY.minusDays(2), "IN_PROGRESS"),
				diamond(5, "e", TODAY.plusDays(5), TODAY.plusDays(5), "BLOCKED"));
		assertThat(all).extracting(Diamond::state)
			.containsExactly(State.ON_TRACK, State.DONE, State.SLIPPED, State.OVERDUE, State.BLOCKED);
		String svg = RoadmapSvg.render(portfolio(new Row(1, "P", "P", TODAY, TODAY, false, all, 0, 0)), LABELS);
		Map<String, Integer> marks = new java.util.HashMap<>();
		Matcher m = Pattern
			.compile("data-state=\"([a-z-]+)\"><title>[^<]*</title><path [^>]*/>((?:<polyline [^>]*/>)*)</g>")
			.matcher(svg);
		while (m.find()) {
			marks.put(m.group(1), m.group(2).split("<polyline", -1).length - 1);
		}
		assertThat(marks).containsEntry("on-track", 0)
			.containsEntry("done", 1)
			.containsEntry("slipped", 1)
			.containsEntry("overdue", 2)
			.containsEntry("blocked", 2);
		// tick, chevron and exclamation differ in shape: compare the first polyline's
		// point count
		assertThat(svg).contains("data-state=\"done\"").contains("data-state=\"blocked\"");
	}

	@Test
	void escapesNamesAndUsesNoStyleOrScript() {
		Diamond nasty = new Diamond(9, "<script>alert(1)</script> & \"q\"", "K<1>", TODAY, TODAY.plusDays(3), null,
				State.ON_TRACK);
		String svg = RoadmapSvg.render(
				portfolio(
						new Row(1, "A&B", "Fish \"&\" <Chips>", TODAY, TODAY.plusDays(9), false, List.of(nasty), 0, 0)),
				LABELS);
		assertThat(svg).contains("<title id=\"roadmap-title\">T &lt;b&gt;</title>")
			.contains("D &amp; d")
			.contains("A&amp;B · Fish &quot;&amp;&quot; &lt;Chips&gt;")
			.contains("K&lt;1&gt; · &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;")
			.doesNotContain("<script")
			.doesNotContain("<Chips>")
			.doesNotContain(" style=");
	}

	@Test
	void longLabelsAreShortenedWithTheFullNameAsTooltip() {
		String name = "A very long program name that does not fit";
		String svg = RoadmapSvg.render(portfolio(new Row(1, "KEY", name, TODAY, TODAY, false, List.of(), 0, 0)),
				LABELS);
		assertThat(svg).contains("…<title>KEY · " + name + "</title></text>");
	}

	@Test
	void programWindowCoversEverythingInWholeQuartersButReachesOnlyEightQuartersOut() {
		Row row = new Row(1, "P", "P", LocalDate.of(2026, 2, 10), LocalDate.of(2027, 5, 3), false,
				List.of(diamond(1, "x", LocalDate.of(2025, 12, 24), LocalDate.of(2026, 3, 1), "NOT_STARTED")), 0, 0);
		LocalDate[] window = Roadmap.programWindow(List.of(row), TODAY);
		assertThat(window).containsExactly(LocalDate.of(2025, 10, 1), LocalDate.of(2027, 7, 1));
		Row far = new Row(2, "F", "F", LocalDate.of(2001, 1, 1), LocalDate.of(2099, 1, 1), false, List.of(), 0, 0);
		assertThat(Roadmap.programWindow(List.of(far), TODAY)).containsExactly(LocalDate.of(2024, 10, 1),
				LocalDate.of(2029, 1, 1));
	}

	@Test
	void stateIsWorstFirst() {
		assertThat(State.of("BLOCKED", TODAY, TODAY.minusDays(9), TODAY)).isEqualTo(State.BLOCKED);
		assertThat(State.of("IN_PROGRESS", TODAY.minusDays(30), TODAY.minusDays(1), TODAY)).isEqualTo(State.OVERDUE);
		assertThat(State.of("IN_PROGRESS", TODAY, TODAY, TODAY)).isEqualTo(State.ON_TRACK);
		assertThat(State.of("NOT_STARTED", TODAY, TODAY.plusDays(1), TODAY)).isEqualTo(State.SLIPPED);
		assertThat(State.of("NOT_STARTED", TODAY, TODAY.minusDays(1).plusDays(0).plusDays(5).minusDays(5), TODAY))
			.isEqualTo(State.OVERDUE);
		assertThat(State.of("DONE", TODAY, TODAY.plusDays(40), TODAY)).isEqualTo(State.DONE);
	}

}
