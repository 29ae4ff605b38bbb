package dev.milepost.healthrecord;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Health is recorded per ISO week, identified by its Monday. */
public final class HealthWeeks {

	private HealthWeeks() {
	}

	/** The Monday of the ISO week {@code day} is in. */
	public static LocalDate weekStart(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
