package dev.milepost.risk;

import java.time.LocalDate;

/**
 * What a user enters for a risk, after bean validation (required values present, lengths
 * and ratings in range). {@link RiskService} checks the rules that need the database or
 * the clock.
 *
 * @param projectId {@code null} for a risk of the whole program
 */
public record RiskDetails(Long programId, Long projectId, String title, String description, RiskCategory category,
		Integer probability, Integer impact, String owner, RiskResponse response, String mitigation,
		LocalDate nextReviewDate, RiskStatus status, LocalDate raisedDate) {

}
