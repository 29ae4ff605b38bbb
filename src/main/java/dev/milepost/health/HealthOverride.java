package dev.milepost.health;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A TPM's judgement that replaces the computed health of a project or program until it expires.
 *
 * @param health the health to show instead of the computed one
 * @param rationale why, in the TPM's words
 * @param expiresOn the last day on which the override applies
 */
public record HealthOverride(Health health, String rationale, LocalDate expiresOn) {

	public HealthOverride {
		Objects.requireNonNull(health, "health");
		Objects.requireNonNull(rationale, "rationale");
		Objects.requireNonNull(expiresOn, "expiresOn");
	}

	/** Applies on {@code today}: up to and including {@link #expiresOn()}. */
	public boolean isActiveOn(LocalDate today) {
		return !today.isAfter(this.expiresOn);
	}

}
