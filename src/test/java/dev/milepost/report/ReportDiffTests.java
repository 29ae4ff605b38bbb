package dev.milepost.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.milepost.report.ReportContent.BudgetLine;
import dev.milepost.report.ReportContent.MilestoneLine;
import dev.milepost.report.ReportContent.ProjectLine;
import dev.milepost.report.ReportContent.RiskLine;
import dev.milepost.report.ReportDiff.TextChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReportDiffTests {

	static final LocalDate D = LocalDate.of(2026, 3, 2);

	static ReportContent content(String week, String health, List<ProjectLine> projects, List<MilestoneLine> milestones,
			List<RiskLine> risks, List<BudgetLine> budget) {
		BigDecimal planned = budget.stream().map(BudgetLine::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal spent = budget.stream().map(BudgetLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new ReportContent("PAY", "Payments", week, D, D.plusDays(6), D.plusDays(6), health, List.of(), projects,
				List.of(), List.of(), List.of(), milestones, risks, List.of(), budget,
				new BudgetLine(null, null, planned, spent), null, null, null);
	}

	static ProjectLine project(String key, String health) {
		return new ProjectLine(key, key + " name", health, List.of(), null);
	}

	static MilestoneLine milestone(String project, String name, String status, LocalDate forecast, LocalDate actual) {
		return new MilestoneLine(project, name, status, D, forecast, actual, 0);
	}

	static RiskLine risk(String project, String title, int score) {
		return new RiskLine(project, title, score, "OPEN", "owner", false);
	}

	static BudgetLine budget(String project, int planned, int spent) {
		return new BudgetLine(project, project + " name", BigDecimal.valueOf(planned), BigDecimal.valueOf(spent));
	}

	@Test
	void identicalReportsHaveNoDifference() {
		ReportContent content = content("2026-W10", "GREEN", List.of(project("APP", "GREEN")),
				List.of(milestone("APP", "Beta", "IN_PROGRESS", D, null)), List.of(risk("APP", "Vendor", 12)),
				List.of(budget("APP", 100, 50)));
		Written written = new Written("Fine", null, null, null, null, null);

		ReportDiff diff = ReportDiff.between(content, written, content,
				new Written("Fine ", "", null, null, null, null));

		assertThat(diff.isEmpty()).isTrue();
		assertThat(diff.health().changed()).isFalse();
		assertThat(diff.texts()).isEmpty();
	}

	@Test
	void healthChangesOverallAndPerProjectIncludingProjectsThatCameOrWent() {
		ReportContent before = content("2026-W09", "AMBER",
				List.of(project("APP", "AMBER"), project("OLD", "RED"), project("SAME", "GREEN")), List.of(), List.of(),
				List.of());
		ReportContent after = content("2026-W10", "GREEN",
				List.of(project("APP", "GREEN"), project("SAME", "GREEN"), project("NEW", "GREEN")), List.of(),
				List.of(), List.of());

		ReportDiff diff = ReportDiff.between(before, Written.EMPTY, after, Written.EMPTY);

		assertThat(diff.health().before()).isEqualTo("AMBER");
		assertThat(diff.health().after()).isEqualTo("GREEN");
		assertThat(diff.health().changed()).isTrue();
		assertThat(diff.projects())
			.extracting(ReportDiff.ProjectChange::key, ReportDiff.ProjectChange::before,
					ReportDiff.ProjectChange::after, ReportDiff.ProjectChange::changed)
			.containsExactly(tuple("APP", "AMBER", "GREEN", true), tuple("SAME", "GREEN", "GREEN", false),
					tuple("NEW", null, "GREEN", true), tuple("OLD", "RED", null, true));
		assertThat(diff.isEmpty()).isFalse();
	}

	@Test
	void milestonesAreMatchedByProjectAndNameAndComparedOnForecastStatusAndActual() {
		LocalDate march10 = LocalDate.of(2026, 3, 10);
		LocalDate march17 = LocalDate.of(2026, 3, 17);
		ReportContent before = content("2026-W09", "GREEN", List.of(),
				List.of(milestone("APP", "Beta", "IN_PROGRESS", march10, null),
						milestone("APP", "Launch", "NOT_STARTED", march17, null),
						milestone("APP", "Design", "IN_PROGRESS", march10, null),
						milestone("WEB", "Beta", "IN_PROGRESS", march10, null),
						milestone("APP", "Dropped", "IN_PROGRESS", march10, null)),
				List.of(), List.of());
		ReportContent after = content("2026-W10", "GREEN", List.of(),
				List.of(milestone("APP", "Beta", "IN_PROGRESS", march17, null),
						milestone("APP", "Launch", "NOT_STARTED", march17, null),
						milestone("APP", "Design", "DONE", march10, march10),
						milestone("WEB", "Beta", "IN_PROGRESS", march10, null),
						milestone("WEB", "Added", "NOT_STARTED", march17, null)),
				List.of(), List.of());

		ReportDiff diff = ReportDiff.between(before, Written.EMPTY, after, Written.EMPTY);

		assertThat(diff.changedMilestones())
			.extracting(ReportDiff.MilestoneChange::projectKey, ReportDiff.MilestoneChange::name,
					ReportDiff.MilestoneChange::forecastChanged, ReportDiff.MilestoneChange::statusChanged,
					ReportDiff.MilestoneChange::actualChanged)
			.containsExactly(tuple("APP", "Beta", true, false, false), tuple("APP", "Design", false, true, true));
		assertThat(diff.changedMilestones().get(0).forecastDays()).isEqualTo(7);
		assertThat(diff.addedMilestones()).extracting(MilestoneLine::projectKey, MilestoneLine::name)
			.containsExactly(tuple("WEB", "Added"));
		assertThat(diff.removedMilestones()).extracting(MilestoneLine::projectKey, MilestoneLine::name)
			.containsExactly(tuple("APP", "Dropped"));
		assertThat(diff.milestonesUnchanged()).isFalse();
	}

	@Test
	void topRisksNewGoneAndRescored() {
		ReportContent before = content("2026-W09", "GREEN", List.of(), List.of(),
				List.of(risk("APP", "Vendor exit", 12), risk("APP", "Old", 9), risk(null, "Program wide", 6)),
				List.of());
		ReportContent after = content("2026-W10", "GREEN", List.of(), List.of(),
				List.of(risk("APP", "Vendor exit", 20), risk("WEB", "Fresh", 15), risk(null, "Program wide", 6)),
				List.of());

		ReportDiff diff = ReportDiff.between(before, Written.EMPTY, after, Written.EMPTY);

		assertThat(diff.newRisks()).extracting(RiskLine::title).containsExactly("Fresh");
		assertThat(diff.goneRisks()).extracting(RiskLine::title).containsExactly("Old");
		assertThat(diff.rescoredRisks()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("Vendor exit");
			assertThat(r.scoreBefore()).isEqualTo(12);
			assertThat(r.scoreAfter()).isEqualTo(20);
		});
	}

	@Test
	void budgetChangesPerProjectAndInTotal() {
		ReportContent before = content("2026-W09", "GREEN", List.of(), List.of(), List.of(),
				List.of(budget("APP", 1000, 400), budget("WEB", 500, 100)));
		ReportContent after = content("2026-W10", "GREEN", List.of(), List.of(), List.of(),
				List.of(budget("APP", 1000, 650),
						new BudgetLine("WEB", "WEB name", new BigDecimal("500.00"), new BigDecimal("100.0"))));

		ReportDiff diff = ReportDiff.between(before, Written.EMPTY, after, Written.EMPTY);

		assertThat(diff.budget()).extracting(ReportDiff.BudgetChange::projectKey, ReportDiff.BudgetChange::changed)
			.containsExactly(tuple("APP", true), tuple("WEB", false));
		assertThat(diff.budget().get(0).spentDelta()).isEqualByComparingTo("250");
		assertThat(diff.budgetTotal().spentDelta()).isEqualByComparingTo("250");
		assertThat(diff.budgetTotal().plannedDelta()).isEqualByComparingTo("0");
	}

	@Test
	void writtenSectionsThatChangedKeepOldAndNewText() {
		Written before = new Written("Old summary", "Same", null, "Need a decision", null, null);
		Written after = new Written("New summary\nline two", "Same", "Bad week", null, null, null);
		ReportContent content = content("2026-W10", "GREEN", List.of(), List.of(), List.of(), List.of());

		ReportDiff diff = ReportDiff.between(content, before, content, after);

		assertThat(diff.texts()).extracting(TextChange::section, TextChange::before, TextChange::after)
			.containsExactly(tuple("summary", "Old summary", "New summary\nline two"),
					tuple("lowlights", null, "Bad week"), tuple("asks", "Need a decision", null));
	}

	@Test
	void snapshotsWithoutListsCompareAsEmpty() {
		ReportContent empty = new ReportContent("PAY", "Payments", "2026-W09", D, D, D, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
		ReportContent after = content("2026-W10", "GREEN", List.of(project("APP", "GREEN")), List.of(), List.of(),
				List.of(budget("APP", 10, 5)));

		ReportDiff diff = ReportDiff.between(empty, null, after, Written.EMPTY);

		assertThat(diff.health().before()).isNull();
		assertThat(diff.projects()).singleElement().satisfies((p) -> assertThat(p.inBefore()).isFalse());
		assertThat(diff.budgetTotal().plannedBefore()).isNull();
		assertThat(diff.budgetTotal().spentDelta()).isEqualByComparingTo("5");
	}

	static ReportContent withRegister(ReportContent content, ReportContent.Register register) {
		return new ReportContent(content.programKey(), content.programName(), content.week(), content.weekStart(),
				content.weekEnd(), content.asOf(), content.health(), content.healthReasons(), content.projects(),
				content.completed(), content.dueSoon(), content.moved(), content.milestones(), content.topRisks(),
				content.changedRisks(), content.budget(), content.budgetTotal(), null, null, register);
	}

	static ReportContent.Register register(List<ReportContent.EscalationLine> escalations,
			List<ReportContent.ActionLine> actions) {
		return new ReportContent.Register(escalations, List.of(), List.of(), List.of(), actions, List.of());
	}

	@Test
	void registerLinesOnlyOneReportHasAreAddedOrRemoved() {
		ReportContent.EscalationLine kept = new ReportContent.EscalationLine(1, "APP", "Contractors", "HIGH", "Approve",
				"Ada", D.plusDays(3), false);
		ReportContent.EscalationLine gone = new ReportContent.EscalationLine(2, null, "Lab", "HIGH", "Book", "Ada",
				D.plusDays(1), true);
		ReportContent.EscalationLine renamed = new ReportContent.EscalationLine(1, "APP", "Contractors (2)", "HIGH",
				"Approve", "Ada", D.plusDays(3), false);
		ReportContent.ActionLine action = new ReportContent.ActionLine(5, null, "Call vendor", "Ann", D, false);
		ReportContent base = content("2026-W09", "GREEN", List.of(), List.of(), List.of(), List.of());
		ReportContent before = withRegister(base, register(List.of(kept, gone), List.of(action)));
		ReportContent after = withRegister(base, register(List.of(renamed), List.of(action)));

		ReportDiff diff = ReportDiff.between(before, Written.EMPTY, after, Written.EMPTY);

		assertThat(diff.register().escalations().added()).containsExactly(renamed);
		assertThat(diff.register().escalations().removed()).containsExactly(kept, gone);
		assertThat(diff.register().actions().unchanged()).isTrue();
		assertThat(diff.isEmpty()).isFalse();
		assertThat(ReportDiff.between(before, Written.EMPTY, before, Written.EMPTY).register().unchanged()).isTrue();
		// a snapshot stored before the register lists: nothing to compare them with
		assertThat(ReportDiff.between(base, Written.EMPTY, after, Written.EMPTY).register()).isNull();
	}

}
