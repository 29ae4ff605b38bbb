package dev.milepost.health;

import java.util.List;

/**
 * The health of one project.
 *
 * @param key the project key
 * @param name the project name
 * @param computed worst of its rules
 * @param effective what to show: the override's health while it is active, else
 * {@code computed}
 * @param reasons why {@code computed} is what it is, worst first; empty when GREEN
 * @param override the active override, or {@code null} (an expired one is dropped)
 * @param milestones the health of each milestone listed in its facts, in the order given
 * (the dashboard lists only open milestones: finished ones are always GREEN and come as a
 * count)
 * @param trend effective health now against the last earlier week's record; {@code null}
 * when nothing was recorded before
 */
public record ProjectHealth(String key, String name, Health computed, Health effective, List<Reason> reasons,
		HealthOverride override, List<MilestoneHealth> milestones, Trend trend) {

	public ProjectHealth {
		reasons = List.copyOf(reasons);
		milestones = List.copyOf(milestones);
	}

	/** An active override decides {@link #effective()}. */
	public boolean isOverridden() {
		return this.override != null;
	}

}
