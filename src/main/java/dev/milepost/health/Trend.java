package dev.milepost.health;

import java.util.Objects;

/**
 * How effective health moved since the last record of an earlier week: "was GREEN, now
 * AMBER".
 *
 * @param was the effective health recorded for an earlier week
 * @param now the effective health today
 */
public record Trend(Health was, Health now) {

	public Trend {
		Objects.requireNonNull(was, "was");
		Objects.requireNonNull(now, "now");
	}

	/** The trend, or {@code null} when nothing was recorded before. */
	public static Trend of(Health was, Health now) {
		return (was != null) ? new Trend(was, now) : null;
	}

	/** Better, worse or the same as before. */
	public Direction direction() {
		if (this.now.isWorseThan(this.was)) {
			return Direction.WORSE;
		}
		return this.was.isWorseThan(this.now) ? Direction.BETTER : Direction.SAME;
	}

	/** Which way health moved; {@link #arrow()} is how pages draw it. */
	public enum Direction {

		BETTER("↑"), WORSE("↓"), SAME("→");

		private final String arrow;

		Direction(String arrow) {
			this.arrow = arrow;
		}

		public String arrow() {
			return this.arrow;
		}

	}

}
