package dev.milepost.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The editable fields of a program, as {@link ProgramService} takes them for create and
 * update. Format rules are checked by the web form; {@link ProgramService} checks the
 * business rules (unique key, owner and editors are users who may edit programs).
 */
public record ProgramDetails(String key, String name, String description, String objective, ProgramStatus status,
		Long ownerId, Set<Long> editorIds, LocalDate startDate, LocalDate targetEndDate, BigDecimal budgetPlanned,
		String budgetCurrency) {

	void applyTo(Program program) {
		program.setKey(this.key);
		program.setName(this.name);
		program.setDescription(this.description);
		program.setObjective(this.objective);
		program.setStatus(this.status);
		program.setStartDate(this.startDate);
		program.setTargetEndDate(this.targetEndDate);
		program.setBudgetPlanned(this.budgetPlanned);
		program.setBudgetCurrency((this.budgetCurrency != null) ? this.budgetCurrency : "USD");
	}

}
