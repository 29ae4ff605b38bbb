package dev.milepost.dashboard.roadmap;

import java.time.LocalDate;
import java.util.List;

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
	 * @param diamonds the milestones read for this row (on the portfolio roadmap only
	 * those in the window)
	 * @param before milestones left out of {@code diamonds} because they lie before the
	 * window
	 * @param after milestones left out of {@code diamonds} because they lie after the
	 * window
	 */
	public record Row(long id, String key, String name, LocalDate start, LocalDate end, boolean spanFromMilestones,
			List<Diamond> diamonds, long before, long after) {

		public String label() {
			return this.key + " · " + this.name;
		}

		/** Diamonds of this row in the given state. */
		public long count(State state) {
			return this.diamonds.stream().filter((d) -> d.state() == state).count();
		}

		/** Diamonds before the window, with those the query already left out. */
		public long beforeWindow(LocalDate from) {
			return this.before + this.diamonds.stream().filter((d) -> d.date().isBefore(from)).count();
		}

		/** Diamonds after the window, with those the query already left out. */
		public long afterWindow(LocalDate until) {
			return this.after + this.diamonds.stream().filter((d) -> !d.date().isBefore(until)).count();
		}

	}

	/**
	 * A milestone drawn as a diamond.
	 *
	 * @param projectKey the project it belongs to (on the program roadmap, the row's key)
	 */
	public record Diamond(long id, String name, String projectKey, LocalDate baseline, LocalDate forecast,
			LocalDate actual, State state) {

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

	/** All diamonds of all rows, for the text alternative. */
	public long diamondCount() {
		return this.rows.stream().mapToLong((r) -> r.diamonds().size()).sum();
	}

	/** "Q3 2026". */
	public static String quarterLabel(LocalDate quarterStart) {
		return "Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1) + " " + quarterStart.getYear();
	}

}
