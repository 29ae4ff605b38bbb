package dev.milepost.risk;

import java.time.LocalDate;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;

/**
 * Unsaved risks with sensible defaults, for tests to adjust and save.
 */
interface RiskTestData {

	static Risk risk(Program program, Project project, String title, int probability, int impact) {
		Risk risk = new Risk(program, title, "Rita Owner", LocalDate.of(2026, 2, 1));
		risk.setProject(project);
		risk.setCategory(RiskCategory.TECHNICAL);
		risk.rate(probability, impact);
		risk.setResponse(RiskResponse.REDUCE);
		risk.setStatus(RiskStatus.OPEN);
		return risk;
	}

}
