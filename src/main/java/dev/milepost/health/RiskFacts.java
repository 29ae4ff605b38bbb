package dev.milepost.health;

import java.util.Objects;

import dev.milepost.risk.RiskStatus;

/**
 * What health needs to know about one risk.
 *
 * @param title shown in reasons
 * @param score probability x impact, 1..25
 * @param status where it stands; only OPEN and MITIGATING risks count
 */
public record RiskFacts(String title, int score, RiskStatus status) {

	public RiskFacts {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
	}

	/** Still able to hurt: OPEN or MITIGATING (CLOSED is gone, OCCURRED is an issue, not a risk). */
	public boolean isOpen() {
		return this.status.isLive();
	}

}
