package dev.milepost.health;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthRulesTests {

	@Test
	void defaultsAreTheDocumentedThresholds() {
		HealthRules rules = HealthRules.defaults();

		assertThat(rules.slip()).isEqualTo(new HealthRules.Slip(7, 14));
		assertThat(rules.overdue()).isEqualTo(new HealthRules.Overdue(1, 3, 14));
		assertThat(rules.blocked()).isEqualTo(new HealthRules.Blocked(1, 2));
		assertThat(rules.risks()).isEqualTo(new HealthRules.Risks(15, 20));
		assertThat(rules.budget()).isEqualTo(new HealthRules.Budget(10, 25));
		assertThat(rules.staleness()).isEqualTo(new HealthRules.Staleness(14, 28));
	}

	@Test
	void bindsFromPropertiesAndKeepsDefaultsForWhatIsNotSet() {
		HealthRules rules = bind(Map.of("milepost.health.slip.red-days", "21", "milepost.health.risks.amber-score",
				"12", "milepost.health.staleness.amber-days", "7"));

		assertThat(rules.slip()).isEqualTo(new HealthRules.Slip(7, 21));
		assertThat(rules.risks()).isEqualTo(new HealthRules.Risks(12, 20));
		assertThat(rules.staleness()).as("red defaults to twice amber").isEqualTo(new HealthRules.Staleness(7, 14));
		assertThat(rules.overdue()).isEqualTo(HealthRules.defaults().overdue());
		assertThat(rules.budget()).isEqualTo(HealthRules.defaults().budget());
	}

	@Test
	void bindsAllDefaultsWhenNothingIsSet() {
		assertThat(bind(Map.of("milepost.other", "x"))).isEqualTo(HealthRules.defaults());
	}

	@Test
	void rejectsRedThresholdBelowAmber() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HealthRules.Slip(10, 5))
			.withMessage("milepost.health.slip.red-days (5) must not be below milepost.health.slip.amber-days (10)");
		assertThatThrownBy(() -> bind(Map.of("milepost.health.blocked.red-count", "0")))
			.isInstanceOf(BindException.class);
	}

	@Test
	void rejectsNegativeAndZeroCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HealthRules.Budget(-1, null))
			.withMessage("milepost.health.budget.amber-points must not be negative but was -1");
		assertThatIllegalArgumentException().isThrownBy(() -> new HealthRules.Overdue(0, null, null))
			.withMessage("milepost.health.overdue.amber-count must be at least 1 but was 0");
	}

	private static HealthRules bind(Map<String, String> properties) {
		Binder binder = new Binder(new MapConfigurationPropertySource(properties));
		return binder.bindOrCreate("milepost.health", HealthRules.class);
	}

}
