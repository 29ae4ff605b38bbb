package dev.milepost.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.milepost.health.English.said;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HealthEvaluatorTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	final HealthEvaluator evaluator = new HealthEvaluator(HealthRules.defaults());

	@Test
	void emptyProjectIsGreenWithNoReasons() {
		ProjectHealth health = this.evaluator
			.project(new ProjectFacts("E-1", "Empty", null, null, null, null, null, null), TODAY);

		assertThat(health.computed()).isEqualTo(Health.GREEN);
		assertThat(health.effective()).isEqualTo(Health.GREEN);
		assertThat(health.reasons()).isEmpty();
		assertThat(health.milestones()).isEmpty();
		assertThat(health.isOverridden()).isFalse();
	}

	@Test
	void projectOnTrackIsGreenWithNoReasons() {
		ProjectFacts project = project(
				List.of(milestone("Design", 0, MilestoneState.DONE),
						new MilestoneFacts("Build", TODAY.plusDays(10), TODAY.plusDays(13), null, MilestoneState.OPEN)),
				List.of(risk("Minor", 14)));

		assertThat(this.evaluator.project(project, TODAY).reasons()).isEmpty();
	}

	@Nested
	class Slip {

		@Test
		void sevenDaysIsGreenEightIsAmber() {
			assertThat(reasonsOf(slipped("A", 7))).isEmpty();
			assertThat(said(reasonsOf(slipped("A", 8))))
				.containsExactly(said(Health.AMBER, HealthRule.SLIP, "1 milestone slipped more than 7 days: A"));
		}

		@Test
		void fourteenDaysIsAmberFifteenIsRed() {
			assertThat(healthOf(slipped("A", 14))).isEqualTo(Health.AMBER);
			assertThat(said(reasonsOf(slipped("A", 15))))
				.containsExactly(said(Health.RED, HealthRule.SLIP, "1 milestone slipped more than 14 days: A"));
		}

		@Test
		void namesTheWorstFirstAndSplitsRedFromAmber() {
			assertThat(sentencesOf(slipped("X", 20), slipped("Y", 30), slipped("Z", 9))).containsExactly(
					"2 milestones slipped more than 14 days: Y, X", "1 milestone slipped more than 7 days: Z");
		}

		@Test
		void namesAtMostFiveMilestones() {
			List<MilestoneFacts> milestones = new ArrayList<>();
			for (int i = 1; i <= 7; i++) {
				milestones.add(slipped("M" + i, 20));
			}

			assertThat(sentencesOf(milestones.toArray(MilestoneFacts[]::new)))
				.containsExactly("7 milestones slipped more than 14 days: M1, M2, M3, M4, M5 and 2 more");
		}

		@Test
		void finishedAndCancelledMilestonesDoNotCount() {
			MilestoneFacts doneLate = new MilestoneFacts("Done", TODAY.minusDays(40), TODAY.minusDays(20),
					TODAY.minusDays(20), MilestoneState.DONE);
			MilestoneFacts cancelled = new MilestoneFacts("Gone", TODAY, TODAY.plusDays(30), null,
					MilestoneState.CANCELLED);

			assertThat(reasonsOf(doneLate, cancelled)).isEmpty();
		}

	}

	@Nested
	class Overdue {

		@Test
		void dueTodayIsNotOverdue() {
			assertThat(reasonsOf(overdue("A", 0))).isEmpty();
		}

		@Test
		void oneOrTwoOverdueAreAmber() {
			assertThat(said(reasonsOf(overdue("A", 1))))
				.containsExactly(said(Health.AMBER, HealthRule.OVERDUE, "1 milestone overdue: A (1 day)"));
			assertThat(said(reasonsOf(overdue("A", 2), overdue("B", 5)))).containsExactly(
					said(Health.AMBER, HealthRule.OVERDUE, "2 milestones overdue: B (5 days), A (2 days)"));
		}

		@Test
		void threeOverdueAreRed() {
			assertThat(said(reasonsOf(overdue("A", 1), overdue("B", 1), overdue("C", 1)))).containsExactly(
					said(Health.RED, HealthRule.OVERDUE, "3 milestones overdue: A (1 day), B (1 day), C (1 day)"));
		}

		@Test
		void fourteenDaysOverdueIsAmberFifteenIsRed() {
			assertThat(healthOf(overdue("A", 14))).isEqualTo(Health.AMBER);
			assertThat(said(reasonsOf(overdue("A", 15))))
				.containsExactly(said(Health.RED, HealthRule.OVERDUE, "1 milestone overdue: A (15 days)"));
		}

		@Test
		void reachedMilestonesAreNotOverdue() {
			MilestoneFacts reached = new MilestoneFacts("A", TODAY.minusDays(30), TODAY.minusDays(30),
					TODAY.minusDays(29), MilestoneState.DONE);

			assertThat(reasonsOf(reached)).isEmpty();
		}

	}

	@Nested
	class Blocked {

		@Test
		void noneIsGreenOneIsAmberTwoAreRed() {
			assertThat(reasonsOf(milestone("A", 0, MilestoneState.OPEN))).isEmpty();
			assertThat(said(reasonsOf(blocked("A"))))
				.containsExactly(said(Health.AMBER, HealthRule.BLOCKED, "1 milestone blocked: A"));
			assertThat(said(reasonsOf(blocked("B"), blocked("A"))))
				.containsExactly(said(Health.RED, HealthRule.BLOCKED, "2 milestones blocked: A, B"));
		}

	}

	@Nested
	class Risks {

		@Test
		void scoresFourteenFifteenNineteenTwenty() {
			assertThat(risksOf(risk("R", 14))).isEmpty();
			assertThat(said(risksOf(risk("R", 15))))
				.containsExactly(said(Health.AMBER, HealthRule.RISK, "Risk R scores 15"));
			assertThat(said(risksOf(risk("R", 19))))
				.containsExactly(said(Health.AMBER, HealthRule.RISK, "Risk R scores 19"));
			assertThat(said(risksOf(risk("R", 20))))
				.containsExactly(said(Health.RED, HealthRule.RISK, "Risk R scores 20"));
		}

		@Test
		void risksNoLongerOpenDoNotCount() {
			assertThat(risksOf(closedRisk("Gone", 25), closedRisk("Happened", 25))).isEmpty();
		}

		@Test
		void highestScoreFirstThenByTitle() {
			assertThat(risksOf(risk("B", 16), risk("C", 25), risk("A", 16))).extracting(English::text)
				.containsExactly("Risk C scores 25", "Risk A scores 16", "Risk B scores 16");
		}

		private List<Reason> risksOf(RiskFacts... risks) {
			return HealthEvaluatorTests.this.evaluator.project(project(List.of(), List.of(risks)), TODAY).reasons();
		}

	}

	@Nested
	class Budget {

		// 10 milestones, 4 done: 40% done

		@Test
		void tenPointsAheadIsGreenElevenIsAmber() {
			assertThat(budgetReasons("50")).isEmpty();
			assertThat(said(budgetReasons("51"))).containsExactly(
					said(Health.AMBER, HealthRule.BUDGET, "Spent 51% of budget with 40% of milestones done"));
		}

		@Test
		void twentyFivePointsAheadIsAmberTwentySixIsRed() {
			assertThat(budgetReasons("65")).extracting(Reason::health).containsExactly(Health.AMBER);
			assertThat(budgetReasons("66")).extracting(Reason::health).containsExactly(Health.RED);
			assertThat(said(budgetReasons("80"))).containsExactly(
					said(Health.RED, HealthRule.BUDGET, "Spent 80% of budget with 40% of milestones done"));
		}

		@Test
		void overBudgetIsRedEvenWhenProgressKeepsUp() {
			List<MilestoneFacts> allDone = List.of(milestone("A", 0, MilestoneState.DONE));

			assertThat(budget("100", "100", allDone)).isEmpty();
			assertThat(said(budget("100", "100.50", allDone))).containsExactly(said(Health.RED, HealthRule.BUDGET,
					"Over budget: spent 101% of budget with 100% of milestones done"));
		}

		@Test
		void withoutMilestonesOnlyOverspendingCounts() {
			assertThat(budget("100", "99", List.of())).isEmpty();
			assertThat(said(budget("100", "120", List.of())))
				.containsExactly(said(Health.RED, HealthRule.BUDGET, "Over budget: spent 120% of budget"));
		}

		@Test
		void noPlannedBudgetMeansNoBudgetRule() {
			assertThat(budget(null, "500", List.of())).isEmpty();
			assertThat(budget("0", "500", List.of())).isEmpty();
		}

		@Test
		void cancelledMilestonesAreLeftOutOfProgress() {
			List<MilestoneFacts> milestones = List.of(milestone("A", 0, MilestoneState.DONE),
					milestone("B", 0, MilestoneState.OPEN), milestone("C", 0, MilestoneState.CANCELLED));

			assertThat(budget("100", "60", milestones)).isEmpty();
			assertThat(budget("100", "61", milestones)).extracting(English::text)
				.containsExactly("Spent 61% of budget with 50% of milestones done");
		}

		private List<Reason> budgetReasons(String spent) {
			List<MilestoneFacts> milestones = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				milestones.add(milestone("M" + i, 0, (i < 4) ? MilestoneState.DONE : MilestoneState.OPEN));
			}
			return budget("1000", new BigDecimal(spent).multiply(BigDecimal.TEN).toPlainString(), milestones);
		}

		private List<Reason> budget(String planned, String spent, List<MilestoneFacts> milestones) {
			ProjectFacts project = new ProjectFacts("P-1", "Project",
					(planned != null) ? new BigDecimal(planned) : null, new BigDecimal(spent), TODAY, milestones,
					List.of(), null);
			return HealthEvaluatorTests.this.evaluator.project(project, TODAY).reasons();
		}

	}

	@Nested
	class Staleness {

		@Test
		void thirteenDaysIsGreenFourteenIsAmber() {
			assertThat(staleness(13)).isEmpty();
			assertThat(said(staleness(14)))
				.containsExactly(said(Health.AMBER, HealthRule.STALENESS, "No update for 14 days"));
		}

		@Test
		void twentySevenDaysIsAmberTwentyEightIsRed() {
			assertThat(staleness(27)).extracting(Reason::health).containsExactly(Health.AMBER);
			assertThat(said(staleness(28)))
				.containsExactly(said(Health.RED, HealthRule.STALENESS, "No update for 28 days"));
		}

		@Test
		void unknownLastUpdateIsNotStale() {
			ProjectFacts project = new ProjectFacts("P-1", "Project", null, null, null, List.of(), List.of(), null);

			assertThat(HealthEvaluatorTests.this.evaluator.project(project, TODAY).reasons()).isEmpty();
		}

		@Test
		void appliesToProgramsToo() {
			ProgramFacts program = new ProgramFacts("PG", "Program", TODAY.minusDays(16), List.of(), List.of(), null);

			assertThat(said(HealthEvaluatorTests.this.evaluator.program(program, TODAY).reasons()))
				.containsExactly(said(Health.AMBER, HealthRule.STALENESS, "No update for 16 days"));
		}

		private List<Reason> staleness(int days) {
			ProjectFacts project = new ProjectFacts("P-1", "Project", null, null, TODAY.minusDays(days), List.of(),
					List.of(), null);
			return HealthEvaluatorTests.this.evaluator.project(project, TODAY).reasons();
		}

	}

	@Nested
	class Milestones {

		@Test
		void slipOverdueAndBlockedOfOneMilestone() {
			assertThat(milestoneHealth(slipped("A", 7)).health()).isEqualTo(Health.GREEN);
			assertThat(said(milestoneHealth(slipped("A", 8)).reasons()))
				.containsExactly(said(Health.AMBER, HealthRule.SLIP, "Slipped 8 days past its baseline"));
			assertThat(milestoneHealth(slipped("A", 15)).health()).isEqualTo(Health.RED);
			assertThat(said(milestoneHealth(overdue("A", 3)).reasons()))
				.containsExactly(said(Health.AMBER, HealthRule.OVERDUE, "Overdue by 3 days"));
			assertThat(milestoneHealth(overdue("A", 15)).health()).isEqualTo(Health.RED);
			assertThat(said(milestoneHealth(blocked("A")).reasons()))
				.containsExactly(said(Health.AMBER, HealthRule.BLOCKED, "Blocked"));
		}

		@Test
		void worstReasonFirst() {
			MilestoneFacts blockedAndSlipped = new MilestoneFacts("A", TODAY, TODAY.plusDays(20), null,
					MilestoneState.BLOCKED);

			assertThat(milestoneHealth(blockedAndSlipped).reasons()).extracting(English::text)
				.containsExactly("Slipped 20 days past its baseline", "Blocked");
		}

		@Test
		void projectCarriesItsMilestonesInOrder() {
			ProjectHealth project = HealthEvaluatorTests.this.evaluator
				.project(project(List.of(slipped("A", 20), blocked("B")), List.of()), TODAY);

			assertThat(project.milestones()).extracting((m) -> m.milestone().name(), MilestoneHealth::health)
				.containsExactly(tuple("A", Health.RED), tuple("B", Health.AMBER));
		}

		private MilestoneHealth milestoneHealth(MilestoneFacts milestone) {
			return HealthEvaluatorTests.this.evaluator.milestone(milestone, TODAY);
		}

	}

	@Test
	void projectReasonsWorstFirstThenInRuleOrder() {
		ProjectFacts project = new ProjectFacts("P-1", "Project", null, null, TODAY.minusDays(20),
				List.of(slipped("Late", 10)), List.of(risk("Vendor exit", 20)), null);

		ProjectHealth health = this.evaluator.project(project, TODAY);

		assertThat(health.computed()).isEqualTo(Health.RED);
		assertThat(health.reasons()).extracting(English::text)
			.containsExactly("Risk Vendor exit scores 20", "1 milestone slipped more than 7 days: Late",
					"No update for 20 days");
	}

	// helpers

	static MilestoneFacts milestone(String name, int slipDays, MilestoneState status) {
		LocalDate baseline = TODAY.plusDays(30);
		return new MilestoneFacts(name, baseline, baseline.plusDays(slipDays),
				(status == MilestoneState.DONE) ? TODAY : null, status);
	}

	static MilestoneFacts slipped(String name, int days) {
		return milestone(name, days, MilestoneState.OPEN);
	}

	static MilestoneFacts overdue(String name, int days) {
		LocalDate forecast = TODAY.minusDays(days);
		return new MilestoneFacts(name, forecast, forecast, null, MilestoneState.OPEN);
	}

	static MilestoneFacts blocked(String name) {
		return milestone(name, 0, MilestoneState.BLOCKED);
	}

	static RiskFacts risk(String title, int score) {
		return new RiskFacts(title, score, true);
	}

	static RiskFacts closedRisk(String title, int score) {
		return new RiskFacts(title, score, false);
	}

	static ProjectFacts project(List<MilestoneFacts> milestones, List<RiskFacts> risks) {
		return new ProjectFacts("P-1", "Project", null, null, TODAY, milestones, risks, null);
	}

	List<Reason> reasonsOf(MilestoneFacts... milestones) {
		return this.evaluator.project(project(List.of(milestones), List.of()), TODAY).reasons();
	}

	List<String> sentencesOf(MilestoneFacts... milestones) {
		return reasonsOf(milestones).stream().map(English::text).toList();
	}

	Health healthOf(MilestoneFacts... milestones) {
		return this.evaluator.project(project(List.of(milestones), List.of()), TODAY).computed();
	}

	@Test
	void doneMilestonesGivenAsACountDecideLikeListedOnes() {
		MilestoneFacts open = new MilestoneFacts("Open", TODAY.plusDays(10), TODAY.plusDays(10), null,
				MilestoneState.OPEN);
		MilestoneFacts done = milestone("Done", 0, MilestoneState.DONE);
		ProjectFacts listed = new ProjectFacts("P", "P", new BigDecimal("100"), new BigDecimal("90"), TODAY,
				List.of(open, done, done), List.of(), null);
		ProjectFacts counted = new ProjectFacts("P", "P", new BigDecimal("100"), new BigDecimal("90"), TODAY,
				List.of(open), List.of(), null, null, 2);

		ProjectHealth fromList = this.evaluator.project(listed, TODAY);
		ProjectHealth fromCount = this.evaluator.project(counted, TODAY);

		assertThat(fromCount.computed()).isEqualTo(fromList.computed()).isEqualTo(Health.AMBER);
		assertThat(fromCount.reasons()).isEqualTo(fromList.reasons());
		assertThat(English.text(fromCount.reasons().get(0)))
			.isEqualTo("Spent 90% of budget with 67% of milestones done");
	}

}
