package dev.milepost.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.milepost.demo.DemoPortfolio.DateChangeRow;
import dev.milepost.demo.DemoPortfolio.MilestoneRow;
import dev.milepost.demo.DemoPortfolio.RiskRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator alone, without a database: deterministic output and the schema's
 * invariants on every day of a year (dates are relative to today, so weekends and month
 * ends move things).
 */
class DemoPortfolioGeneratorTests {

	private static final Instant NOW = Instant.parse("2026-03-18T10:15:30Z");

	@Test
	void sameDayGivesTheSamePortfolio() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		DemoPortfolio first = new DemoPortfolioGenerator(clock).generate(DemoScale.SMALL);
		DemoPortfolio second = new DemoPortfolioGenerator(clock).generate(DemoScale.SMALL);
		assertThat(second).isEqualTo(first);
	}

	@Test
	void datesFollowToday() {
		DemoPortfolio march = new DemoPortfolioGenerator(Clock.fixed(NOW, ZoneOffset.UTC)).generate(DemoScale.SMALL);
		DemoPortfolio june = new DemoPortfolioGenerator(Clock.fixed(NOW.plusSeconds(86_400L * 91), ZoneOffset.UTC))
			.generate(DemoScale.SMALL);
		assertThat(june.programs().get(0).startDate()).isEqualTo(march.programs().get(0).startDate().plusDays(91));
	}

	@Test
	void noDemoProgramKeyStartsWithTheTestDataPrefix() {
		DemoPortfolio portfolio = new DemoPortfolioGenerator(Clock.fixed(NOW, ZoneOffset.UTC))
			.generate(DemoScale.SMALL);
		assertThat(portfolio.programs()).allSatisfy((program) -> assertThat(program.key()).doesNotStartWith("T")
			.hasSizeLessThanOrEqualTo(10)
			.matches("[A-Z0-9]+"));
		assertThat(portfolio.projects())
			.allSatisfy((project) -> assertThat(project.key()).hasSizeLessThanOrEqualTo(10));
	}

	@Test
	void keepsTheSchemaRulesOnEveryDayOfTheYear() {
		for (int day = 0; day < 366; day += 3) {
			Instant now = NOW.plusSeconds(86_400L * day);
			for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("Pacific/Auckland"),
					ZoneId.of("America/Los_Angeles"))) {
				Clock clock = Clock.fixed(now, zone);
				assertInvariants(new DemoPortfolioGenerator(clock).generate(DemoScale.SMALL), clock);
			}
		}
	}

	static void assertInvariants(DemoPortfolio portfolio, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		String day = "on " + today + " in " + clock.getZone();

		assertThat(portfolio.programs()).as(day).hasSizeGreaterThanOrEqualTo(5).allSatisfy((p) -> {
			assertThat(p.targetEndDate()).isAfterOrEqualTo(p.startDate());
			assertThat(p.createdAt()).isBeforeOrEqualTo(p.updatedAt()).isBeforeOrEqualTo(now);
		});
		assertThat(portfolio.projects()).as(day).hasSizeGreaterThanOrEqualTo(15).allSatisfy((p) -> {
			assertThat(p.endDate()).isAfterOrEqualTo(p.startDate());
			assertThat(p.createdAt()).isBeforeOrEqualTo(now);
			assertThat(p.updatedAt()).isBeforeOrEqualTo(now);
		});
		assertThat(portfolio.milestones()).as(day).hasSizeGreaterThanOrEqualTo(80).allSatisfy((m) -> {
			if (m.status().equals("DONE")) {
				assertThat(m.actualDate()).isNotNull().isBeforeOrEqualTo(today);
			}
			else {
				assertThat(m.actualDate()).isNull();
			}
			assertThat(m.createdAt()).isBeforeOrEqualTo(m.updatedAt());
			assertThat(m.updatedAt()).isBeforeOrEqualTo(now);
		});
		Map<String, Long> statuses = portfolio.milestones()
			.stream()
			.collect(Collectors.groupingBy(MilestoneRow::status, Collectors.counting()));
		assertThat(statuses).as(day).containsKeys("DONE", "IN_PROGRESS", "NOT_STARTED", "BLOCKED", "CANCELLED");
		assertThat(portfolio.milestones()).as(day + ": slipped")
			.anyMatch((m) -> !isClosed(m) && m.forecastDate().isAfter(m.baselineDate())
					&& !m.forecastDate().isBefore(today));
		assertThat(portfolio.milestones()).as(day + ": overdue")
			.anyMatch((m) -> !isClosed(m) && m.forecastDate().isBefore(today));
		assertThat(portfolio.milestones()).as(day + ": done late")
			.anyMatch((m) -> m.status().equals("DONE") && m.actualDate().isAfter(m.baselineDate()));

		// history: starts with the first forecast, then a chain of moves ending at
		// today's dates
		Map<Integer, List<DateChangeRow>> history = portfolio.dateChanges()
			.stream()
			.collect(Collectors.groupingBy(DateChangeRow::milestoneRef));
		for (MilestoneRow m : portfolio.milestones()) {
			List<DateChangeRow> changes = history.get(m.ref());
			assertThat(changes).as(day + " " + m.name()).isNotEmpty();
			DateChangeRow first = changes.get(0);
			assertThat(first.kind()).isEqualTo("FORECAST");
			assertThat(first.oldDate()).isNull();
			assertThat(first.changedAt()).isEqualTo(m.createdAt());
			LocalDate forecast = first.newDate();
			LocalDate baseline = first.newDate();
			Instant previous = first.changedAt();
			for (DateChangeRow change : changes.subList(1, changes.size())) {
				assertThat(change.reason()).as(day + " " + m.name()).isNotBlank();
				assertThat(change.changedAt()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(now);
				previous = change.changedAt();
				if (change.kind().equals("FORECAST")) {
					assertThat(change.oldDate()).isEqualTo(forecast);
					forecast = change.newDate();
				}
				else {
					assertThat(change.oldDate()).isEqualTo(baseline);
					baseline = change.newDate();
				}
			}
			assertThat(forecast).as(day + " " + m.name()).isEqualTo(m.forecastDate());
			assertThat(baseline).as(day + " " + m.name()).isEqualTo(m.baselineDate());
		}
		assertThat(portfolio.dateChanges()).as(day)
			.filteredOn((c) -> c.kind().equals("BASELINE"))
			.hasSizeGreaterThanOrEqualTo(2);

		assertThat(portfolio.dependencies()).as(day).hasSizeGreaterThanOrEqualTo(10).allSatisfy((d) -> {
			MilestoneRow successor = portfolio.milestones().get(d.milestoneRef());
			MilestoneRow predecessor = portfolio.milestones().get(d.predecessorRef());
			assertThat(predecessor.projectKey() + predecessor.programKey())
				.isNotEqualTo(successor.projectKey() + successor.programKey());
			assertThat(predecessor.baselineDate()).isBefore(successor.baselineDate());
		});
		assertThat(portfolio.dependencies()).as(day + ": across programs")
			.anyMatch((d) -> !portfolio.milestones()
				.get(d.milestoneRef())
				.programKey()
				.equals(portfolio.milestones().get(d.predecessorRef()).programKey()));

		assertThat(portfolio.risks()).as(day).hasSizeGreaterThanOrEqualTo(30).allSatisfy((r) -> {
			assertThat(r.raisedDate()).isBeforeOrEqualTo(today);
			assertThat(r.createdAt()).isBeforeOrEqualTo(r.updatedAt()).isBeforeOrEqualTo(now);
		});
		assertThat(portfolio.risks().stream().map(RiskRow::score).collect(Collectors.toSet()))
			.containsAll(Set.of(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25));
		assertThat(portfolio.risks().stream().map(RiskRow::category).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("SCHEDULE", "SCOPE", "COST", "TECHNICAL", "RESOURCE", "EXTERNAL", "COMPLIANCE");
		assertThat(portfolio.risks().stream().map(RiskRow::status).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("OPEN", "MITIGATING", "CLOSED", "OCCURRED");

		assertThat(portfolio.stakeholders()).as(day).hasSizeGreaterThanOrEqualTo(25).allSatisfy((s) -> {
			assertThat(s.email()).isEqualTo(s.email().toLowerCase(java.util.Locale.ROOT)).endsWith("@example.com");
			assertThat(s.createdAt()).isBeforeOrEqualTo(s.updatedAt()).isBeforeOrEqualTo(now);
		});
		Map<String, Integer> emails = new HashMap<>();
		portfolio.stakeholders().forEach((s) -> emails.merge(s.email(), 1, Integer::sum));
		assertThat(emails.values()).allMatch((count) -> count == 1);
		assertThat(portfolio.programLinks()).anyMatch(DemoPortfolio.ProgramLinkRow::receivesWeeklyReport);
		assertThat(portfolio.projectLinks()).isNotEmpty();
	}

	private static boolean isClosed(MilestoneRow milestone) {
		return milestone.status().equals("DONE") || milestone.status().equals("CANCELLED");
	}

}
