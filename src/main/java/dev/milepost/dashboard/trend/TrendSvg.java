package dev.milepost.dashboard.trend;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

	private static final int RIGHT = 30;

	private static final int TOP = 20;

	private static final int PLOT_HEIGHT = 330;

	private static final int LEGEND_ROW = 20;

	private static final int LEGEND_COLUMNS = 3;

	private static final int LEGEND_CHARS = 38;

	/**
	 * Tableau 10: distinct hues that survive greyscale printing better than a rainbow.
	 */
	private static final String[] COLOURS = { "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
			"#b07aa1", "#ff9da7", "#9c755f", "#79706e" };

	private static final String[] DASHES = { null, "8 4", "2 3" };

	private TrendSvg() {
	}

	static String render(List<TrendSeries> series, LocalDate today, Labels labels) {
		Scale scale = Scale.of(series, today);
		int legendRows = (series.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
		int axisBottom = TOP + PLOT_HEIGHT;
		int legendTop = axisBottom + 60;
		int height = legendTop + legendRows * LEGEND_ROW + 10;
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
		diagonal(svg, scale, labels);
		for (int i = 0; i < series.size(); i++) {
			line(svg, series.get(i), i, scale, today);
		}
		for (int i = 0; i < series.size(); i++) {
			legend(svg, series.get(i), i, legendTop);
		}
		return svg.append("</svg>").toString();
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
	private static void diagonal(StringBuilder svg, Scale scale, Labels labels) {
		double from = Math.max(scale.xMin, scale.yMin);
		double to = Math.min(scale.xMax, scale.yMax);
		if (to <= from) {
			return;
		}
		svg.append("<g class=\"trend-today\"><line x1=\"")
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
		svg.append("<text x=\"")
			.append(SvgText.number(scale.x(to) - 6))
			.append("\" y=\"")
			.append(SvgText.number(scale.y(to) + 16))
			.append("\" text-anchor=\"end\" fill=\"#212529\" font-style=\"italic\">")
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

	private static void legend(StringBuilder svg, TrendSeries series, int index, int legendTop) {
		int columnWidth = (WIDTH - LEFT - RIGHT) / LEGEND_COLUMNS;
		int x = LEFT + (index % LEGEND_COLUMNS) * columnWidth;
		int y = legendTop + (index / LEGEND_COLUMNS) * LEGEND_ROW;
		svg.append("<g class=\"trend-legend\"><line x1=\"")
			.append(x)
			.append("\" y1=\"")
			.append(y)
			.append("\" x2=\"")
			.append(x + 24)
			.append("\" y2=\"")
			.append(y)
			.append("\" stroke=\"")
			.append(colour(index))
			.append("\" stroke-width=\"3\"");
		String dash = dash(index);
		if (dash != null) {
			svg.append(" stroke-dasharray=\"").append(dash).append('"');
		}
		String label = name(series);
		String shortLabel = (label.length() > LEGEND_CHARS) ? label.substring(0, LEGEND_CHARS - 1) + "…" : label;
		svg.append("/><text x=\"")
			.append(x + 30)
			.append("\" y=\"")
			.append(y)
			.append("\" dominant-baseline=\"middle\">")
			.append(SvgText.escape(shortLabel));
		if (!shortLabel.equals(label)) {
			svg.append("<title>").append(SvgText.escape(label)).append("</title>");
		}
		svg.append("</text></g>");
	}

	private static String name(TrendSeries series) {
		return series.projectKey() + " · " + series.name();
	}

	private static String colour(int index) {
		return COLOURS[index % COLOURS.length];
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
