package dev.milepost.health;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A TPM's judgement that replaces the computed health of a project or program until it
 * expires.
 *
 * @param health the health to show instead of the computed one
 * @param rationale why, in the TPM's words
 * @param expiresOn the last day on which the override applies
 * @param setBy who set it, as shown to people (display name); {@code null} if unknown
 * @param version the stored override's version, which an edit form sends back so that a
 * concurrent change is noticed; 0 when not stored
 */
public record HealthOverride(Health health, String rationale, LocalDate expiresOn, String setBy, long version) {

	public HealthOverride {
		Objects.requireNonNull(health, "health");
		Objects.requireNonNull(rationale, "rationale");
		Objects.requireNonNull(expiresOn, "expiresOn");
	}

	/** An override not (yet) stored, by nobody in particular. */
	public HealthOverride(Health health, String rationale, LocalDate expiresOn) {
		this(health, rationale, expiresOn, null, 0);
	}

	/** Applies on {@code today}: up to and including {@link #expiresOn()}. */
	public boolean isActiveOn(LocalDate today) {
		return !today.isAfter(this.expiresOn);
	}

}
