package dev.milepost.dashboard.roadmap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import dev.milepost.dashboard.SvgText;
import dev.milepost.dashboard.roadmap.Roadmap.Diamond;
import dev.milepost.dashboard.roadmap.Roadmap.Row;
import dev.milepost.dashboard.roadmap.Roadmap.State;

/**
 * Draws a roadmap as an SVG string: a label column, quarters across, one bar per row,
 * milestone diamonds at their forecast (a done one at its actual date) and, where the
 * baseline differs, a hollow diamond at the baseline joined to it by a thin line, so a
 * slip reads as a line running right. Each state has its own colour and its own white
 * mark inside the diamond (none, tick, chevron, exclamation, cross), so the chart also
 * reads in greyscale. Whatever lies outside the window is clipped and shown by an arrow
 * at the edge. Milestone names are only in {@code <title>} tooltips. No scripts, no style
 * attributes; every piece of text is XML-escaped here, so the page may insert the result
 * unescaped.
 */
final class RoadmapSvg {

	/**
	 * Texts of the chart, already in the reader's language.
	 *
	 * @param states name of each state, for the legend and the tooltips
	 * @param before text of the arrow at the left edge, given the number of milestones
	 * there
	 * @param after text of the arrow at the right edge, given the number of milestones
	 * there
	 */
	record Labels(String title, String description, String today, Map<State, String> states, String forecast,
			String actual, String baseline, String legendBaseline, String bar, String barFromMilestones,
			LongFunction<String> before, LongFunction<String> after, String outside, String next) {

		Labels(String title, String description, String today, Map<State, String> states, String forecast,
				String actual, String baseline, String legendBaseline, String bar, String barFromMilestones,
				LongFunction<String> before, LongFunction<String> after, String outside) {
			this(title, description, today, states, forecast, actual, baseline, legendBaseline, bar, barFromMilestones,
					before, after, outside, "Next milestone");
		}

	}

	static final int WIDTH = 1000;

	static final int PLOT_LEFT = 230;

	static final int PLOT_RIGHT = WIDTH - 24;

	static final int HEADER = 44;

	private static final int LABEL_CHARS = 30;

	private static final int LEGEND_ROW = 22;

	private static final int LEGEND_COLUMNS = 5;

	private static final String INK = "#212529";

	private static final String MUTED = "#495057";

	/**
	 * Colour per state; the white mark inside each diamond carries the same meaning
	 * without colour.
	 */
	static final Map<State, String> COLOURS = Map.of(State.DONE, "#2b8a3e", State.ON_TRACK, "#1c64b8", State.SLIPPED,
			"#d9480f", State.OVERDUE, "#c92a2a", State.BLOCKED, "#6741d9");

	private RoadmapSvg() {
	}

