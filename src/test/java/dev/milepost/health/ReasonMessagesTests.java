package dev.milepost.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Reasons are message codes with arguments; every code has an English message, and what
 * the evaluator produces renders to whole sentences.
 */
class ReasonMessagesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	final HealthEvaluator evaluator = new HealthEvaluator(HealthRules.defaults());

	@Test
	void everyCodeHasAMessage() {
		Object[] args = { 2, 3, 4, 5 }; // numbers: the count messages use choice formats
		for (String code : Reason.CODES) {
			assertThatNoException().as(code).isThrownBy(() -> English.MESSAGES.getMessage(code, args, Locale.ENGLISH));
		}
		for (Health health : Health.values()) {
			assertThat(English.MESSAGES.getMessage("health." + health.name(), null, Locale.ENGLISH))
				.isEqualTo(health.name());
		}
	}

	@Test
	void aReasonCarriesItsCodeAndArgumentsNotText() {
		MilestoneFacts slipped = new MilestoneFacts("Launch", TODAY.plusDays(5), TODAY.plusDays(25), null,
				MilestoneState.OPEN);
		ProjectFacts project = new ProjectFacts("P-1", "P", null, null, TODAY, List.of(slipped), List.of(), null);

		Reason reason = this.evaluator.project(project, TODAY).reasons().get(0);

		assertThat(reason.code()).isEqualTo(Reason.SLIP);
		assertThat(reason.args()).containsExactly(Reason.Phrase.of(Reason.MILESTONES, 1),
				Reason.Phrase.of(Reason.DAYS, 14L), new Reason.Names(List.of("Launch"), 0));
		assertThat(reason.source()).isNull();
		assertThat(reason.from("P-1").source()).isEqualTo("P-1");
		assertThat(English.text(reason.from("P-1"))).isEqualTo("P-1: 1 milestone slipped more than 14 days: Launch");
	}

	@Test
	void everyRuleRendersAsAWholeSentence() {
		List<MilestoneFacts> milestones = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			milestones
				.add(new MilestoneFacts("Slip " + i, TODAY.plusDays(1), TODAY.plusDays(30), null, MilestoneState.OPEN));
		}
		milestones.add(new MilestoneFacts("Late", TODAY.minusDays(20), TODAY.minusDays(20), null, MilestoneState.OPEN));
		milestones.add(new MilestoneFacts("Stuck", TODAY.plusDays(5), TODAY.plusDays(5), null, MilestoneState.BLOCKED));
		HealthOverride override = new HealthOverride(Health.GREEN, "Board accepted the delay", TODAY.plusDays(3));
		ProjectFacts overridden = new ProjectFacts("OV", "Overridden", null, null, TODAY, milestones.subList(0, 1),
				List.of(), override);
		ProjectFacts project = new ProjectFacts("P-1", "P", new BigDecimal("100"), new BigDecimal("130"),
				TODAY.minusDays(30), milestones, List.of(new RiskFacts("Vendor {exit}", 20, true)), null);
		ProgramFacts program = new ProgramFacts("PG", "Program", TODAY.minusDays(40), List.of(project, overridden),
				List.of(), null);

		ProgramHealth health = this.evaluator.program(program, TODAY);

		List<String> texts = health.reasons().stream().map(English::text).toList();
		assertThat(texts).contains(
				"P-1: 7 milestones slipped more than 14 days: Slip 1, Slip 2, Slip 3, Slip 4, Slip 5 and 2 more",
				"P-1: 1 milestone overdue: Late (20 days)", "P-1: 1 milestone blocked: Stuck",
				"P-1: Risk Vendor {exit} scores 20",
				"P-1: Over budget: spent 130% of budget with 0% of milestones done", "P-1: No update for 30 days",
				"No update for 40 days",
				"OV: Overridden to GREEN until 18 Jun 2026 (computed RED): Board accepted the delay");
		health.projects()
			.stream()
			.flatMap((p) -> p.milestones().stream())
			.flatMap((m) -> m.reasons().stream())
			.map(English::text)
			.forEach((text) -> assertThat(text).doesNotContain("health.").matches("[A-Z][^{}]*"));
	}

}
