package dev.milepost.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.milepost.demo.DemoPortfolio.DependencyRow;
import dev.milepost.demo.DemoPortfolio.MilestoneRow;
import dev.milepost.demo.DemoPortfolio.ProgramRow;
import dev.milepost.demo.DemoPortfolio.ProjectRow;
import dev.milepost.demo.DemoPortfolio.RiskRow;
import dev.milepost.demo.DemoPortfolio.StakeholderRow;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The medium, large and xlarge demo without a database: exact counts, unique keys and
 * e-mails, values the schema accepts, dependencies without cycles. Loading them is
 * measured by hand (see the README), never in the normal suite: they would be slow and
 * fill the shared test database.
 */
class DemoScaledPortfolioTests {

	private static final Instant NOW = Instant.parse("2026-03-18T10:15:30Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void mediumHasThePromisedCounts() {
		DemoPortfolio medium = new DemoPortfolioGenerator(CLOCK).generate(DemoScale.MEDIUM);
		assertThat(medium.programs()).hasSize(50);
		assertThat(medium.projects()).hasSize(500);
		assertThat(medium.milestones()).hasSize(5_000);
		assertThat(medium.risks()).hasSize(2_000);
		assertThat(medium.stakeholders()).hasSize(1_000);
		assertThat(medium.dateChanges()).hasSizeGreaterThan(5_000);
		assertThat(medium.dependencies()).hasSizeGreaterThan(150);
	}

	@Test
	void largeHasThePromisedCounts() {
		DemoPortfolio large = new DemoPortfolioGenerator(CLOCK).generate(DemoScale.LARGE);
		assertThat(large.programs()).hasSize(500);
		assertThat(large.projects()).hasSize(5_000);
		assertThat(large.milestones()).hasSize(50_000);
		assertThat(large.risks()).hasSize(20_000);
		assertThat(large.stakeholders()).hasSize(10_000);
		assertThat(large.dateChanges()).hasSizeGreaterThan(50_000);
		assertThat(large.programs().stream().map(ProgramRow::key).distinct()).hasSize(500);
		assertThat(large.stakeholders().stream().map(StakeholderRow::email).distinct()).hasSize(10_000);
	}

	@Test
	void xlargeHasThePromisedCountsAndTheDemoTpmOwnsAsManyProgramsAsAtLarge() {
		DemoPortfolio xlarge = new DemoPortfolioGenerator(CLOCK).generate(DemoScale.XLARGE);
		assertThat(xlarge.programs()).hasSize(5_000);
		assertThat(xlarge.projects()).hasSize(50_000);
		assertThat(xlarge.milestones()).hasSize(500_000);
		assertThat(xlarge.risks()).hasSize(200_000);
		assertThat(xlarge.stakeholders()).hasSize(100_000);
		assertThat(xlarge.programs().stream().map(ProgramRow::key).distinct()).hasSize(5_000);
		assertThat(xlarge.programs()).allSatisfy((p) -> assertThat(p.key()).hasSizeLessThanOrEqualTo(10));
		assertThat(xlarge.projects()).allSatisfy((p) -> assertThat(p.key()).hasSizeLessThanOrEqualTo(10));
		assertThat(xlarge.stakeholders().stream().map(StakeholderRow::email).distinct()).hasSize(100_000);
		// "my work" of the demo TPM is the same size at large and xlarge (the benchmark
		// compares them)
		long large = new DemoPortfolioGenerator(CLOCK).generate(DemoScale.LARGE)
			.programs()
			.stream()
			.filter(ProgramRow::ownedByDemoTpm)
			.count();
		assertThat(xlarge.programs().stream().filter(ProgramRow::ownedByDemoTpm).count()).isEqualTo(large);
	}

