package dev.milepost.health;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The health of the whole portfolio.
 *
 * @param counts number of programs per effective health; every health is present, 0 if
 * none
 * @param programs all programs, worst (effective) first, then most reasons first, then by
 * key
 */
public record PortfolioHealth(Map<Health, Integer> counts, List<ProgramHealth> programs) {

	public PortfolioHealth {
		counts = Collections.unmodifiableMap(new EnumMap<>(counts));
		programs = List.copyOf(programs);
	}

	/** Number of programs whose effective health is {@code health}. */
	public int count(Health health) {
		return this.counts.getOrDefault(health, 0);
	}

	/** At most {@code limit} programs that are not GREEN, worst first. */
	public List<ProgramHealth> worst(int limit) {
		return this.programs.stream().filter((program) -> program.effective() != Health.GREEN).limit(limit).toList();
	}

}
