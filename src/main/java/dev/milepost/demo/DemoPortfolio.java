package dev.milepost.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated demo portfolio as plain rows, ready to be inserted. Rows refer to each
 * other by natural keys (program key, project key, stakeholder email) or, for milestones,
 * by their index in {@link #milestones()}; the writer turns those into database ids.
 */
record DemoPortfolio(List<ProgramRow> programs, List<ProjectRow> projects, List<MilestoneRow> milestones,
		List<DateChangeRow> dateChanges, List<DependencyRow> dependencies, List<RiskRow> risks,
		List<StakeholderRow> stakeholders, List<ProgramLinkRow> programLinks, List<ProjectLinkRow> projectLinks) {

	/**
	 * {@code owner} is the named owner's display name; {@code ownedByDemoTpm} gives the
	 * program to the demo account {@code tpm} instead (the named owner still gets an
	 * account).
	 */
	record ProgramRow(String key, String name, String description, String objective, String status, String owner,
			boolean ownedByDemoTpm, LocalDate startDate, LocalDate targetEndDate, BigDecimal budgetPlanned,
			String budgetCurrency, Instant createdAt, Instant updatedAt) {
	}

	record ProjectRow(String programKey, String key, String name, String description, String lead, String phase,
			LocalDate startDate, LocalDate endDate, BigDecimal budgetPlanned, BigDecimal budgetSpent, Instant createdAt,
			Instant updatedAt) {
	}

	/** {@code ref} is the row's index in the milestone list. */
	record MilestoneRow(int ref, String programKey, String projectKey, String name, String description, String owner,
			LocalDate baselineDate, LocalDate forecastDate, LocalDate actualDate, String status, Instant createdAt,
			Instant updatedAt) {
	}

	record DateChangeRow(int milestoneRef, String kind, LocalDate oldDate, LocalDate newDate, String reason,
			Instant changedAt, String changedBy) {
	}

	/**
	 * The milestone {@code milestoneRef} depends on (cannot finish before)
	 * {@code predecessorRef}.
	 */
	record DependencyRow(int milestoneRef, int predecessorRef, Instant createdAt) {
	}

	record RiskRow(String programKey, String projectKey, String title, String description, String category,
			int probability, int impact, String owner, String response, String mitigation, LocalDate nextReviewDate,
			String status, LocalDate raisedDate, Instant createdAt, Instant updatedAt) {

		int score() {
			return this.probability * this.impact;
		}

	}

	record StakeholderRow(String name, String email, String title, String organisation, String influence,
			String interest, Instant createdAt, Instant updatedAt) {
	}

	record ProgramLinkRow(String programKey, String email, String raciRole, boolean receivesWeeklyReport,
			Instant createdAt) {
	}

	record ProjectLinkRow(String programKey, String projectKey, String email, String raciRole, Instant createdAt) {
	}

}
