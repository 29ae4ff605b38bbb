package dev.milepost.dashboard.trend;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.milepost.dashboard.SvgText;

/**
 * Draws a milestone trend analysis chart as an SVG string: report date across, forecast
 * date up, one step line per milestone and the diagonal where forecast equals report date
 * (done). No scripts, no style attributes: only presentation attributes, which the
 * content security policy allows. Every piece of text is XML-escaped here, so the page
 * may insert the result unescaped.
 */
final class TrendSvg {

	/** Texts of the chart, already in the reader's language. */
	record Labels(String title, String description, String xAxis, String yAxis, String todayLine, Locale locale) {
	}

	static final int WIDTH = 1000;

	private static final int LEFT = 90;

	/** Room right of the plot for the labels at the ends of the lines. */
	private static final int RIGHT = 240;

	/** At most this many lines: more are unreadable (the table lists them all). */
	static final int MAX_LINES = 10;

	private static final int LABEL_GAP = 15;

	private static final int LABEL_CHARS = 32;

	private static final int TOP = 20;

	private static final int PLOT_HEIGHT = 330;

	/**
	 * Tableau 10: distinct hues that survive greyscale printing better than a rainbow.
	 */
	private static final String[] COLOURS = { "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
			"#b07aa1", "#ff9da7", "#9c755f", "#79706e" };

	/** The same hues, dark enough for text on white (at least 4.5:1). */
	private static final String[] TEXT_COLOURS = { "#3b5f85", "#a8570b", "#b3292c", "#3b7a75", "#3d7534", "#7d6510",
			"#8a4f7d", "#b4434f", "#7a5a48", "#5f5856" };

	private static final String[] DASHES = { null, "8 4", "2 3" };

	private TrendSvg() {
	}

	/**
	 * The series worth a line when there are more than {@value #MAX_LINES}: those that
	 * slipped most (either way), then those moved most often; in their given order, so
	 * that colours follow the table.
	 */
	static List<TrendSeries> drawn(List<TrendSeries> series) {
		if (series.size() <= MAX_LINES) {
			return series;
		}
		List<TrendSeries> ranked = new ArrayList<>(series);
		ranked.sort(Comparator.comparingLong((TrendSeries s) -> (s.slipDays() == null) ? -1 : Math.abs(s.slipDays()))
			.thenComparingInt((s) -> s.forecasts().size())
			.reversed());
		List<TrendSeries> chosen = ranked.subList(0, MAX_LINES);
		return series.stream().filter(chosen::contains).toList();
	}

