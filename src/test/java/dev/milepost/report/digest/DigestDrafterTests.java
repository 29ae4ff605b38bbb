package dev.milepost.report.digest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.digest.DigestContent.HealthGroup;
import dev.milepost.report.digest.DigestContent.ProgramLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest's sections, each from data inserted for the test (the database is shared
 * with other test classes, so assertions look at this test's programs only), and its
 * statement count, which must not grow with the number of programs.
 */
@IntegrationTest
class DigestDrafterTests {

	/** Monday 12 May to Sunday 18 May 2025. */
	static final IsoWeek WEEK = IsoWeek.parse("2025-W20");

	static final OffsetDateTime IN_WEEK = OffsetDateTime.parse("2025-05-14T10:00:00Z");

	@Autowired
	DigestDrafter drafter;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter counter;

	DigestFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.portfolio.clean();
		this.fixtures = new DigestFixtures(this.jdbc, this.data);
	}

	@Test
	void groupsProgramsByHealthWithTheirReasonsAndListsTheChangesOfTheWeek() {
		Program red = this.data.program();
		Project redProject = this.data.project(red);
		this.fixtures.risk(red, redProject, "Vendor exit " + red.getKey(), 5, 5);
		Program amber = this.data.program();
		this.fixtures.risk(amber, this.data.project(amber), "Key person " + amber.getKey(), 3, 5);
		Program green = this.data.program();
		this.data.project(green);
		// recorded at the start of the week: red was GREEN, amber was AMBER already,
		// green has no record
		this.fixtures.snapshot(red, WEEK.monday(), "GREEN");
		this.fixtures.snapshot(amber, WEEK.monday().minusWeeks(1), "GREEN");
		this.fixtures.snapshot(amber, WEEK.monday(), "AMBER");
		// a record after the week's start is not "the start of the week"
		this.fixtures.snapshot(green, WEEK.next().monday(), "RED");
		Program crowded = this.data.program();
		Project crowdedProject = this.data.project(crowded);
		for (int i = 1; i <= DigestDrafter.REASONS_SHOWN + 2; i++) {
			this.fixtures.risk(crowded, crowdedProject, "Risk " + i + " of " + crowded.getKey(), 4, 5);
		}
		this.fixtures.touchHealth();

		DigestContent content = this.drafter.draft(WEEK);

		assertThat(content.week()).isEqualTo("2025-W20");
		assertThat(content.weekStart()).isEqualTo(LocalDate.of(2025, 5, 12));
		assertThat(content.weekEnd()).isEqualTo(LocalDate.of(2025, 5, 18));
		assertThat(content.groups()).extracting(HealthGroup::health).containsExactly("RED", "AMBER", "GREEN");
		assertThat(line(content, red)).satisfies((line) -> {
			assertThat(line.health()).isEqualTo("RED");
			assertThat(line.reasons())
				.anySatisfy((reason) -> assertThat(reason).contains("Vendor exit " + red.getKey()).contains("25"));
		});
		assertThat(line(content, amber)).satisfies((line) -> {
			assertThat(line.health()).isEqualTo("AMBER");
			assertThat(line.reasons())
				.anySatisfy((reason) -> assertThat(reason).contains("Key person " + amber.getKey()));
		});
		assertThat(line(content, green)).satisfies((line) -> {
			assertThat(line.health()).isEqualTo("GREEN");
			assertThat(line.reasons()).isEmpty();
		});
		assertThat(line(content, crowded)).satisfies((line) -> {
			assertThat(line.reasons()).hasSize(DigestDrafter.REASONS_SHOWN);
			assertThat(line.moreReasons()).isEqualTo(2);
		});
		assertThat(content.healthChanges()).filteredOn((c) -> isOneOf(c.program().key(), red, amber, green))
			.singleElement()
			.satisfies((change) -> {
				assertThat(change.program().key()).isEqualTo(red.getKey());
				assertThat(change.was()).isEqualTo("GREEN");
				assertThat(change.now()).isEqualTo("RED");
				assertThat(change.worse()).isTrue();
			});
		// the portfolio's top risks: the 25 is among them, with its program
		assertThat(content.topRisks()).anySatisfy((risk) -> {
			assertThat(risk.title()).isEqualTo("Vendor exit " + red.getKey());
			assertThat(risk.program().key()).isEqualTo(red.getKey());
			assertThat(risk.projectKey()).isEqualTo(redProject.getKey());
			assertThat(risk.score()).isEqualTo(25);
		});
	}

	@Test
	void listsTheAsksOfPublishedReportsAndTheProgramsWithoutOne() {
		Program asking = this.data.program();
		Program corrected = this.data.program();
		Program saysNone = this.data.program();
		Program drafting = this.data.program();
		Program silent = this.data.program();
		this.fixtures.report(asking, WEEK, 1, "PUBLISHED", "Decide on the vendor by Friday");
		this.fixtures.report(corrected, WEEK, 1, "SUPERSEDED", "Old ask");
		this.fixtures.report(corrected, WEEK, 2, "PUBLISHED", "Corrected ask");
		this.fixtures.report(saysNone, WEEK, 1, "PUBLISHED", " None. ");
		this.fixtures.report(drafting, WEEK, 1, "DRAFT", "Draft ask, not published");
		this.fixtures.report(silent, WEEK.previous(), 1, "PUBLISHED", "Last week's ask");

		DigestContent content = this.drafter.draft(WEEK);

		List<Program> mine = List.of(asking, corrected, saysNone, drafting, silent);
		assertThat(content.asks()).filteredOn((a) -> isOneOf(a.program().key(), mine.toArray(Program[]::new)))
			.extracting((a) -> a.program().key() + ": " + a.text() + " (v" + a.versionNo() + ")")
			.containsExactly(asking.getKey() + ": Decide on the vendor by Friday (v1)",
					corrected.getKey() + ": Corrected ask (v2)");
		assertThat(content.withoutReport()).filteredOn((p) -> isOneOf(p.key(), mine.toArray(Program[]::new)))
			.extracting(DigestContent.ProgramRef::key)
			.containsExactly(drafting.getKey(), silent.getKey());
	}

	@Test
	void listsTheForecastsThatMovedLaterDuringTheWeek() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		long beta = this.fixtures.milestone(project, "Beta " + program.getKey(), LocalDate.of(2025, 6, 1));
		this.fixtures.forecastChange(beta, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 15), "Vendor late", IN_WEEK);
		// earlier: not a slip; before and after the week: not this week's
		this.fixtures.forecastChange(beta, LocalDate.of(2025, 6, 15), LocalDate.of(2025, 6, 10), "Caught up", IN_WEEK);
		this.fixtures.forecastChange(beta, LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 1), "Before",
				IN_WEEK.minusDays(7));
		this.fixtures.forecastChange(beta, LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 30), "After",
				IN_WEEK.plusDays(7));

		DigestContent content = this.drafter.draft(WEEK);

		assertThat(content.slipped()).filteredOn((s) -> s.program().key().equals(program.getKey()))
			.singleElement()
			.satisfies((slip) -> {
				assertThat(slip.projectKey()).isEqualTo(project.getKey());
				assertThat(slip.milestone()).isEqualTo("Beta " + program.getKey());
				assertThat(slip.oldDate()).isEqualTo(LocalDate.of(2025, 6, 1));
				assertThat(slip.newDate()).isEqualTo(LocalDate.of(2025, 6, 15));
				assertThat(slip.days()).isEqualTo(14);
				assertThat(slip.reason()).isEqualTo("Vendor late");
			});
		assertThat(content.slippedTotal()).isGreaterThanOrEqualTo(content.slipped().size());
	}

	@Test
	void statementsDoNotGrowWithTheNumberOfPrograms() {
		addPrograms(2);
		this.fixtures.touchHealth();
		this.counter.reset();
		DigestContent small = this.drafter.draft(WEEK);
		int smallCount = this.counter.count();
		List<String> smallStatements = this.counter.statements();

		addPrograms(20);
		this.fixtures.touchHealth();
		this.counter.reset();
		DigestContent big = this.drafter.draft(WEEK);
		int bigCount = this.counter.count();

		// the twenty added and the one more that touchHealth() creates to change the
		// health version
		assertThat(big.programCount()).isEqualTo(small.programCount() + 21);
		assertThat(bigCount).as("statements: %s", this.counter.statements()).isEqualTo(smallCount);
		// health (4 while recomputed), top risks, what is asked of leadership (one for
		// the register's escalations and decisions) and the three projections
		assertThat(smallCount).as("statements: %s", smallStatements).isLessThanOrEqualTo(9);
		System.out.println("Digest draft: " + smallCount + " statements for " + small.programCount() + " and for "
				+ big.programCount() + " programs");
	}

	/**
	 * Programs with everything the digest reads: a red risk, a slip, a published ask and
	 * a health record.
	 */
	private void addPrograms(int count) {
		for (int i = 0; i < count; i++) {
			Program program = this.data.program();
			Project project = this.data.project(program);
			this.fixtures.risk(program, project, "Risk " + program.getKey(), 4, 5);
			long milestone = this.fixtures.milestone(project, "M " + program.getKey(), LocalDate.of(2025, 6, 1));
			this.fixtures.forecastChange(milestone, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 8), "Late",
					IN_WEEK);
			this.fixtures.report(program, WEEK, 1, "PUBLISHED", "Ask of " + program.getKey());
			this.fixtures.snapshot(program, WEEK.monday(), "GREEN");
		}
	}

	private static ProgramLine line(DigestContent content, Program program) {
		return content.groups()
			.stream()
			.flatMap((group) -> group.programs().stream())
			.filter((line) -> line.program().key().equals(program.getKey()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(program.getKey() + " is not in the digest"));
	}

	private static boolean isOneOf(String key, Program... programs) {
		for (Program program : programs) {
			if (program.getKey().equals(key)) {
				return true;
			}
		}
		return false;
	}

}
