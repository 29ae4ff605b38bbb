package dev.milepost.health;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.milepost.health.HealthEvaluatorTests.TODAY;
import static dev.milepost.health.HealthEvaluatorTests.slipped;
import static dev.milepost.health.HealthRollUpTests.green;
import static dev.milepost.health.HealthRollUpTests.override;
import static dev.milepost.health.HealthRollUpTests.project;
import static dev.milepost.health.English.said;
import static org.assertj.core.api.Assertions.assertThat;

class HealthOverrideTests {

	final HealthEvaluator evaluator = new HealthEvaluator(HealthRules.defaults());

	@Test
	void activeProjectOverrideDecidesEffectiveHealthAndKeepsComputed() {
		HealthOverride amber = override(Health.AMBER, TODAY);

		ProjectHealth health = this.evaluator.project(project("P-1", slipped("Launch", 30), amber), TODAY);

		assertThat(health.computed()).isEqualTo(Health.RED);
		assertThat(health.effective()).isEqualTo(Health.AMBER);
		assertThat(health.override()).isEqualTo(amber);
		assertThat(health.isOverridden()).isTrue();
		assertThat(health.reasons()).extracting(English::text)
			.containsExactly("1 milestone slipped more than 14 days: Launch");
	}

	@Test
	void expiredProjectOverrideIsIgnored() {
		ProjectHealth health = this.evaluator
			.project(project("P-1", slipped("Launch", 30), override(Health.GREEN, TODAY.minusDays(1))), TODAY);

		assertThat(health.computed()).isEqualTo(Health.RED);
		assertThat(health.effective()).isEqualTo(Health.RED);
		assertThat(health.override()).isNull();
		assertThat(health.isOverridden()).isFalse();
	}

	@Test
	void overriddenProjectCountsOnItsProgramWithItsEffectiveHealthAndOneReason() {
		ProgramFacts program = new ProgramFacts("PG", "Program", TODAY, List
			.of(project("P-1", slipped("Launch", 30), override(Health.AMBER, TODAY.plusDays(15))), green("P-2")),
				List.of(), null);

		ProgramHealth health = this.evaluator.program(program, TODAY);

		assertThat(health.computed()).isEqualTo(Health.AMBER);
		assertThat(said(health.reasons())).containsExactly(said(Health.AMBER, HealthRule.OVERRIDE,
				"P-1: Overridden to AMBER until 30 Jun 2026 (computed RED): Vendor fix lands Monday"));
	}

	@Test
	void programOverrideActiveOnItsLastDayAndIgnoredAfter() {
		HealthOverride green = override(Health.GREEN, TODAY);
		ProgramFacts program = new ProgramFacts("PG", "Program", TODAY,
				List.of(project("P-1", slipped("Launch", 30), null)), List.of(), green);

		ProgramHealth onLastDay = this.evaluator.program(program, TODAY);
		ProgramHealth dayAfter = this.evaluator.program(program, TODAY.plusDays(1));

		assertThat(onLastDay.computed()).isEqualTo(Health.RED);
		assertThat(onLastDay.effective()).isEqualTo(Health.GREEN);
		assertThat(onLastDay.override()).isEqualTo(green);
		assertThat(dayAfter.effective()).isEqualTo(Health.RED);
		assertThat(dayAfter.override()).isNull();
	}

	@Test
	void portfolioCountsTheEffectiveHealth() {
		HealthOverride green = override(Health.GREEN, TODAY);
		ProgramFacts program = new ProgramFacts("PG", "Program", TODAY,
				List.of(project("P-1", slipped("Launch", 30), null)), List.of(), green);

		PortfolioHealth portfolio = this.evaluator.portfolio(List.of(program), TODAY);

		assertThat(portfolio.count(Health.GREEN)).isEqualTo(1);
		assertThat(portfolio.count(Health.RED)).isZero();
	}

}
