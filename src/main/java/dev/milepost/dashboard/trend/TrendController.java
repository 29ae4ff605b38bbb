package dev.milepost.dashboard.trend;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Milestone trend analysis of a project or a program: a server-drawn SVG chart and the
 * same figures as a table. Read-only, so any signed-in role may look.
 */
@Controller
class TrendController {

	static final String VIEW = "dashboard/trend";

	private final TrendQueries queries;

	private final MessageSource messages;

	private final Clock clock;

	TrendController(TrendQueries queries, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/projects/{id}/trend")
	String project(@PathVariable long id, Model model, Locale locale) {
		return show(this.queries.forProject(id), model, locale);
	}

	/**
	 * {@code ?project=} narrows the chart to one of the program's projects; others are
	 * ignored.
	 */
	@GetMapping("/programs/{id}/trend")
	String program(@PathVariable long id, @RequestParam(required = false) Long project, Model model, Locale locale) {
		return show(this.queries.forProgram(id, project), model, locale);
	}

	private String show(TrendChart chart, Model model, Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		String label = chart.subject().label();
		TrendSvg.Labels labels = new TrendSvg.Labels(text("trend.chart.title", locale, label),
				text("trend.chart.desc", locale, TrendSvg.drawn(chart.shown()).size()), text("trend.axis.x", locale),
				text("trend.axis.y", locale), text("trend.todayLine", locale), locale);
		model.addAttribute("chart", chart);
		model.addAttribute("today", today);
		model.addAttribute("notDrawn", chart.shown().size() - TrendSvg.drawn(chart.shown()).size());
		model.addAttribute("svg", chart.shown().isEmpty() ? null : TrendSvg.render(chart.shown(), today, labels));
		return VIEW;
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
