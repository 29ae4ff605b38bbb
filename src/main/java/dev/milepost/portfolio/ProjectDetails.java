package dev.milepost.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable fields of a project, as {@link ProjectService} takes them for create and
 * update.
 */
public record ProjectDetails(Long programId, String key, String name, String description, String lead,
		ProjectPhase phase, LocalDate startDate, LocalDate endDate, BigDecimal budgetPlanned, BigDecimal budgetSpent) {

	void applyTo(Project project) {
		project.setKey(this.key);
		project.setName(this.name);
		project.setDescription(this.description);
		project.setLead(this.lead);
		project.setPhase(this.phase);
		project.setStartDate(this.startDate);
		project.setEndDate(this.endDate);
		project.setBudgetPlanned(this.budgetPlanned);
		project.setBudgetSpent(this.budgetSpent);
	}

}
