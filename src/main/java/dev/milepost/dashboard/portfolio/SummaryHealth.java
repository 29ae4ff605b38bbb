package dev.milepost.dashboard.portfolio;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.milepost.health.Health;
import dev.milepost.summary.ProgramSummary;
import org.jspecify.annotations.Nullable;

/**
 * The portfolio's health as the overview shows it, from the kept summaries: counts of
 * programs by effective health (every program that is not archived) and the summary of
 * each program listed, by key. Offers what the health fragments read of a health board
 * ({@code healths()}, {@code portfolio().count(h)}, {@code of(key)}), and a summary
 * offers what they read of a program's health ({@code effective()}, {@code computed()},
 * {@code isOverridden()}, {@code trend()}, {@code reasons()}).
 *
 * @param counts programs by effective health, every health present
 * @param byKey the summaries of the programs that may be shown, by program key
 */
public record SummaryHealth(Map<Health, Integer> counts, Map<String, ProgramSummary> byKey) {

	public SummaryHealth {
		counts = Collections.unmodifiableMap(new EnumMap<>(counts));
		byKey = Map.copyOf(byKey);
	}

	/** Counted over {@code all}; {@code byKey} for looking up the programs shown. */
	static SummaryHealth of(Collection<ProgramSummary> all, Map<String, ProgramSummary> byKey) {
		Map<Health, Integer> counts = new EnumMap<>(Health.class);
		for (Health health : Health.values()) {
			counts.put(health, 0);
		}
		all.forEach((summary) -> counts.merge(summary.effective(), 1, Integer::sum));
		return new SummaryHealth(counts, byKey);
	}

	/** GREEN, AMBER, RED: the order of the count cards. */
	public List<Health> healths() {
		return List.of(Health.values());
	}

	/** Itself: the count cards read {@code portfolio().count(h)}. */
	public SummaryHealth portfolio() {
		return this;
	}

	/** Number of programs whose effective health is {@code health}. */
	public int count(Health health) {
		return this.counts.getOrDefault(health, 0);
	}

	/** The summary of the program with this key, or {@code null}. */
	public @Nullable ProgramSummary of(String key) {
		return this.byKey.get(key);
	}

}
