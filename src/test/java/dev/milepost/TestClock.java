package dev.milepost;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of every test: it starts at the instant given by the system property
 * {@value #PROPERTY} (an ISO instant such as {@code 2026-12-31T23:40:00Z}; unset, the
 * real time, read once when the test JVM starts) and ticks from there, so that the whole
 * suite can be run as if it were any day:
 * {@code ./mvnw -B verify -Dmilepost.test.now=2028-02-29T12:00:00Z}.
 * <p>
 * Tests that need time to pass ({@link #advance(Duration)}) or a particular moment
 * ({@link #set(Instant)}, {@link #setZone(ZoneId)}) move it instead of sleeping; the
 * {@link TestClockReset} listener puts it back after each test method, so no test sees
 * another's shift.
 */
public final class TestClock extends Clock {

	/** The system property that says when "now" is for the whole test run. */
	public static final String PROPERTY = "milepost.test.now";

	private static final Instant START = start();

	private static final long ORIGIN_NANOS = System.nanoTime();

	private final ZoneId defaultZone;

	private volatile Duration offset = Duration.ZERO;

	private volatile ZoneId zone;

	public TestClock(ZoneId zone) {
		this.defaultZone = zone;
		this.zone = zone;
	}

	private static Instant start() {
		String value = System.getProperty(PROPERTY);
		return (value == null || value.isBlank()) ? Clock.systemUTC().instant() : Instant.parse(value.trim());
	}

	/**
	 * The unshifted "now" of the test run (the start instant plus the time elapsed
	 * since).
	 */
	public static Instant runNow() {
		return START.plusNanos(System.nanoTime() - ORIGIN_NANOS);
	}

	/** {@link #runNow()} at UTC. */
	public static OffsetDateTime runNowAtUtc() {
		return runNow().atOffset(ZoneOffset.UTC);
	}

	/**
	 * The unshifted "today" of the test run in UTC (the zone of the test configuration),
	 * for fixtures built outside a test method or without a Spring context.
	 */
	public static LocalDate runToday() {
		return LocalDate.ofInstant(runNow(), ZoneOffset.UTC);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		TestClock source = this;
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return source.withZone(other);
			}

			@Override
			public Instant instant() {
				return source.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		return runNow().plus(this.offset);
	}

	/** Today in this clock's zone. */
	public LocalDate today() {
		return LocalDate.now(this);
	}

	/** From now on the clock reads {@code instant}, and ticks on from there. */
	public void set(Instant instant) {
		this.offset = Duration.between(runNow(), instant);
	}

	/** Moves the clock forward (or back, for a negative duration). */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	/** Reckons "today" in another zone until the next {@link #reset()}. */
	public void setZone(ZoneId zone) {
		this.zone = zone;
	}

	/** Back to the run's own time and the configured zone. */
	public void reset() {
		this.offset = Duration.ZERO;
		this.zone = this.defaultZone;
	}

}
