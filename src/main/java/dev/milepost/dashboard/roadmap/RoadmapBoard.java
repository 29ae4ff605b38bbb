package dev.milepost.dashboard.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import dev.milepost.dashboard.roadmap.Roadmap.State;
import dev.milepost.dashboard.roadmap.RoadmapQuery.ProgramRoadmap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The roadmaps pages show: read (one SQL statement each) and drawn in the reader's
 * language.
 */
@Component
public class RoadmapBoard {

	/** How many programs the portfolio roadmap draws at most (one dashboard page). */
	public static final int PORTFOLIO_ROWS = RoadmapQuery.PORTFOLIO_ROWS;

	private final RoadmapQuery query;

	private final MessageSource messages;

	RoadmapBoard(RoadmapQuery query, MessageSource messages) {
		this.query = query;
		this.messages = messages;
	}

	/**
	 * One program's roadmap: a row per project.
	 * @throws dev.milepost.shared.NotFoundException when there is no such program
	 */
	public RoadmapView program(long programId) {
		ProgramRoadmap read = this.query.program(programId);
		Roadmap roadmap = read.roadmap();
		Locale locale = LocaleContextHolder.getLocale();
		String label = read.key() + " · " + read.name();
		String title = text(locale, "roadmap.chart.title.program", label, quarter(roadmap.from()),
				quarter(roadmap.until().minusDays(1)));
		String desc = text(locale, "roadmap.chart.desc.program", roadmap.rows().size(), roadmap.diamondCount());
		RoadmapSvg.Labels labels = labels(locale, title, desc);
		return new RoadmapView(read.id(), read.key(), read.name(), roadmap,
				roadmap.rows().isEmpty() ? null : RoadmapSvg.render(roadmap, labels), labels.states());
	}

	/**
	 * The portfolio roadmap of the programs given, in that order (the programs of the
	 * dashboard page shown), at most {@link #PORTFOLIO_ROWS}; the window is the previous
	 * quarter to three ahead.
	 */
	public RoadmapView portfolio(Collection<Long> programIds) {
		Roadmap roadmap = this.query.portfolio(programIds);
		Locale locale = LocaleContextHolder.getLocale();
		String title = text(locale, "roadmap.chart.title.portfolio", quarter(roadmap.from()),
				quarter(roadmap.until().minusDays(1)));
		long drawn = roadmap.rows()
			.stream()
			.flatMap((row) -> row.diamonds().stream())
			.filter((d) -> !d.date().isBefore(roadmap.from()) && d.date().isBefore(roadmap.until()))
			.count();
		String desc = text(locale, "roadmap.chart.desc.portfolio", roadmap.rows().size(), drawn,
				roadmap.milestoneCount());
		RoadmapSvg.Labels labels = labels(locale, title, desc);
		return new RoadmapView(null, null, null, roadmap,
				roadmap.rows().isEmpty() ? null : RoadmapSvg.render(roadmap, labels), labels.states());
	}

	private RoadmapSvg.Labels labels(Locale locale, String title, String desc) {
		Map<State, String> states = new EnumMap<>(State.class);
		for (State state : State.values()) {
			states.put(state, text(locale, "roadmap.state." + state.code()));
		}
		return new RoadmapSvg.Labels(title, desc, text(locale, "roadmap.today"), states,
				text(locale, "roadmap.tip.forecast"), text(locale, "roadmap.tip.actual"),
				text(locale, "roadmap.tip.baseline"), text(locale, "roadmap.legend.baseline"),
				text(locale, "roadmap.legend.bar"), text(locale, "roadmap.legend.barFromMilestones"),
				(n) -> text(locale, "roadmap.outside.before", n), (n) -> text(locale, "roadmap.outside.after", n),
				text(locale, "roadmap.legend.outside"), text(locale, "roadmap.tip.next"));
	}

	private static String quarter(LocalDate day) {
		return Roadmap.quarterLabel(Roadmap.quarterStart(day));
	}

	private String text(Locale locale, String code, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
