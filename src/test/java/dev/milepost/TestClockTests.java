package dev.milepost;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The suite's clock starts where {@code -Dmilepost.test.now} says (the real time when
 * unset), ticks, and moves only when a test moves it.
 */
class TestClockTests {

	@Test
	void startsAtTheRequestedInstantOrTheRealTime() {
		String requested = System.getProperty(TestClock.PROPERTY);
		Instant start = (requested == null || requested.isBlank()) ? Clock.systemUTC().instant()
				: Instant.parse(requested.trim());
		// the run started at most a few minutes before this test
		assertThat(Duration.between(start, TestClock.runNow())).isBetween(Duration.ofSeconds(-5),
				Duration.ofMinutes(30));
	}

	@Test
	void movesOnlyWhenTold() {
		TestClock clock = new TestClock(ZoneId.of("UTC"));
		clock.set(Instant.parse("2026-12-31T23:40:00Z"));
		assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 12, 31));
		clock.setZone(ZoneId.of("Asia/Tokyo"));
		assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isCloseTo(clock.instant(),
				within(Duration.ofSeconds(1)));
		clock.advance(Duration.ofDays(59));
		assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 3, 1));

		clock.reset();
		assertThat(clock.getZone()).isEqualTo(ZoneId.of("UTC"));
		assertThat(clock.instant()).isCloseTo(TestClock.runNow(), within(Duration.ofSeconds(1)));
	}

}
