package dev.milepost.health;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The register reasons of a program's health: open critical issues, escalations and
 * decisions past their needed-by date, overdue actions; counted against configurable
 * thresholds and rolled up like every other reason.
 */
class RegisterHealthTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

	static ProgramFacts program(RegisterFacts register) {
		return new ProgramFacts("PG", "Program", TODAY, List.of(), List.of(), null, null, register);
	}

	@Test
	void eachRegisterRuleFiresAtItsDefaultThresholds() {
		ProgramHealth health = new HealthEvaluator(HealthRules.defaults()).program(program(new RegisterFacts(1, 3, 2)),
				TODAY);

		assertThat(health.computed()).isEqualTo(Health.RED);
		assertThat(health.reasons()).extracting(Reason::rule, Reason::health, Reason::args)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(HealthRule.PAST_NEEDED_BY, Health.RED, List.of(3)),
					org.assertj.core.groups.Tuple.tuple(HealthRule.CRITICAL_ISSUES, Health.AMBER, List.of(1)));
	}

	@Test
	void anEmptyRegisterAddsNothing() {
		ProgramHealth health = new HealthEvaluator(HealthRules.defaults()).program(program(null), TODAY);

		assertThat(health.computed()).isEqualTo(Health.GREEN);
		assertThat(health.reasons()).isEmpty();
	}

	@Test
	void thresholdsAreConfigurable() {
		HealthRules rules = new HealthRules(null, null, null, null, null, null, new HealthRules.Count(2, 4), null,
				new HealthRules.Count(1, 2));

		ProgramHealth health = new HealthEvaluator(rules).program(program(new RegisterFacts(1, 0, 2)), TODAY);

		assertThat(health.reasons()).extracting(Reason::rule, Reason::health)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(HealthRule.OVERDUE_ACTIONS, Health.RED));
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new HealthRules(null, null, null, null, null, null, new HealthRules.Count(3, 2), null, null))
			.withMessageContaining("critical-issues.red-count");
	}

}
