package dev.milepost.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable fields of a program, as {@link ProgramService} takes them for create and update.
 * Format rules are checked by the web form; {@link ProgramService} checks the business rules
 * (unique key).
 */
public record ProgramDetails(String key, String name, String description, String objective, ProgramStatus status,
		String owner, LocalDate startDate, LocalDate targetEndDate, BigDecimal budgetPlanned, String budgetCurrency) {

	void applyTo(Program program) {
		program.setKey(this.key);
		program.setName(this.name);
		program.setDescription(this.description);
		program.setObjective(this.objective);
		program.setStatus(this.status);
		program.setOwner(this.owner);
		program.setStartDate(this.startDate);
		program.setTargetEndDate(this.targetEndDate);
		program.setBudgetPlanned(this.budgetPlanned);
		program.setBudgetCurrency((this.budgetCurrency != null) ? this.budgetCurrency : "USD");
	}

}
