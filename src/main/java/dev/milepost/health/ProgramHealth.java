package dev.milepost.health;

import java.util.List;

/**
 * The health of one program.
 *
 * @param key the program key
 * @param name the program name
 * @param computed worst of its projects' effective health and of its own rules
 * @param effective what to show: the override's health while it is active, else
 * {@code computed}
 * @param reasons why {@code computed} is what it is, worst first; reasons that come from
 * a project are prefixed with the project key ({@code "APP-1: No update for 16 days"})
 * @param override the active override, or {@code null} (an expired one is dropped)
 * @param projects its projects' health, worst (effective) first, then by key
 * @param trend effective health now against the last earlier week's record; {@code null}
 * when nothing was recorded before
 */
public record ProgramHealth(String key, String name, Health computed, Health effective, List<Reason> reasons,
		HealthOverride override, List<ProjectHealth> projects, Trend trend) {

	public ProgramHealth {
		reasons = List.copyOf(reasons);
		projects = List.copyOf(projects);
	}

	/** An active override decides {@link #effective()}. */
	public boolean isOverridden() {
		return this.override != null;
	}

}
