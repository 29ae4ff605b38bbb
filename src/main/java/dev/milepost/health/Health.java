package dev.milepost.health;

import java.util.Collection;

/**
 * Traffic-light health, declared from best to worst so that {@link #compareTo} orders by
 * severity.
 */
public enum Health {

	GREEN, AMBER, RED;

	/** The worse of this and {@code other}. */
	public Health worse(Health other) {
		return (other.compareTo(this) > 0) ? other : this;
	}

	/** {@code true} if this is strictly worse than {@code other}. */
	public boolean isWorseThan(Health other) {
		return compareTo(other) > 0;
	}

	/** The worst of {@code healths}; {@link #GREEN} when there are none. */
	public static Health worstOf(Collection<Health> healths) {
		Health worst = GREEN;
		for (Health health : healths) {
			worst = worst.worse(health);
		}
		return worst;
	}

}