	static String render(Roadmap roadmap, Labels labels) {
		Layout layout = Layout.of(roadmap);
		int rowsBottom = HEADER + roadmap.rows().size() * layout.rowHeight;
		int legendTop = rowsBottom + 26;
		// a summarised portfolio roadmap outlines each program's next milestone: a third
		// legend row says so
		boolean summarised = roadmap.rows().stream().anyMatch((r) -> r.summary() != null);
		int height = legendTop + (summarised ? 3 : 2) * LEGEND_ROW + 6;
		StringBuilder svg = new StringBuilder(16384);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" width=\"100%\" role=\"img\" aria-labelledby=\"roadmap-title roadmap-desc\"")
			.append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"13\"")
			.append(" class=\"roadmap-chart\">");
		svg.append("<title id=\"roadmap-title\">").append(SvgText.escape(labels.title())).append("</title>");
		svg.append("<desc id=\"roadmap-desc\">").append(SvgText.escape(labels.description())).append("</desc>");
		svg.append("<rect x=\"0\" y=\"0\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(height)
			.append("\" fill=\"#ffffff\"/>");
		quarters(svg, roadmap, layout, rowsBottom);
		for (int i = 0; i < roadmap.rows().size(); i++) {
			row(svg, roadmap, roadmap.rows().get(i), HEADER + i * layout.rowHeight, layout, labels);
		}
		today(svg, roadmap, layout, rowsBottom, labels);
		legend(svg, legendTop, layout, labels, summarised);
		return svg.append("</svg>").toString();
	}

	/**
	 * Column shading, boundaries and "Q3 2026" labels; short labels ("Q3 ’26") when
	 * columns are narrow.
	 */
	private static void quarters(StringBuilder svg, Roadmap roadmap, Layout layout, int rowsBottom) {
		List<LocalDate> quarters = roadmap.quarters();
		double columnWidth = (double) (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, quarters.size());
		boolean narrow = columnWidth < 64;
		svg.append("<g class=\"roadmap-quarters\" fill=\"").append(MUTED).append("\">");
		for (int i = 0; i < quarters.size(); i++) {
			LocalDate q = quarters.get(i);
			double x1 = layout.x(q);
			double x2 = layout.x(q.plusMonths(3));
			if (i % 2 == 1) {
				svg.append("<rect x=\"")
					.append(SvgText.number(x1))
					.append("\" y=\"")
					.append(HEADER - 20)
					.append("\" width=\"")
					.append(SvgText.number(x2 - x1))
					.append("\" height=\"")
					.append(rowsBottom - HEADER + 20)
					.append("\" fill=\"#f1f3f5\"/>");
			}
			String stroke = (q.getMonthValue() == 1) ? "#adb5bd" : "#dee2e6";
			svg.append("<line x1=\"")
				.append(SvgText.number(x1))
				.append("\" y1=\"")
				.append(HEADER - 20)
				.append("\" x2=\"")
				.append(SvgText.number(x1))
				.append("\" y2=\"")
				.append(rowsBottom)
				.append("\" stroke=\"")
				.append(stroke)
				.append("\"/>");
			String label = Roadmap.quarterLabel(q);
			if (narrow) {
				label = label.substring(0, 3) + "’" + label.substring(label.length() - 2);
			}
			svg.append("<text class=\"roadmap-quarter\" x=\"")
				.append(SvgText.number((x1 + x2) / 2))
				.append("\" y=\"16\"")
				.append(" text-anchor=\"middle\" font-weight=\"600\"")
				.append(narrow ? " font-size=\"11\"" : "")
				.append('>')
				.append(SvgText.escape(label))
				.append("</text>");
		}
		svg.append("<line x1=\"")
			.append(PLOT_RIGHT)
			.append("\" y1=\"")
			.append(HEADER - 20)
			.append("\" x2=\"")
			.append(PLOT_RIGHT)
			.append("\" y2=\"")
			.append(rowsBottom)
			.append("\" stroke=\"#dee2e6\"/>");
		svg.append("<line x1=\"0\" y1=\"")
			.append(rowsBottom)
			.append("\" x2=\"")
			.append(WIDTH)
			.append("\" y2=\"")
			.append(rowsBottom)
			.append("\" stroke=\"#adb5bd\"/>");
		svg.append("</g>");
	}

	private static void row(StringBuilder svg, Roadmap roadmap, Row row, int top, Layout layout, Labels labels) {
		double middle = top + layout.rowHeight / 2.0;
		svg.append("<g class=\"roadmap-row\" data-row=\"").append(row.id()).append("\">");
		svg.append("<line x1=\"0\" y1=\"")
			.append(top)
			.append("\" x2=\"")
			.append(WIDTH)
			.append("\" y2=\"")
			.append(top)
			.append("\" stroke=\"#e9ecef\"/>");
		String label = row.label();
		String shortLabel = (label.length() > LABEL_CHARS) ? label.substring(0, LABEL_CHARS - 1) + "…" : label;
		svg.append("<text x=\"8\" y=\"")
			.append(SvgText.number(middle))
			.append("\" dominant-baseline=\"middle\" fill=\"")
			.append(INK)
			.append("\">")
			.append(SvgText.escape(shortLabel));
		svg.append("<title>").append(SvgText.escape(label)).append("</title></text>");
		bar(svg, roadmap, row, middle, layout, labels);
		List<Diamond> shown = row.diamonds()
			.stream()
			.filter((d) -> layout.inside(d.date()))
			.sorted(Comparator.comparing(Diamond::state))
			.toList();
		for (Diamond d : shown) {
			if (d.moved() && !layout.quiet(d)) {
				baseline(svg, d, middle, layout);
			}
		}
		for (Diamond d : shown) {
			diamond(svg, d, layout.x(d.date()) + layout.dayWidth() / 2, middle,
					layout.quiet(d) ? layout.half * 0.65 : layout.half, labels);
		}
		long before = row.beforeWindow(roadmap.from());
		long after = row.afterWindow(roadmap.until());
		boolean startsBefore = row.start() != null && row.start().isBefore(roadmap.from());
		boolean endsAfter = row.end() != null && !row.end().isBefore(roadmap.until());
		if (before > 0 || startsBefore) {
			arrow(svg, true, middle, labels.before().apply(before), labels.outside());
		}
		if (after > 0 || endsAfter) {
			arrow(svg, false, middle, labels.after().apply(after), labels.outside());
		}
		svg.append("</g>");
	}

	/**
	 * The row's span, clipped to the window; dashed where (part of) it comes from
	 * milestone dates.
	 */
	private static void bar(StringBuilder svg, Roadmap roadmap, Row row, double middle, Layout layout, Labels labels) {
		if (row.start() == null || row.end() == null) {
			return;
		}
		LocalDate start = row.start().isBefore(roadmap.from()) ? roadmap.from() : row.start();
		LocalDate endExclusive = row.end().plusDays(1).isAfter(roadmap.until()) ? roadmap.until()
				: row.end().plusDays(1);
		if (!start.isBefore(endExclusive)) {
			return;
		}
		double x1 = layout.x(start);
		double x2 = layout.x(endExclusive);
		double h = layout.half + 2;
		svg.append("<rect class=\"roadmap-bar\" x=\"")
			.append(SvgText.number(x1))
			.append("\" y=\"")
			.append(SvgText.number(middle - h / 2))
			.append("\" width=\"")
			.append(SvgText.number(Math.max(1, x2 - x1)))
			.append("\" height=\"")
			.append(SvgText.number(h))
			.append("\" rx=\"3\"");
		if (row.spanFromMilestones()) {
			svg.append(" fill=\"#f8f9fa\" stroke=\"#6c757d\" stroke-dasharray=\"4 3\"");
		}
		else {
			svg.append(" fill=\"#d0e2f7\" stroke=\"#74a3d9\"");
		}
		svg.append("><title>")
			.append(SvgText.escape(row.label() + ": " + row.start() + " – " + row.end()
					+ (row.spanFromMilestones() ? " (" + labels.barFromMilestones() + ")" : "")))
			.append("</title></rect>");
	}

	/**
	 * The hollow diamond at the baseline (where it lies in the window) and the line to
	 * the forecast.
	 */
	private static void baseline(StringBuilder svg, Diamond d, double middle, Layout layout) {
		double to = layout.x(d.date()) + layout.dayWidth() / 2;
		LocalDate b = d.baseline();
		boolean inside = layout.inside(b);
		double from = inside ? layout.x(b) + layout.dayWidth() / 2 : (b.isBefore(d.date()) ? PLOT_LEFT : PLOT_RIGHT);
		svg.append("<g class=\"roadmap-baseline\" data-milestone=\"").append(d.id()).append("\">");
		svg.append("<line x1=\"")
			.append(SvgText.number(from))
			.append("\" y1=\"")
			.append(SvgText.number(middle))
			.append("\" x2=\"")
			.append(SvgText.number(to))
			.append("\" y2=\"")
			.append(SvgText.number(middle))
			.append("\" stroke=\"")
			.append(MUTED)
			.append("\" stroke-width=\"1\"/>");
		if (inside) {
			svg.append("<path d=\"")
				.append(diamondPath(from, middle, layout.half - 1))
				.append("\" fill=\"#ffffff\"")
				.append(" stroke=\"")
				.append(MUTED)
				.append("\" stroke-width=\"1.25\"/>");
		}
		svg.append("</g>");
	}

	static void diamond(StringBuilder svg, Diamond d, double x, double y, double half, Labels labels) {
		State state = d.state();
		svg.append("<g class=\"roadmap-milestone\" data-milestone=\"")
			.append(d.id())
			.append("\" data-state=\"")
			.append(state.code())
			.append("\">");
		StringBuilder tip = new StringBuilder(d.label()).append(" — ").append(labels.states().get(state));
		if (state == State.DONE && d.actual() != null) {
			tip.append("; ").append(labels.actual()).append(' ').append(d.actual());
		}
		else {
			tip.append("; ").append(labels.forecast()).append(' ').append(d.forecast());
		}
		if (d.moved()) {
			tip.append("; ").append(labels.baseline()).append(' ').append(d.baseline());
		}
		if (d.next()) {
			tip.append(" (").append(labels.next()).append(')');
		}
		svg.append("<title>").append(SvgText.escape(tip.toString())).append("</title>");
		glyph(svg, state, x, y, half);
		if (d.next()) {
			nextMark(svg, x, y, half);
		}
		svg.append("</g>");
	}

	/** The outline around a program's next milestone on the portfolio roadmap. */
	private static void nextMark(StringBuilder svg, double x, double y, double half) {
		svg.append("<path class=\"roadmap-next\" d=\"")
			.append(diamondPath(x, y, half + 3))
			.append("\" fill=\"none\" stroke=\"")
			.append(INK)
			.append("\" stroke-width=\"1.5\"/>");
	}

	/**
	 * The filled diamond and its white mark: none (on track), tick, chevron, exclamation,
	 * cross.
	 */
	private static void glyph(StringBuilder svg, State state, double x, double y, double h) {
		svg.append("<path d=\"")
			.append(diamondPath(x, y, h))
			.append("\" fill=\"")
			.append(COLOURS.get(state))
			.append("\" stroke=\"")
			.append(INK)
			.append("\" stroke-width=\"0.75\"/>");
		String mark = " fill=\"none\" stroke=\"#ffffff\" stroke-width=\"" + SvgText.number(Math.max(1.2, h / 5))
				+ "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
		switch (state) {
			case DONE -> svg.append("<polyline points=\"")
				.append(points(x - h * 0.4, y, x - h * 0.1, y + h * 0.3, x + h * 0.4, y - h * 0.3))
				.append('"')
				.append(mark);
			case SLIPPED -> svg.append("<polyline points=\"")
				.append(points(x - h * 0.2, y - h * 0.35, x + h * 0.2, y, x - h * 0.2, y + h * 0.35))
				.append('"')
				.append(mark);
			case OVERDUE -> svg.append("<polyline points=\"")
				.append(points(x, y - h * 0.5, x, y + h * 0.05))
				.append('"')
				.append(mark)
				.append("<polyline points=\"")
				.append(points(x, y + h * 0.35, x, y + h * 0.4))
				.append('"')
				.append(mark);
			case BLOCKED -> svg.append("<polyline points=\"")
				.append(points(x - h * 0.3, y - h * 0.3, x + h * 0.3, y + h * 0.3))
				.append('"')
				.append(mark)
				.append("<polyline points=\"")
				.append(points(x - h * 0.3, y + h * 0.3, x + h * 0.3, y - h * 0.3))
				.append('"')
				.append(mark);
			case ON_TRACK -> {
			}
		}
	}

	/** A small triangle outside the plot's edge: the row goes on beyond the window. */
	private static void arrow(StringBuilder svg, boolean left, double y, String text, String cls) {
		double tip = left ? PLOT_LEFT - 12 : PLOT_RIGHT + 12;
		double base = left ? PLOT_LEFT - 4 : PLOT_RIGHT + 4;
		svg.append("<path class=\"roadmap-outside\" data-side=\"")
			.append(left ? "before" : "after")
			.append("\" d=\"M")
			.append(SvgText.number(tip))
			.append(',')
			.append(SvgText.number(y))
			.append(" L")
			.append(SvgText.number(base))
			.append(',')
			.append(SvgText.number(y - 5))
			.append(" L")
			.append(SvgText.number(base))
			.append(',')
			.append(SvgText.number(y + 5))
			.append(" Z\" fill=\"")
			.append(MUTED)
			.append("\"><title>")
			.append(SvgText.escape(text))
			.append("</title></path>");
	}

	private static void today(StringBuilder svg, Roadmap roadmap, Layout layout, int rowsBottom, Labels labels) {
		if (!layout.inside(roadmap.today())) {
			return;
		}
		String x = SvgText.number(layout.x(roadmap.today()) + layout.dayWidth() / 2);
		svg.append("<g class=\"roadmap-today\"><line x1=\"")
			.append(x)
			.append("\" y1=\"")
			.append(HEADER - 6)
			.append("\" x2=\"")
			.append(x)
			.append("\" y2=\"")
			.append(rowsBottom + 4)
			.append("\" stroke=\"")
			.append(INK)
			.append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"><title>")
			.append(SvgText.escape(labels.today() + " " + roadmap.today()))
			.append("</title></line>");
		svg.append("<text x=\"")
			.append(x)
			.append("\" y=\"")
			.append(HEADER - 9)
			.append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" fill=\"")
			.append(INK)
			.append("\">")
			.append(SvgText.escape(labels.today()))
			.append("</text></g>");
	}

	private static void legend(StringBuilder svg, int top, Layout layout, Labels labels, boolean next) {
		int columnWidth = (WIDTH - 16) / LEGEND_COLUMNS;
		svg.append("<g class=\"roadmap-legend\" fill=\"").append(INK).append("\">");
		int i = 0;
		for (State state : State.values()) {
			double x = 8 + (i % LEGEND_COLUMNS) * columnWidth;
			double y = top + (i / LEGEND_COLUMNS) * LEGEND_ROW;
			glyph(svg, state, x + 8, y, 7);
			legendText(svg, x + 22, y, labels.states().get(state));
			i++;
		}
		double x = 8;
		double y = top + LEGEND_ROW;
		svg.append("<line x1=\"")
			.append(SvgText.number(x + 1))
			.append("\" y1=\"")
			.append(SvgText.number(y))
			.append("\" x2=\"")
			.append(SvgText.number(x + 30))
			.append("\" y2=\"")
			.append(SvgText.number(y))
			.append("\" stroke=\"")
			.append(MUTED)
			.append("\"/><path d=\"")
			.append(diamondPath(x + 6, y, 6))
			.append("\" fill=\"#ffffff\" stroke=\"")
			.append(MUTED)
			.append("\" stroke-width=\"1.25\"/>");
		glyph(svg, State.SLIPPED, x + 30, y, 6);
		legendText(svg, x + 42, y, labels.legendBaseline());
		x += columnWidth;
		svg.append("<rect x=\"")
			.append(SvgText.number(x))
			.append("\" y=\"")
			.append(SvgText.number(y - 4.5))
			.append("\" width=\"28\" height=\"9\" rx=\"3\" fill=\"#d0e2f7\" stroke=\"#74a3d9\"/>");
		legendText(svg, x + 34, y, labels.bar());
		x += columnWidth;
		svg.append("<rect x=\"")
			.append(SvgText.number(x))
			.append("\" y=\"")
			.append(SvgText.number(y - 4.5))
			.append("\" width=\"28\" height=\"9\" rx=\"3\" fill=\"#f8f9fa\" stroke=\"#6c757d\" stroke-dasharray=\"4 3\"/>");
		legendText(svg, x + 34, y, labels.barFromMilestones());
		x += columnWidth;
		svg.append("<line x1=\"")
			.append(SvgText.number(x + 8))
			.append("\" y1=\"")
			.append(SvgText.number(y - 8))
			.append("\" x2=\"")
			.append(SvgText.number(x + 8))
			.append("\" y2=\"")
			.append(SvgText.number(y + 8))
			.append("\" stroke=\"")
			.append(INK)
			.append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>");
		legendText(svg, x + 22, y, labels.today());
		x += columnWidth;
		svg.append("<path d=\"M")
			.append(SvgText.number(x + 14))
			.append(',')
			.append(SvgText.number(y))
			.append(" L")
			.append(SvgText.number(x + 6))
			.append(',')
			.append(SvgText.number(y - 5))
			.append(" L")
			.append(SvgText.number(x + 6))
			.append(',')
			.append(SvgText.number(y + 5))
			.append(" Z\" fill=\"")
			.append(MUTED)
			.append("\"/>");
		legendText(svg, x + 22, y, labels.outside());
		if (next) {
			y += LEGEND_ROW;
			glyph(svg, State.ON_TRACK, 16, y, 7);
			nextMark(svg, 16, y, 7);
			legendText(svg, 30, y, labels.next());
		}
		svg.append("</g>");
	}

	private static void legendText(StringBuilder svg, double x, double y, String text) {
		svg.append("<text x=\"")
			.append(SvgText.number(x))
			.append("\" y=\"")
			.append(SvgText.number(y))
			.append("\" dominant-baseline=\"middle\" font-size=\"12\">")
			.append(SvgText.escape(text))
			.append("</text>");
	}

	private static String diamondPath(double x, double y, double h) {
		return "M" + SvgText.number(x) + "," + SvgText.number(y - h) + " L" + SvgText.number(x + h) + ","
				+ SvgText.number(y) + " L" + SvgText.number(x) + "," + SvgText.number(y + h) + " L"
				+ SvgText.number(x - h) + "," + SvgText.number(y) + " Z";
	}

	private static String points(double... xy) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < xy.length; i += 2) {
			if (i > 0) {
				out.append(' ');
			}
			out.append(SvgText.number(xy[i])).append(',').append(SvgText.number(xy[i + 1]));
		}
		return out.toString();
	}

	/**
	 * One decimal, as {@code String.format(Locale.ROOT, "%.1f")} but without its cost
	 * (thousands per chart).
	 */
	/**
	 * Epoch days to view box x; row height and diamond size by scope (portfolio rows are
	 * denser).
	 */
	record Layout(long fromDay, long untilDay, int rowHeight, double half, boolean portfolio) {

		static Layout of(Roadmap roadmap) {
			boolean portfolio = roadmap.scope() == Roadmap.Scope.PORTFOLIO;
			return new Layout(roadmap.from().toEpochDay(), roadmap.until().toEpochDay(), portfolio ? 28 : 34,
					portfolio ? 6 : 8, portfolio);
		}

		/**
		 * On the portfolio roadmap (up to about a hundred milestones a row) done
		 * milestones are drawn smaller and without their baseline, so the open ones stand
		 * out.
		 */
		boolean quiet(Diamond d) {
			return this.portfolio && d.state() == State.DONE;
		}

		/** Left edge of the day's column. */
		double x(LocalDate day) {
			return PLOT_LEFT + (double) (day.toEpochDay() - this.fromDay) / (this.untilDay - this.fromDay)
					* (PLOT_RIGHT - PLOT_LEFT);
		}

		double dayWidth() {
			return (double) (PLOT_RIGHT - PLOT_LEFT) / (this.untilDay - this.fromDay);
		}

		boolean inside(LocalDate day) {
			long d = day.toEpochDay();
			return d >= this.fromDay && d < this.untilDay;
		}

	}

}