	static String render(List<TrendSeries> all, LocalDate today, Labels labels) {
		List<TrendSeries> series = drawn(all);
		Scale scale = Scale.of(series, today);
		int axisBottom = TOP + PLOT_HEIGHT;
		int height = axisBottom + 80;
		StringBuilder svg = new StringBuilder(8192);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" width=\"100%\" role=\"img\" aria-labelledby=\"trend-title trend-desc\"")
			.append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"13\"")
			.append(" class=\"trend-chart\">");
		svg.append("<title id=\"trend-title\">").append(SvgText.escape(labels.title())).append("</title>");
		svg.append("<desc id=\"trend-desc\">").append(SvgText.escape(labels.description())).append("</desc>");
		svg.append("<rect x=\"0\" y=\"0\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(height)
			.append("\" fill=\"#ffffff\"/>");
		axes(svg, scale, labels, axisBottom);
		diagonal(svg, scale, labels, axisBottom);
		for (int i = 0; i < series.size(); i++) {
			line(svg, series.get(i), i, scale, today);
		}
		endLabels(svg, series, scale, today);
		return svg.append("</svg>").toString();
	}

	/**
	 * A label at the end of each line, right of the plot, in the line's colour; labels
	 * that would overlap are pushed apart (and a thin leader joins a moved label to its
	 * line), so that no two collide however close the lines end.
	 */
	private static void endLabels(StringBuilder svg, List<TrendSeries> series, Scale scale, LocalDate today) {
		int n = series.size();
		double[] wanted = new double[n];
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			List<double[]> points = steps(series.get(i), today);
			wanted[i] = points.isEmpty() ? TOP : scale.y(points.get(points.size() - 1)[1]);
			order[i] = i;
		}
		java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> wanted[i]));
		double[] placed = new double[n];
		double previous = Double.NEGATIVE_INFINITY;
		for (Integer i : order) {
			placed[i] = Math.max(wanted[i], previous + LABEL_GAP);
			previous = placed[i];
		}
		// pushed below the plot: move the whole run back up, keeping the gaps
		double overflow = previous - (TOP + PLOT_HEIGHT + 30);
		if (overflow > 0) {
			double next = Double.POSITIVE_INFINITY;
			for (int k = n - 1; k >= 0; k--) {
				int i = order[k];
				placed[i] = Math.min(placed[i] - overflow, next - LABEL_GAP);
				next = placed[i];
			}
		}
		int plotRight = WIDTH - RIGHT;
		svg.append("<g class=\"trend-labels\">");
		for (int i = 0; i < n; i++) {
			TrendSeries s = series.get(i);
			String colour = colour(i);
			if (Math.abs(placed[i] - wanted[i]) > 1) {
				svg.append("<line x1=\"")
					.append(plotRight + 1)
					.append("\" y1=\"")
					.append(SvgText.number(wanted[i]))
					.append("\" x2=\"")
					.append(plotRight + 12)
					.append("\" y2=\"")
					.append(SvgText.number(placed[i]))
					.append("\" stroke=\"")
					.append(colour)
					.append("\" stroke-width=\"1\"/>");
			}
			String label = name(s);
			String shortLabel = (label.length() > LABEL_CHARS) ? label.substring(0, LABEL_CHARS - 1) + "…" : label;
			svg.append("<text class=\"trend-label\" data-milestone=\"")
				.append(s.milestoneId())
				.append("\" x=\"")
				.append(plotRight + 16)
				.append("\" y=\"")
				.append(SvgText.number(placed[i]))
				.append("\" dominant-baseline=\"middle\" fill=\"")
				.append(textColour(i))
				.append("\">")
				.append(SvgText.escape(shortLabel));
			if (!shortLabel.equals(label)) {
				svg.append("<title>").append(SvgText.escape(label)).append("</title>");
			}
			svg.append("</text>");
		}
		svg.append("</g>");
	}

	/**
	 * The step line's points: each forecast holds from the day it was made until the next
	 * one or the end.
	 */
	static List<double[]> steps(TrendSeries series, LocalDate today) {
		List<double[]> points = new ArrayList<>();
		List<TrendSeries.Forecast> forecasts = series.forecasts();
		LocalDate end = series.lineEnd(today);
		for (int i = 0; i < forecasts.size(); i++) {
			TrendSeries.Forecast f = forecasts.get(i);
			LocalDate until = (i + 1 < forecasts.size()) ? forecasts.get(i + 1).madeOn() : end;
			if (until.isBefore(f.madeOn())) {
				until = f.madeOn();
			}
			points.add(new double[] { f.madeOn().toEpochDay(), f.forecast().toEpochDay() });
			points.add(new double[] { until.toEpochDay(), f.forecast().toEpochDay() });
		}
		return points;
	}

	private static void axes(StringBuilder svg, Scale scale, Labels labels, int axisBottom) {
		int right = WIDTH - RIGHT;
		svg.append("<g class=\"trend-axes\" stroke=\"#6c757d\" stroke-width=\"1\">");
		svg.append("<line x1=\"")
			.append(LEFT)
			.append("\" y1=\"")
			.append(TOP)
			.append("\" x2=\"")
			.append(LEFT)
			.append("\" y2=\"")
			.append(axisBottom)
			.append("\"/>");
		svg.append("<line x1=\"")
			.append(LEFT)
			.append("\" y1=\"")
			.append(axisBottom)
			.append("\" x2=\"")
			.append(right)
			.append("\" y2=\"")
			.append(axisBottom)
			.append("\"/>");
		svg.append("</g>");
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", labels.locale());
		svg.append("<g class=\"trend-grid\" fill=\"#495057\">");
		for (LocalDate tick : ticks(scale.xMin, scale.xMax)) {
			String x = SvgText.number(scale.x(tick.toEpochDay()));
			svg.append("<line x1=\"")
				.append(x)
				.append("\" y1=\"")
				.append(TOP)
				.append("\" x2=\"")
				.append(x)
				.append("\" y2=\"")
				.append(axisBottom)
				.append("\" stroke=\"#e9ecef\"/>");
			svg.append("<text x=\"")
				.append(x)
				.append("\" y=\"")
				.append(axisBottom + 18)
				.append("\" text-anchor=\"middle\">")
				.append(SvgText.escape(month.format(tick)))
				.append("</text>");
		}
		for (LocalDate tick : ticks(scale.yMin, scale.yMax)) {
			String y = SvgText.number(scale.y(tick.toEpochDay()));
			svg.append("<line x1=\"")
				.append(LEFT)
				.append("\" y1=\"")
				.append(y)
				.append("\" x2=\"")
				.append(right)
				.append("\" y2=\"")
				.append(y)
				.append("\" stroke=\"#e9ecef\"/>");
			svg.append("<text x=\"")
				.append(LEFT - 8)
				.append("\" y=\"")
				.append(y)
				.append("\" text-anchor=\"end\" dominant-baseline=\"middle\">")
				.append(SvgText.escape(month.format(tick)))
				.append("</text>");
		}
		svg.append("<text x=\"")
			.append((LEFT + right) / 2)
			.append("\" y=\"")
			.append(axisBottom + 42)
			.append("\" text-anchor=\"middle\" font-weight=\"600\">")
			.append(SvgText.escape(labels.xAxis()))
			.append("</text>");
		int middle = TOP + PLOT_HEIGHT / 2;
		svg.append("<text x=\"18\" y=\"")
			.append(middle)
			.append("\" text-anchor=\"middle\" font-weight=\"600\"")
			.append(" transform=\"rotate(-90 18 ")
			.append(middle)
			.append(")\">")
			.append(SvgText.escape(labels.yAxis()))
			.append("</text>");
		svg.append("</g>");
	}

	/**
	 * y = x: a line reaching it has its forecast on the day it was made, i.e. is done.
	 */
	private static void diagonal(StringBuilder svg, Scale scale, Labels labels, int axisBottom) {
		double from = Math.max(scale.xMin, scale.yMin);
		double to = Math.min(scale.xMax, scale.yMax);
		svg.append("<g class=\"trend-today\">");
		if (to > from) {
			svg.append("<line x1=\"")
				.append(SvgText.number(scale.x(from)))
				.append("\" y1=\"")
				.append(SvgText.number(scale.y(from)))
				.append("\" x2=\"")
				.append(SvgText.number(scale.x(to)))
				.append("\" y2=\"")
				.append(SvgText.number(scale.y(to)))
				.append("\" stroke=\"#212529\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>")
				.append(SvgText.escape(labels.todayLine()))
				.append("</title></line>");
		}
		// the key of the diagonal sits under the chart, where no line can cross it
		int y = axisBottom + 66;
		svg.append("<line x1=\"")
			.append(LEFT)
			.append("\" y1=\"")
			.append(y)
			.append("\" x2=\"")
			.append(LEFT + 30)
			.append("\" y2=\"")
			.append(y)
			.append("\" stroke=\"#212529\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
		svg.append("<text x=\"")
			.append(LEFT + 38)
			.append("\" y=\"")
			.append(y)
			.append("\" dominant-baseline=\"middle\" fill=\"#212529\" font-style=\"italic\">")
			.append(SvgText.escape(labels.todayLine()))
			.append("</text></g>");
	}

	private static void line(StringBuilder svg, TrendSeries series, int index, Scale scale, LocalDate today) {
		List<double[]> points = steps(series, today);
		if (points.isEmpty()) {
			return;
		}
		StringBuilder coordinates = new StringBuilder();
		for (double[] p : points) {
			if (coordinates.length() > 0) {
				coordinates.append(' ');
			}
			coordinates.append(SvgText.number(scale.x(p[0]))).append(',').append(SvgText.number(scale.y(p[1])));
		}
		String colour = colour(index);
		svg.append("<g class=\"trend-series\" data-milestone=\"").append(series.milestoneId()).append("\">");
		svg.append("<polyline points=\"")
			.append(coordinates)
			.append("\" fill=\"none\" stroke=\"")
			.append(colour)
			.append("\" stroke-width=\"2\" stroke-linejoin=\"round\"");
		String dash = dash(index);
		if (dash != null) {
			svg.append(" stroke-dasharray=\"").append(dash).append('"');
		}
		svg.append("><title>").append(SvgText.escape(name(series))).append("</title></polyline>");
		for (TrendSeries.Forecast f : series.forecasts()) {
			svg.append("<circle cx=\"")
				.append(SvgText.number(scale.x(f.madeOn().toEpochDay())))
				.append("\" cy=\"")
				.append(SvgText.number(scale.y(f.forecast().toEpochDay())))
				.append("\" r=\"3\" fill=\"")
				.append(colour)
				.append("\"><title>")
				.append(SvgText.escape(name(series) + ": " + f.forecast() + " (" + f.madeOn() + ")"))
				.append("</title></circle>");
		}
		if (series.actual() != null) {
			double x = scale.x(series.actual().toEpochDay());
			double y = scale.y(series.actual().toEpochDay());
			svg.append("<path d=\"M")
				.append(SvgText.number(x))
				.append(',')
				.append(SvgText.number(y - 6))
				.append(" l6,6 l-6,6 l-6,-6 z\"")
				.append(" fill=\"")
				.append(colour)
				.append("\" stroke=\"#212529\"/>");
		}
		svg.append("</g>");
	}

	private static String name(TrendSeries series) {
		return series.projectKey() + " · " + series.name();
	}

	private static String colour(int index) {
		return COLOURS[index % COLOURS.length];
	}

	/**
	 * The label's colour: the line's, darkened where the light hues would not reach 4.5:1
	 * on white.
	 */
	private static String textColour(int index) {
		return TEXT_COLOURS[index % TEXT_COLOURS.length];
	}

	private static String dash(int index) {
		return DASHES[(index / COLOURS.length) % DASHES.length];
	}

	/**
	 * First days of months between the two epoch days, thinned to at most about a dozen.
	 */
	static List<LocalDate> ticks(double fromDay, double toDay) {
		LocalDate from = LocalDate.ofEpochDay((long) Math.ceil(fromDay));
		LocalDate to = LocalDate.ofEpochDay((long) Math.floor(toDay));
		LocalDate first = (from.getDayOfMonth() == 1) ? from : from.withDayOfMonth(1).plusMonths(1);
		long months = Math.max(0, ChronoUnit.MONTHS.between(first, to));
		int[] steps = { 1, 2, 3, 6, 12, 24, 60 };
		int step = 120;
		for (int s : steps) {
			if (months / s <= 12) {
				step = s;
				break;
			}
		}
		if (step > 1) {
			int shift = (step - (first.getMonthValue() - 1) % step) % step;
			first = first.plusMonths((step <= 12) ? shift : 0);
		}
		List<LocalDate> ticks = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(to); d = d.plusMonths(step)) {
			ticks.add(d);
		}
		return ticks;
	}

	/**
	 * Epoch days to view box coordinates; both ranges padded so lines do not sit on the
	 * frame.
	 */
	private record Scale(double xMin, double xMax, double yMin, double yMax) {

		static Scale of(List<TrendSeries> series, LocalDate today) {
			double xMin = Double.MAX_VALUE;
			double yMin = Double.MAX_VALUE;
			double yMax = today.toEpochDay();
			for (TrendSeries s : series) {
				for (TrendSeries.Forecast f : s.forecasts()) {
					xMin = Math.min(xMin, f.madeOn().toEpochDay());
					yMin = Math.min(yMin, f.forecast().toEpochDay());
					yMax = Math.max(yMax, f.forecast().toEpochDay());
				}
			}
			double xMax = today.toEpochDay();
			if (xMin == Double.MAX_VALUE) {
				xMin = xMax - 90;
				yMin = xMin;
			}
			xMin = Math.min(xMin, xMax - 30);
			yMin = Math.min(yMin, xMin);
			double xPad = (xMax - xMin) * 0.03;
			double yPad = Math.max(7, (yMax - yMin) * 0.05);
			return new Scale(xMin - xPad, xMax + xPad, yMin - yPad, yMax + yPad);
		}

		double x(double day) {
			return LEFT + (day - this.xMin) / (this.xMax - this.xMin) * (WIDTH - LEFT - RIGHT);
		}

		double y(double day) {
			return TOP + PLOT_HEIGHT - (day - this.yMin) / (this.yMax - this.yMin) * PLOT_HEIGHT;
		}

	}

}
