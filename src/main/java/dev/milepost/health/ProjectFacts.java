package dev.milepost.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one project as health sees it; {@code healthrecord} fills it from SQL.
 *
 * @param key the project key, used to prefix its reasons on the program
 * @param name its name
 * @param budgetPlanned planned budget; {@code null} or not positive means "no budget" (no
 * budget rule)
 * @param budgetSpent spent so far; {@code null} counts as nothing
 * @param lastUpdated the day it (or anything in it) was last changed; {@code null} if
 * unknown (no staleness rule)
 * @param milestones its milestones ({@code null} means none)
 * @param risks its risks ({@code null} means none)
 * @param override a TPM's override, or {@code null}
 * @param previous the effective health last recorded in an earlier week, or {@code null}
 * if none (gives {@link ProjectHealth#trend()})
 * @param doneNotListed DONE milestones that are not in {@code milestones}:
 * {@code healthrecord} reads finished milestones as a count, since no rule looks at them
 * one by one; they count as done for the budget rule exactly like listed DONE milestones
 * (CANCELLED ones count for nothing, so leaving them out changes nothing)
 */
public record ProjectFacts(String key, String name, BigDecimal budgetPlanned, BigDecimal budgetSpent,
		LocalDate lastUpdated, List<MilestoneFacts> milestones, List<RiskFacts> risks, HealthOverride override,
		Health previous, int doneNotListed) {

	/** Every milestone listed. */
	public ProjectFacts(String key, String name, BigDecimal budgetPlanned, BigDecimal budgetSpent,
			LocalDate lastUpdated, List<MilestoneFacts> milestones, List<RiskFacts> risks, HealthOverride override,
			Health previous) {
		this(key, name, budgetPlanned, budgetSpent, lastUpdated, milestones, risks, override, previous, 0);
	}

	/** Every milestone listed, without a recorded history. */
	public ProjectFacts(String key, String name, BigDecimal budgetPlanned, BigDecimal budgetSpent,
			LocalDate lastUpdated, List<MilestoneFacts> milestones, List<RiskFacts> risks, HealthOverride override) {
		this(key, name, budgetPlanned, budgetSpent, lastUpdated, milestones, risks, override, null, 0);
	}

	public ProjectFacts {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
		if (doneNotListed < 0) {
			throw new IllegalArgumentException("doneNotListed must not be negative");
		}
		risks = (risks != null) ? List.copyOf(risks) : List.of();
	}

}
