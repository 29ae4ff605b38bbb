package dev.milepost.risk;

/**
 * An open or mitigating risk in a top-risks list.
 *
 * @param id the risk
 * @param title its title
 * @param score probability x impact, 1..25
 * @param status OPEN or MITIGATING
 * @param owner who owns it
 * @param programId the program it belongs to
 * @param programKey that program's key
 * @param projectKey its project's key, or {@code null} for a program-level risk
 */
public record TopRisk(long id, String title, int score, RiskStatus status, String owner, long programId,
		String programKey, String projectKey) {

	/** The colour band of {@link #score()}. */
	public RiskBand band() {
		return RiskBand.of(this.score);
	}

}
