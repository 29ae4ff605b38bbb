package dev.milepost.report.mail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import dev.milepost.report.ReportContent;
import dev.milepost.report.ReportContent.BudgetLine;
import dev.milepost.report.ReportContent.ProjectLine;
import dev.milepost.report.Written;

/**
 * What the report mail templates print beyond the stored content: the written sections as
 * blocks, and the charts as numbers (percent widths of HTML bars, since mail clients show no SVG).
 *
 * @param healthBar projects per health, each with its share of the bar
 * @param budgetBars per project with a budget, planned and spent as a share of the largest figure
 * @param asksNone whether the asks section is empty (then it says "None")
 */
record ReportMailView(List<MailText.Block> summary, List<MailText.Block> highlights,
		List<MailText.Block> lowlights, List<MailText.Block> asks, List<MailText.Block> decisions,
		List<MailText.Block> nextSteps, List<HealthShare> healthBar, List<BudgetBar> budgetBars, boolean asksNone) {

	static ReportMailView of(ReportContent content, Written written) {
		return new ReportMailView(MailText.blocks(written.summary()), MailText.blocks(written.highlights()),
				MailText.blocks(written.lowlights()), MailText.blocks(written.asks()),
				MailText.blocks(written.decisions()), MailText.blocks(written.nextSteps()), healthBar(content),
				budgetBars(content), MailText.blocks(written.asks()).isEmpty());
	}

	private static List<HealthShare> healthBar(ReportContent content) {
		List<HealthShare> shares = new ArrayList<>();
		int total = content.projects().size();
		if (total == 0) {
			return shares;
		}
		for (String health : List.of("GREEN", "AMBER", "RED")) {
			long count = content.projects().stream().map(ProjectLine::health).filter(health::equals).count();
			if (count > 0) {
				shares.add(new HealthShare(health, count, (int) Math.max(1, Math.round(100.0 * count / total))));
			}
		}
		return shares;
	}

	private static List<BudgetBar> budgetBars(ReportContent content) {
		BigDecimal max = BigDecimal.ZERO;
		for (BudgetLine line : content.budget()) {
			max = max.max(orZero(line.planned())).max(orZero(line.spent()));
		}
		List<BudgetBar> bars = new ArrayList<>();
		for (BudgetLine line : content.budget()) {
			if (line.planned() == null && line.spent() == null) {
				continue;
			}
			bars.add(new BudgetBar(line.projectKey(), line.name(), line.planned(), line.spent(),
					percent(line.planned(), max), percent(line.spent(), max),
					line.planned() != null && orZero(line.spent()).compareTo(line.planned()) > 0));
		}
		return bars;
	}

	private static int percent(BigDecimal value, BigDecimal max) {
		if (value == null || max.signum() == 0 || value.signum() <= 0) {
			return 0;
		}
		return Math.max(1, value.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue());
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

	/** @param percent share of the bar, at least 1 */
	record HealthShare(String health, long count, int percent) {
	}

	/** @param overspent spent more than planned */
	record BudgetBar(String projectKey, String name, BigDecimal planned, BigDecimal spent, int plannedPercent,
			int spentPercent, boolean overspent) {
	}

}
