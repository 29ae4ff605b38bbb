package dev.milepost.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.milepost.health.HealthEvaluatorTests.TODAY;
import static dev.milepost.health.HealthEvaluatorTests.blocked;
import static dev.milepost.health.HealthEvaluatorTests.milestone;
import static dev.milepost.health.HealthEvaluatorTests.risk;
import static dev.milepost.health.HealthEvaluatorTests.slipped;
import static dev.milepost.health.English.said;
import static org.assertj.core.api.Assertions.assertThat;

class HealthRollUpTests {

	final HealthEvaluator evaluator = new HealthEvaluator(HealthRules.defaults());

	@Test
	void programIsTheWorstOfItsProjectsWithReasonsPrefixedByProjectKey() {
		ProgramFacts program = program("PG", green("A-1"), amber("B-2"), red("C-3"));

		ProgramHealth health = this.evaluator.program(program, TODAY);

		assertThat(health.computed()).isEqualTo(Health.RED);
		assertThat(health.effective()).isEqualTo(Health.RED);
		assertThat(said(health.reasons())).containsExactly(
				said(Health.RED, HealthRule.SLIP, "C-3: 1 milestone slipped more than 14 days: Launch"),
				said(Health.AMBER, HealthRule.BLOCKED, "B-2: 1 milestone blocked: Contract"));
		assertThat(health.projects()).extracting(ProjectHealth::key).containsExactly("C-3", "B-2", "A-1");
	}

	@Test
	void programOfGreenProjectsIsGreen() {
		assertThat(this.evaluator.program(program("PG", green("A-1"), green("B-2")), TODAY).computed())
			.isEqualTo(Health.GREEN);
		assertThat(this.evaluator.program(program("PG"), TODAY).reasons()).isEmpty();
	}

	@Test
	void programOwnRulesCountAndComeBeforeProjectReasonsOfTheSameHealth() {
		ProgramFacts program = new ProgramFacts("PG", "Program", TODAY, List.of(amber("B-2")),
				List.of(risk("Budget freeze", 16)), null);

		ProgramHealth health = this.evaluator.program(program, TODAY);

		assertThat(health.computed()).isEqualTo(Health.AMBER);
		assertThat(health.reasons()).extracting(English::text)
			.containsExactly("Risk Budget freeze scores 16", "B-2: 1 milestone blocked: Contract");
	}

	@Test
	void programOwnRedRiskMakesGreenProjectsProgramRed() {
		ProgramFacts program = new ProgramFacts("PG", "Program", TODAY, List.of(green("A-1")),
				List.of(risk("Exit", 20)), null);

		assertThat(this.evaluator.program(program, TODAY).computed()).isEqualTo(Health.RED);
	}

	@Test
	void portfolioCountsProgramsByEffectiveHealthAndListsTheWorstFirst() {
		PortfolioHealth portfolio = this.evaluator.portfolio(List.of(program("G1", green("A")), program("R1", red("B")),
				program("A1", amber("C")), program("R2", red("D"), amber("E")), program("G2")), TODAY);

		assertThat(portfolio.counts()).isEqualTo(Map.of(Health.GREEN, 2, Health.AMBER, 1, Health.RED, 2));
		assertThat(portfolio.count(Health.RED)).isEqualTo(2);
		assertThat(portfolio.programs()).extracting(ProgramHealth::key)
			.as("worst first, then more reasons first, then by key")
			.containsExactly("R2", "R1", "A1", "G1", "G2");
		assertThat(portfolio.worst(2)).extracting(ProgramHealth::key).containsExactly("R2", "R1");
		assertThat(portfolio.worst(10)).extracting(ProgramHealth::key).containsExactly("R2", "R1", "A1");
	}

	@Test
	void emptyPortfolioHasZeroCounts() {
		PortfolioHealth portfolio = this.evaluator.portfolio(List.of(), TODAY);

		assertThat(portfolio.counts()).isEqualTo(Map.of(Health.GREEN, 0, Health.AMBER, 0, Health.RED, 0));
		assertThat(portfolio.worst(5)).isEmpty();
	}

	@Test
	void sameFactsGiveTheSameResult() {
		ProgramFacts program = program("PG", red("C-3"), amber("B-2"), green("A-1"));

		assertThat(this.evaluator.program(program, TODAY)).isEqualTo(this.evaluator.program(program, TODAY));
	}

	static ProgramFacts program(String key, ProjectFacts... projects) {
		return new ProgramFacts(key, "Program " + key, TODAY, List.of(projects), List.of(), null);
	}

	static ProjectFacts green(String key) {
		return project(key, milestone("Kick-off", 0, MilestoneState.DONE), null);
	}

	static ProjectFacts amber(String key) {
		return project(key, blocked("Contract"), null);
	}

	static ProjectFacts red(String key) {
		return project(key, slipped("Launch", 30), null);
	}

	static ProjectFacts project(String key, MilestoneFacts milestone, HealthOverride override) {
		return new ProjectFacts(key, "Project " + key, null, null, TODAY, List.of(milestone), List.of(), override);
	}

	static HealthOverride override(Health health, LocalDate expiresOn) {
		return new HealthOverride(health, "Vendor fix lands Monday", expiresOn);
	}

}
