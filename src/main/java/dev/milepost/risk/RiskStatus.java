package dev.milepost.risk;

/**
 * Where a risk stands; labels come from {@code risk.status.<NAME>}.
 */
public enum RiskStatus {

	OPEN, MITIGATING, CLOSED, OCCURRED;

	/**
	 * Open or mitigating: still a threat, so it counts on heat maps, in top-risk lists
	 * and in health.
	 */
	public boolean isLive() {
		return this == OPEN || this == MITIGATING;
	}

}
