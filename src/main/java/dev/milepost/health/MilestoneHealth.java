package dev.milepost.health;

import java.util.List;

/**
 * The health of one milestone.
 *
 * @param milestone the facts it was computed from
 * @param health worst of its reasons, GREEN if none
 * @param reasons worst first
 */
public record MilestoneHealth(MilestoneFacts milestone, Health health, List<Reason> reasons) {

	public MilestoneHealth {
		reasons = List.copyOf(reasons);
	}

}
