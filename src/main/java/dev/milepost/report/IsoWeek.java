package dev.milepost.report;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.shared.BadRequestException;

/**
 * An ISO-8601 week such as {@code 2026-W47}: Monday to Sunday, week 1 holds the year's
 * first Thursday (so a year has 52 or 53 weeks).
 *
 * @param year the week-based year
 * @param week 1..52 or 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

	public IsoWeek {
		if (year < 1000 || year > 9999 || week < 1 || week > weeksIn(year)) {
			throw new IllegalArgumentException("No such ISO week: " + year + "-W" + week);
		}
	}

	/**
	 * Strictly {@code yyyy-Www} with a week the year really has.
	 * @throws BadRequestException (400) for anything else
	 */
	public static IsoWeek parse(String text) {
		Matcher matcher = (text != null) ? FORMAT.matcher(text) : null;
		if (matcher == null || !matcher.matches()) {
			throw new BadRequestException("Not an ISO week (like 2026-W47): " + text);
		}
		int year = Integer.parseInt(matcher.group(1));
		int week = Integer.parseInt(matcher.group(2));
		if (year < 1000 || week < 1 || week > weeksIn(year)) {
			throw new BadRequestException("No such ISO week: " + text);
		}
		return new IsoWeek(year, week);
	}

	/** The week that holds {@code date}. */
	public static IsoWeek of(LocalDate date) {
		return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** The week that holds today in the clock's zone. */
	public static IsoWeek current(Clock clock) {
		return of(LocalDate.now(clock));
	}

	/** Whether the week has not started yet, today being reckoned by {@code clock}. */
	public boolean isFuture(Clock clock) {
		return compareTo(current(clock)) > 0;
	}

	public LocalDate monday() {
		// 4 January is always in week 1
		return LocalDate.of(this.year, 1, 4)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.plusWeeks(this.week - 1L);
	}

	public LocalDate sunday() {
		return monday().plusDays(6);
	}

	public IsoWeek previous() {
		return of(monday().minusDays(1));
	}

	public IsoWeek next() {
		return of(sunday().plusDays(1));
	}

	private static int weeksIn(int year) {
		return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
	}

	@Override
	public int compareTo(IsoWeek other) {
		return (this.year != other.year) ? Integer.compare(this.year, other.year)
				: Integer.compare(this.week, other.week);
	}

	@Override
	public String toString() {
		return String.format("%04d-W%02d", this.year, this.week);
	}

}
