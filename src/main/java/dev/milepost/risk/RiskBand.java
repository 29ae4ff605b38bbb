package dev.milepost.risk;

/**
 * The colour band of a risk score (probability x impact, 1..25): 1-4 low, 5-9 medium,
 * 10-14 high, 15-25 critical. {@link #cssClass()} names the matching {@code score-*} rule
 * of milepost.css; labels come from {@code risk.band.<NAME>}.
 */
public enum RiskBand {

	LOW, MEDIUM, HIGH, CRITICAL;

	/** The band of {@code score}; scores below 1 count as low, above 25 as critical. */
	public static RiskBand of(int score) {
		if (score >= 15) {
			return CRITICAL;
		}
		if (score >= 10) {
			return HIGH;
		}
		if (score >= 5) {
			return MEDIUM;
		}
		return LOW;
	}

	/**
	 * {@code score-low}, {@code score-medium}, {@code score-high} or
	 * {@code score-critical}.
	 */
	public String cssClass() {
		return "score-" + name().toLowerCase(java.util.Locale.ROOT);
	}

}
