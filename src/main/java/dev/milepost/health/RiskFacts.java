package dev.milepost.health;

import java.util.Objects;

/**
 * What health needs to know about one risk.
 *
 * @param title shown in reasons
 * @param score probability x impact, 1..25
 * @param open still able to hurt (in the register: OPEN or MITIGATING; a closed risk is
 * gone, one that occurred is an issue, not a risk); only open risks count
 */
public record RiskFacts(String title, int score, boolean open) {

	public RiskFacts {
		Objects.requireNonNull(title, "title");
	}

	/** Still able to hurt: the risks health looks at. */
	public boolean isOpen() {
		return this.open;
	}

}