	@Test
	void xlargeIsNeverLoadedIntoH2() {
		DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:xlarge-refused;MODE=PostgreSQL", "sa",
				"");
		DemoDataLoader loader = new DemoDataLoader(new JdbcTemplate(h2), new DataSourceTransactionManager(h2), null,
				null, CLOCK, "xlarge", null, null);
		assertThat(loader.getScale()).isEqualTo(DemoScale.XLARGE);
		assertThatIllegalStateException().isThrownBy(() -> loader.load(DemoScale.XLARGE))
			.withMessageContaining("PostgreSQL only");
	}

	@Test
	void mediumIsTheSameEveryTimeOnTheSameDay() {
		assertThat(new DemoPortfolioGenerator(CLOCK).generate(DemoScale.MEDIUM))
			.isEqualTo(new DemoPortfolioGenerator(CLOCK).generate(DemoScale.MEDIUM));
	}

	@Test
	void mediumContainsTheSmallDemo() {
		DemoPortfolio small = new DemoPortfolioGenerator(CLOCK).generate(DemoScale.SMALL);
		DemoPortfolio medium = new DemoPortfolioGenerator(CLOCK).generate(DemoScale.MEDIUM);
		assertThat(medium.programs().stream().map(ProgramRow::key))
			.containsAll(small.programs().stream().map(ProgramRow::key).toList());
		assertThat(medium.stakeholders().stream().map(StakeholderRow::email))
			.containsAll(small.stakeholders().stream().map(StakeholderRow::email).toList());
	}

	@Test
	void mediumKeepsTheSchemaRulesOnDifferentDays() {
		for (int day = 0; day < 366; day += 61) {
			for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("Pacific/Auckland"))) {
				Clock clock = Clock.fixed(NOW.plusSeconds(86_400L * day), zone);
				DemoPortfolio medium = new DemoPortfolioGenerator(clock).generate(DemoScale.MEDIUM);
				DemoPortfolioGeneratorTests.assertInvariants(medium, clock);
				assertValid(medium, clock);
			}
		}
	}

	@Test
	void mediumHasTheMilestoneMixOfTheSmallDemo() {
		LocalDate today = LocalDate.now(CLOCK);
		Map<String, Double> small = shares(new DemoPortfolioGenerator(CLOCK).generate(DemoScale.SMALL), today);
		Map<String, Double> medium = shares(new DemoPortfolioGenerator(CLOCK).generate(DemoScale.MEDIUM), today);
		assertThat(medium.keySet()).containsAll(small.keySet());
		small.forEach((state, share) -> assertThat(medium.get(state)).as(state).isBetween(share / 3, share * 3 + 0.02));
	}

	@Test
	void ownersAreTheDemoTpmForSomeProgramsAndGeneratedTpmsForTheRest() {
		DemoPortfolio medium = new DemoPortfolioGenerator(CLOCK).generate(DemoScale.MEDIUM);
		assertThat(medium.programs()).anyMatch(ProgramRow::ownedByDemoTpm);
		List<ProgramRow> others = medium.programs().stream().filter((p) -> !p.ownedByDemoTpm()).toList();
		assertThat(others).hasSizeGreaterThan(medium.programs().size() / 2);
		assertThat(others.stream().map(ProgramRow::owner).distinct().count()).isGreaterThanOrEqualTo(5);
		Set<String> usernames = medium.programs()
			.stream()
			.map((p) -> DemoPortfolioWriter.username(p.owner()))
			.collect(Collectors.toSet());
		assertThat(usernames).noneMatch((u) -> Set.of("admin", "tpm", "leader").contains(u))
			.allSatisfy((u) -> assertThat(u).hasSizeLessThanOrEqualTo(60));
		assertThat(usernames).hasSize((int) medium.programs().stream().map(ProgramRow::owner).distinct().count());
	}

	@Test
	void scaleSettingIgnoresCase() {
		assertThat(DemoScale.parse("large")).isEqualTo(DemoScale.LARGE);
		assertThat(DemoScale.parse("XLarge")).isEqualTo(DemoScale.XLARGE);
		assertThat(DemoScale.parse(" Medium ")).isEqualTo(DemoScale.MEDIUM);
		assertThat(DemoScale.parse("")).isEqualTo(DemoScale.SMALL);
		assertThatIllegalArgumentException().isThrownBy(() -> DemoScale.parse("huge"))
			.withMessageContaining("small, medium, large or xlarge");
	}

	/**
	 * Keys, e-mails, lengths and allowed values of the schema; an acyclic dependency
	 * graph.
	 */
	private static void assertValid(DemoPortfolio portfolio, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		Set<String> programKeys = new HashSet<>();
		assertThat(portfolio.programs()).allSatisfy((p) -> {
			assertThat(programKeys.add(p.key())).as("unique " + p.key()).isTrue();
			assertThat(p.key()).matches("[A-Z][A-Z0-9]{1,9}").doesNotStartWith("T");
			assertThat(p.name()).hasSizeLessThanOrEqualTo(120);
			assertThat(p.description()).hasSizeLessThanOrEqualTo(4000);
			assertThat(p.objective()).hasSizeLessThanOrEqualTo(500);
			assertThat(p.status()).isIn("PROPOSED", "ACTIVE", "ON_HOLD", "COMPLETED", "CANCELLED");
			assertThat(p.budgetCurrency()).hasSize(3);
			assertThat(p.targetEndDate()).isAfterOrEqualTo(p.startDate());
			assertThat(p.budgetPlanned()).isNotNegative();
		});
		Set<String> projectKeys = new HashSet<>();
		assertThat(portfolio.projects()).allSatisfy((p) -> {
			assertThat(projectKeys.add(p.programKey() + "/" + p.key())).as("unique " + p.key()).isTrue();
			assertThat(programKeys).contains(p.programKey());
			assertThat(p.key()).hasSizeBetween(1, 10);
			assertThat(p.name()).hasSizeLessThanOrEqualTo(120);
			assertThat(p.lead()).hasSizeLessThanOrEqualTo(120);
			assertThat(p.phase()).isIn("INITIATING", "PLANNING", "EXECUTING", "CLOSING", "CLOSED");
			assertThat(p.endDate()).isAfterOrEqualTo(p.startDate());
			assertThat(p.budgetSpent()).isNotNegative();
		});
		Set<String> milestoneNames = new HashSet<>();
		assertThat(portfolio.milestones()).allSatisfy((m) -> {
			assertThat(milestoneNames.add(m.programKey() + "/" + m.projectKey() + "/" + m.name()))
				.as("unique in its project: " + m.name())
				.isTrue();
			assertThat(projectKeys).contains(m.programKey() + "/" + m.projectKey());
			assertThat(m.name()).hasSizeLessThanOrEqualTo(160);
			assertThat(m.status()).isIn("NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED", "CANCELLED");
			if (m.actualDate() != null) {
				assertThat(m.actualDate()).isBeforeOrEqualTo(today);
			}
		});
		assertThat(portfolio.dateChanges()).allSatisfy((c) -> {
			assertThat(c.kind()).isIn("FORECAST", "BASELINE");
			assertThat(c.changedBy()).hasSizeLessThanOrEqualTo(120);
			if (c.reason() != null) {
				assertThat(c.reason()).hasSizeLessThanOrEqualTo(500);
			}
		});
		assertThat(portfolio.risks()).allSatisfy((r) -> {
			assertThat(programKeys).contains(r.programKey());
			if (r.projectKey() != null) {
				assertThat(projectKeys).contains(r.programKey() + "/" + r.projectKey());
			}
			assertThat(r.title()).hasSizeLessThanOrEqualTo(160);
			assertThat(r.probability()).isBetween(1, 5);
			assertThat(r.impact()).isBetween(1, 5);
			assertThat(r.category()).isIn("SCHEDULE", "SCOPE", "COST", "TECHNICAL", "RESOURCE", "EXTERNAL",
					"COMPLIANCE");
			assertThat(r.response()).isIn("AVOID", "REDUCE", "TRANSFER", "ACCEPT");
			assertThat(r.status()).isIn("OPEN", "MITIGATING", "CLOSED", "OCCURRED");
			assertThat(r.raisedDate()).isBeforeOrEqualTo(today);
		});
		assertThat(portfolio.risks().stream().map(RiskRow::score).collect(Collectors.toSet()))
			.containsAll(Set.of(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25));
		Set<String> emails = new HashSet<>();
		assertThat(portfolio.stakeholders()).allSatisfy((s) -> {
			assertThat(emails.add(s.email())).as("unique " + s.email()).isTrue();
			assertThat(s.email()).matches("[a-z][a-z.]*@example\\.com");
			assertThat(s.name()).hasSizeLessThanOrEqualTo(120);
			assertThat(s.influence()).isIn("LOW", "MEDIUM", "HIGH");
			assertThat(s.interest()).isIn("LOW", "MEDIUM", "HIGH");
		});
		Set<String> programLinks = new HashSet<>();
		assertThat(portfolio.programLinks()).allSatisfy((l) -> {
			assertThat(programLinks.add(l.programKey() + " " + l.email())).isTrue();
			assertThat(emails).contains(l.email());
			assertThat(l.raciRole()).isIn("RESPONSIBLE", "ACCOUNTABLE", "CONSULTED", "INFORMED");
		});
		Set<String> projectLinks = new HashSet<>();
		assertThat(portfolio.projectLinks()).allSatisfy((l) -> {
			assertThat(projectLinks.add(l.programKey() + "/" + l.projectKey() + " " + l.email())).isTrue();
			assertThat(emails).contains(l.email());
			assertThat(l.raciRole()).isIn("RESPONSIBLE", "ACCOUNTABLE", "CONSULTED", "INFORMED");
		});
		Set<String> edges = new HashSet<>();
		assertThat(portfolio.dependencies()).allSatisfy((d) -> {
			assertThat(edges.add(d.milestoneRef() + ">" + d.predecessorRef())).isTrue();
			MilestoneRow successor = portfolio.milestones().get(d.milestoneRef());
			MilestoneRow predecessor = portfolio.milestones().get(d.predecessorRef());
			assertThat(predecessor.programKey() + "/" + predecessor.projectKey())
				.isNotEqualTo(successor.programKey() + "/" + successor.projectKey());
		});
		assertThat(portfolio.dependencies()).as("across programs")
			.anyMatch((d) -> !portfolio.milestones()
				.get(d.milestoneRef())
				.programKey()
				.equals(portfolio.milestones().get(d.predecessorRef()).programKey()));
		assertThat(hasCycle(portfolio.dependencies())).isFalse();
	}

	/**
	 * Kahn's algorithm: the graph is acyclic when every node can be taken in topological
	 * order.
	 */
	private static boolean hasCycle(List<DependencyRow> dependencies) {
		Map<Integer, Set<Integer>> successors = new HashMap<>();
		Map<Integer, Integer> incoming = new HashMap<>();
		for (DependencyRow d : dependencies) {
			if (successors.computeIfAbsent(d.predecessorRef(), (k) -> new HashSet<>()).add(d.milestoneRef())) {
				incoming.merge(d.milestoneRef(), 1, Integer::sum);
			}
			incoming.putIfAbsent(d.predecessorRef(), 0);
		}
		Deque<Integer> ready = new ArrayDeque<>();
		incoming.forEach((node, count) -> {
			if (count == 0) {
				ready.add(node);
			}
		});
		int taken = 0;
		while (!ready.isEmpty()) {
			int node = ready.poll();
			taken++;
			for (int next : successors.getOrDefault(node, Set.of())) {
				if (incoming.merge(next, -1, Integer::sum) == 0) {
					ready.add(next);
				}
			}
		}
		return taken < incoming.size();
	}

	/**
	 * Share of each milestone state as the dashboards see it: done, done late, on track,
	 * slipped, overdue...
	 */
	private static Map<String, Double> shares(DemoPortfolio portfolio, LocalDate today) {
		Map<String, Long> counts = portfolio.milestones().stream().collect(Collectors.groupingBy((m) -> {
			if (m.status().equals("DONE")) {
				return m.actualDate().isAfter(m.baselineDate()) ? "DONE_LATE" : "DONE";
			}
			if (m.status().equals("CANCELLED") || m.status().equals("BLOCKED")) {
				return m.status();
			}
			if (m.forecastDate().isBefore(today)) {
				return "OVERDUE";
			}
			return m.forecastDate().isAfter(m.baselineDate()) ? "SLIPPED" : "ON_TRACK";
		}, Collectors.counting()));
		Map<String, Double> shares = new HashMap<>();
		counts.forEach((state, count) -> shares.put(state, count / (double) portfolio.milestones().size()));
		return shares;
	}

}
