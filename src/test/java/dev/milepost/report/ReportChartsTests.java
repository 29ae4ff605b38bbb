package dev.milepost.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.milepost.report.ReportContent.BudgetLine;
import dev.milepost.report.ReportContent.MilestoneLine;
import dev.milepost.report.ReportContent.ProjectLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReportChartsTests {

	static final LocalDate D = LocalDate.of(2026, 3, 2);

	static ReportContent content(List<ProjectLine> projects, List<MilestoneLine> milestones, List<BudgetLine> budget) {
		return new ReportContent("PAY", "Payments", "2026-W10", D, D, D, "GREEN", List.of(), projects, List.of(),
				List.of(), List.of(), milestones, List.of(), List.of(), budget,
				new BudgetLine(null, null, BigDecimal.ZERO, BigDecimal.ZERO), null, null, null);
	}

	static MilestoneLine milestone(String name, String status, long variance) {
		return new MilestoneLine("APP", name, status, D, D.plusDays(variance), null, variance);
	}

	@Test
	void widthsAreRoundedToStepsOfFiveAndASmallValueStillShows() {
		assertThat(ReportCharts.widthClass(BigDecimal.valueOf(50), BigDecimal.valueOf(100))).isEqualTo("bar-w-50");
		assertThat(ReportCharts.widthClass(BigDecimal.valueOf(2), BigDecimal.valueOf(3))).isEqualTo("bar-w-65");
		assertThat(ReportCharts.widthClass(BigDecimal.valueOf(1), BigDecimal.valueOf(1000))).isEqualTo("bar-w-5");
		assertThat(ReportCharts.widthClass(BigDecimal.ZERO, BigDecimal.valueOf(1000))).isEqualTo("bar-w-0");
		assertThat(ReportCharts.widthClass(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("bar-w-0");
		assertThat(ReportCharts.widthClass(BigDecimal.valueOf(100), BigDecimal.valueOf(100))).isEqualTo("bar-w-100");
	}

	@Test
	void budgetBarsAreRelativeToTheLargestAmountAndFlagOverspending() {
		ReportCharts charts = ReportCharts.of(content(List.of(), List.of(),
				List.of(new BudgetLine("APP", "App", BigDecimal.valueOf(1000), BigDecimal.valueOf(500)),
						new BudgetLine("WEB", "Web", BigDecimal.valueOf(200), BigDecimal.valueOf(250)),
						new BudgetLine("OPS", "Ops", null, null))));

		assertThat(charts.hasBudget()).isTrue();
		assertThat(charts.budget())
			.extracting(ReportCharts.BudgetBar::projectKey, ReportCharts.BudgetBar::plannedWidth,
					ReportCharts.BudgetBar::spentWidth, ReportCharts.BudgetBar::over)
			.containsExactly(tuple("APP", "bar-w-100", "bar-w-50", false), tuple("WEB", "bar-w-20", "bar-w-25", true),
					tuple("OPS", "bar-w-0", "bar-w-0", false));
	}

	@Test
	void varianceShowsTheLargestLateAndEarlyMilestonesButNotCancelledOrOnTimeOnes() {
		List<MilestoneLine> milestones = new ArrayList<>(
				List.of(milestone("Late", "IN_PROGRESS", 20), milestone("Early", "IN_PROGRESS", -10),
						milestone("On time", "IN_PROGRESS", 0), milestone("Cancelled", "CANCELLED", 40)));
		for (int i = 1; i <= ReportCharts.MAX_VARIANCE_BARS; i++) {
			milestones.add(milestone("Slight " + i, "IN_PROGRESS", 1));
		}

		ReportCharts charts = ReportCharts.of(content(List.of(), milestones, List.of()));

		assertThat(charts.variance()).hasSize(ReportCharts.MAX_VARIANCE_BARS);
		assertThat(charts.variance().subList(0, 2))
			.extracting(ReportCharts.VarianceBar::name, ReportCharts.VarianceBar::late, ReportCharts.VarianceBar::width)
			.containsExactly(tuple("Late", true, "bar-w-100"), tuple("Early", false, "bar-w-50"));
		assertThat(charts.variance()).extracting(ReportCharts.VarianceBar::name).doesNotContain("On time", "Cancelled");
		assertThat(charts.moreVariance()).isEqualTo(2);
	}

	@Test
	void healthSegmentsCountProjectsAndFillTheStripExactly() {
		ReportCharts charts = ReportCharts.of(content(List.of(new ProjectLine("A", "A", "GREEN", List.of(), null),
				new ProjectLine("B", "B", "AMBER", List.of(), null), new ProjectLine("C", "C", "RED", List.of(), null)),
				List.of(), List.of()));

		assertThat(charts.projectCount()).isEqualTo(3);
		assertThat(charts.health())
			.extracting(ReportCharts.HealthSegment::health, ReportCharts.HealthSegment::count,
					ReportCharts.HealthSegment::width)
			.containsExactly(tuple("GREEN", 1, "bar-w-35"), tuple("AMBER", 1, "bar-w-35"), tuple("RED", 1, "bar-w-30"));

		ReportCharts allGreen = ReportCharts.of(content(List.of(new ProjectLine("A", "A", "GREEN", List.of(), null),
				new ProjectLine("B", "B", "GREEN", List.of(), null)), List.of(), List.of()));
		assertThat(allGreen.health()).extracting(ReportCharts.HealthSegment::width)
			.containsExactly("bar-w-100", "bar-w-0", "bar-w-0");
	}

}
