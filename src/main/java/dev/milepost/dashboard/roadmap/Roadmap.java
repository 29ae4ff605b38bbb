package dev.milepost.dashboard.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a roadmap shows: rows (programs on the portfolio roadmap, projects on a program's)
 * with their span and milestones, and the quarter window drawn.
 *
 * @param from first day of the first quarter drawn
 * @param until first day after the last quarter drawn (exclusive)
 */
public record Roadmap(Scope scope, LocalDate today, LocalDate from, LocalDate until, List<Row> rows) {

	/**
	 * Whose roadmap: the portfolio (rows are programs) or one program (rows are
	 * projects).
	 */
	public enum Scope {

		PORTFOLIO, PROGRAM

	}

	/**
	 * One bar of the roadmap.
	 *
	 * @param start first day of the bar, null when nothing is known
	 * @param end last day of the bar (inclusive), null when nothing is known
	 * @param spanFromMilestones some of the span comes from milestone dates, not from
	 * planned dates
	 * @param diamonds the milestones read for this row: on a program roadmap every one;
	 * on the portfolio roadmap only its key milestones (see {@link Summary}), in or out
	 * of the window
	 * @param before milestones left out of {@code diamonds} because they lie before the
	 * window (with a summary: every open milestone before the window)
	 * @param after milestones left out of {@code diamonds} because they lie after the
	 * window (with a summary: every milestone after the window)
	 * @param summary the counts of a portfolio row, whose diamonds are only its key
	 * milestones; null on a program roadmap, where the diamonds are every milestone
	 */
	public record Row(long id, String key, String name, LocalDate start, LocalDate end, boolean spanFromMilestones,
			List<Diamond> diamonds, long before, long after, Summary summary) {

		/** A row that draws every one of its milestones (no summary). */
		public Row(long id, String key, String name, LocalDate start, LocalDate end, boolean spanFromMilestones,
				List<Diamond> diamonds, long before, long after) {
			this(id, key, name, start, end, spanFromMilestones, diamonds, before, after, null);
		}

		public String label() {
			return this.key + " · " + this.name;
		}

		/** Milestones of this row in the given state (in the window, with a summary). */
		public long count(State state) {
			if (this.summary != null) {
				return this.summary.inWindow().getOrDefault(state, 0L);
			}
			return this.diamonds.stream().filter((d) -> d.state() == state).count();
		}

		/** Milestones before the window, with those the query already left out. */
		public long beforeWindow(LocalDate from) {
			if (this.summary != null) {
				return this.before;
			}
			return this.before + this.diamonds.stream().filter((d) -> d.date().isBefore(from)).count();
		}

		/** Milestones after the window, with those the query already left out. */
		public long afterWindow(LocalDate until) {
			if (this.summary != null) {
				return this.after;
			}
			return this.after + this.diamonds.stream().filter((d) -> !d.date().isBefore(until)).count();
		}

		/** Milestones in the window: every state counted. */
		public long inWindow() {
			if (this.summary != null) {
				return this.summary.inWindow().values().stream().mapToLong(Long::longValue).sum();
			}
			return this.diamonds.size();
		}

		/**
		 * Open milestones of a summarised row that are not among its key milestones: the
		 * rest of its next, blocked, overdue and slipped ones is on its program's
		 * roadmap. 0 without a summary.
		 */
		public long moreOpen() {
			return (this.summary != null) ? Math.max(0, this.summary.open() - this.diamonds.size()) : 0;
		}

	}

	/**
	 * What the portfolio roadmap tells of a program besides its key milestones, so that
	 * its size does not grow with the number of milestones.
	 *
	 * @param inWindow milestones forecast (done: finished) in the window, by state
	 * @param open open milestones of the program, in the window or not
	 */
	public record Summary(Map<State, Long> inWindow, long open) {
	}

	/**
	 * A milestone drawn as a diamond.
	 *
	 * @param projectKey the project it belongs to (on the program roadmap, the row's key)
	 * @param next the program's next milestone: the first open one forecast for today or
	 * later (marked on the portfolio roadmap only)
	 */
	public record Diamond(long id, String name, String projectKey, LocalDate baseline, LocalDate forecast,
			LocalDate actual, State state, boolean next) {

		public Diamond(long id, String name, String projectKey, LocalDate baseline, LocalDate forecast,
				LocalDate actual, State state) {
			this(id, name, projectKey, baseline, forecast, actual, state, false);
		}

		/** The same milestone, marked as its program's next one or not. */
		public Diamond withNext(boolean isNext) {
			return new Diamond(this.id, this.name, this.projectKey, this.baseline, this.forecast, this.actual,
					this.state, isNext);
		}

		/**
		 * Where the diamond sits: the actual date of a done milestone, otherwise its
		 * forecast.
		 */
		public LocalDate date() {
			return (this.state == State.DONE && this.actual != null) ? this.actual : this.forecast;
		}

		/**
		 * The baseline is drawn (hollow, linked to the diamond) only where it differs.
		 */
		public boolean moved() {
			return this.baseline != null && !this.baseline.equals(date());
		}

		public String label() {
			return this.projectKey + " · " + this.name;
		}

	}

	/**
	 * How a milestone stands, worst first where several apply: done, blocked, overdue
	 * (open with its forecast before today), slipped (open with its forecast after the
	 * baseline), on track.
	 */
	public enum State {

		DONE, ON_TRACK, SLIPPED, OVERDUE, BLOCKED;

		/**
		 * @param status the milestone status (never CANCELLED here: cancelled milestones
		 * are not drawn)
		 */
		public static State of(String status, LocalDate baseline, LocalDate forecast, LocalDate today) {
			if ("DONE".equals(status)) {
				return DONE;
			}
			if ("BLOCKED".equals(status)) {
				return BLOCKED;
			}
			if (forecast.isBefore(today)) {
				return OVERDUE;
			}
			return (baseline != null && forecast.isAfter(baseline)) ? SLIPPED : ON_TRACK;
		}

		/** The message key suffix and CSS-friendly name: {@code on-track}. */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** First day of the quarter {@code day} lies in. */
	public static LocalDate quarterStart(LocalDate day) {
		return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
	}

	/** The portfolio window: the previous quarter, the current one and the next three. */
	public static LocalDate[] portfolioWindow(LocalDate today) {
		LocalDate current = quarterStart(today);
		return new LocalDate[] { current.minusMonths(3), current.plusMonths(12) };
	}

	/**
	 * Most quarters a program roadmap draws on each side of the current one; later dates
	 * are clipped.
	 */
	static final int PROGRAM_REACH_QUARTERS = 8;

	/**
	 * A program's window: whole quarters around every bar and diamond and today, but no
	 * more than {@link #PROGRAM_REACH_QUARTERS} quarters before or after the current one.
	 */
	public static LocalDate[] programWindow(List<Row> rows, LocalDate today) {
		LocalDate first = today;
		LocalDate last = today;
		for (Row row : rows) {
			for (LocalDate d : new LocalDate[] { row.start(), row.end() }) {
				if (d != null) {
					first = d.isBefore(first) ? d : first;
					last = d.isAfter(last) ? d : last;
				}
			}
			for (Diamond diamond : row.diamonds()) {
				for (LocalDate d : new LocalDate[] { diamond.date(), diamond.baseline() }) {
					if (d != null) {
						first = d.isBefore(first) ? d : first;
						last = d.isAfter(last) ? d : last;
					}
				}
			}
		}
		LocalDate current = quarterStart(today);
		LocalDate from = quarterStart(first);
		LocalDate until = quarterStart(last).plusMonths(3);
		LocalDate earliest = current.minusMonths(3L * PROGRAM_REACH_QUARTERS);
		LocalDate latest = current.plusMonths(3L * (PROGRAM_REACH_QUARTERS + 1));
		return new LocalDate[] { from.isBefore(earliest) ? earliest : from, until.isAfter(latest) ? latest : until };
	}

	/** The first days of the quarters drawn. */
	public List<LocalDate> quarters() {
		List<LocalDate> quarters = new java.util.ArrayList<>();
		for (LocalDate q = this.from; q.isBefore(this.until); q = q.plusMonths(3)) {
			quarters.add(q);
		}
		return quarters;
	}

	/** All diamonds of all rows drawn or listed. */
	public long diamondCount() {
		return this.rows.stream().mapToLong((r) -> r.diamonds().size()).sum();
	}

	/**
	 * The milestones the roadmap stands for: every diamond of a program roadmap, every
	 * milestone in the window of a summarised portfolio roadmap.
	 */
	public long milestoneCount() {
		return this.rows.stream().mapToLong(Row::inWindow).sum();
	}

	/** "Q3 2026". */
	public static String quarterLabel(LocalDate quarterStart) {
		return "Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1) + " " + quarterStart.getYear();
	}

}
