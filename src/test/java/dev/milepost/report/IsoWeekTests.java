package dev.milepost.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.milepost.shared.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTests {

	@Test
	void parsesAWeekAndKnowsItsMondayAndSunday() {
		IsoWeek week = IsoWeek.parse("2026-W47");
		assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 11, 22));
		assertThat(week).hasToString("2026-W47");
	}

	@Test
	void weekOneMayStartInTheYearBefore() {
		assertThat(IsoWeek.parse("2026-W01").monday()).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(IsoWeek.of(LocalDate.of(2025, 12, 31))).hasToString("2026-W01");
	}

	@Test
	void year2026HasFiftyThreeWeeksAnd2025Not() {
		IsoWeek last = IsoWeek.parse("2026-W53");
		assertThat(last.monday()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(last.sunday()).isEqualTo(LocalDate.of(2027, 1, 3));
		assertThat(last.next()).hasToString("2027-W01");
		assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).isInstanceOf(BadRequestException.class);
	}

	@Test
	void previousWeekCrossesTheYearBoundary() {
		assertThat(IsoWeek.parse("2027-W01").previous()).hasToString("2026-W53");
		assertThat(IsoWeek.parse("2026-W01").previous()).hasToString("2025-W52");
		assertThat(IsoWeek.parse("2026-W47").previous()).hasToString("2026-W46");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2026-47", "2026-W7", "2026-w47", "2026-W00", "2026-W54", " 2026-W47", "2026-W47x",
			"26-W47", "2026-W4a" })
	void rejectsAnythingButAStrictIsoWeek(String text) {
		assertThatThrownBy(() -> IsoWeek.parse(text)).isInstanceOf(BadRequestException.class);
	}

	@Test
	void rejectsNull() {
		assertThatThrownBy(() -> IsoWeek.parse(null)).isInstanceOf(BadRequestException.class);
	}

	@Test
	void currentWeekFollowsTheClock() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC);
		assertThat(IsoWeek.current(clock)).hasToString("2026-W47");
		Clock later = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
		assertThat(IsoWeek.current(later)).hasToString("2026-W48");
	}

}
