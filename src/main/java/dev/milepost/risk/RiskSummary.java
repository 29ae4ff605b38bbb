package dev.milepost.risk;

import java.time.LocalDate;

/**
 * One risk as the program and project pages list it (see
 * {@code templates/risks/fragments.html :: risk-table(risks)}), read in one query.
 *
 * @param projectKey {@code null} when the risk concerns the whole program
 * @param score probability x impact, 1..25
 * @param nextReviewDate {@code null} when no review is planned
 */
public record RiskSummary(Long id, String title, String programKey, String projectKey, RiskCategory category,
		int probability, int impact, int score, String owner, RiskStatus status, LocalDate nextReviewDate) {

	/** The colour band of {@link #score()}. */
	public RiskBand band() {
		return RiskBand.of(this.score);
	}

}
