package dev.milepost.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one program as health sees it; {@code healthrecord} fills it from SQL.
 *
 * @param key the program key
 * @param name its name
 * @param lastUpdated the day the program record was last changed; {@code null} if unknown
 * @param projects its projects ({@code null} means none)
 * @param risks risks of the program that belong to none of its projects ({@code null}
 * means none); project risks go into {@link ProjectFacts#risks()}
 * @param override a TPM's override, or {@code null}
 * @param previous the effective health last recorded in an earlier week, or {@code null}
 * if none (gives {@link ProgramHealth#trend()})
 * @param register counts from its issues, decisions and actions ({@code null} means an
 * empty register)
 */
public record ProgramFacts(String key, String name, LocalDate lastUpdated, List<ProjectFacts> projects,
		List<RiskFacts> risks, HealthOverride override, Health previous, RegisterFacts register) {

	/** With a recorded history, without a register. */
	public ProgramFacts(String key, String name, LocalDate lastUpdated, List<ProjectFacts> projects,
			List<RiskFacts> risks, HealthOverride override, Health previous) {
		this(key, name, lastUpdated, projects, risks, override, previous, null);
	}

	/** Without a recorded history. */
	public ProgramFacts(String key, String name, LocalDate lastUpdated, List<ProjectFacts> projects,
			List<RiskFacts> risks, HealthOverride override) {
		this(key, name, lastUpdated, projects, risks, override, null, null);
	}

	public ProgramFacts {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		projects = (projects != null) ? List.copyOf(projects) : List.of();
		risks = (risks != null) ? List.copyOf(risks) : List.of();
		register = (register != null) ? register : RegisterFacts.NONE;
	}

}
