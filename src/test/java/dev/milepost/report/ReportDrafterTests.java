package dev.milepost.report;

import java.time.LocalDate;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.milepost.report.ReportFixtures.BEFORE_WEEK;
import static dev.milepost.report.ReportFixtures.IN_WEEK;
import static dev.milepost.report.ReportFixtures.WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class ReportDrafterTests {

	@Autowired
	ReportDrafter drafter;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter counter;

	@Autowired
	JsonMapper json;

	@Autowired
	org.springframework.context.ApplicationContext context;

	ReportFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ReportFixtures(this.jdbc);
	}

	@Test
	void listsWhatWasCompletedIsDueAndMovedInTheWeek() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		this.fixtures.milestone(project, "Design signed off", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 4));
		this.fixtures.milestone(project, "Finished last week", LocalDate.of(2026, 2, 25), LocalDate.of(2026, 2, 25),
				LocalDate.of(2026, 2, 27));
		long beta = this.fixtures.milestone(project, "Beta", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17),
				null);
		this.fixtures.milestone(project, "Launch", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), null);
		this.fixtures.forecastChange(beta, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17), "Vendor late",
				IN_WEEK);
		this.fixtures.forecastChange(beta, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 10), "Earlier move",
				BEFORE_WEEK);
		this.fixtures.risk(program, project, "Vendor exit", 4, 5, IN_WEEK);
		this.fixtures.risk(program, project, "Old risk", 2, 2, BEFORE_WEEK);

		ReportContent content = this.drafter.draft(program.getId(), WEEK);

		assertThat(content.programKey()).isEqualTo(program.getKey());
		assertThat(content.weekStart()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(content.completed()).extracting(ReportContent.MilestoneLine::name)
			.containsExactly("Design signed off");
		assertThat(content.completed().get(0).varianceDays()).isEqualTo(2);
		// due within 14 days after Sunday 8 March: the 17th yes, 1 April no
		assertThat(content.dueSoon()).extracting(ReportContent.MilestoneLine::name).containsExactly("Beta");
		assertThat(content.moved()).singleElement().satisfies((move) -> {
			assertThat(move.milestone()).isEqualTo("Beta");
			assertThat(move.oldDate()).isEqualTo(LocalDate.of(2026, 3, 10));
			assertThat(move.newDate()).isEqualTo(LocalDate.of(2026, 3, 17));
			assertThat(move.days()).isEqualTo(7);
			assertThat(move.reason()).isEqualTo("Vendor late");
		});
		assertThat(content.milestones()).hasSize(4);
		assertThat(content.topRisks()).extracting(ReportContent.RiskLine::title)
			.containsExactly("Vendor exit", "Old risk");
		assertThat(content.changedRisks()).singleElement().satisfies((risk) -> {
			assertThat(risk.title()).isEqualTo("Vendor exit");
			assertThat(risk.created()).isTrue();
		});
		assertThat(content.noChanges()).isFalse();
		assertThat(content.health()).isNotNull();
		assertThat(content.projects()).extracting(ReportContent.ProjectLine::key).containsExactly(project.getKey());
	}

	@Test
	void aQuietWeekSaysThereWereNoChanges() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		long milestone = this.fixtures.milestone(project, "Far away", LocalDate.of(2026, 9, 1),
				LocalDate.of(2026, 9, 1), null);
		this.fixtures.forecastChange(milestone, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1), "Old news",
				BEFORE_WEEK);
		this.fixtures.risk(program, project, "Known risk", 3, 3, BEFORE_WEEK);

		ReportContent content = this.drafter.draft(program.getId(), WEEK);

		assertThat(content.noChanges()).isTrue();
		assertThat(content.completed()).isEmpty();
		assertThat(content.moved()).isEmpty();
		assertThat(content.changedRisks()).isEmpty();
		assertThat(content.topRisks()).extracting(ReportContent.RiskLine::title).containsExactly("Known risk");
	}

	@Test
	void recordsTheLatestPublishedReportOfAnEarlierWeek() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		Project added = this.data.project(program);
		this.fixtures.storedReport(program, "2026-W08", 1, "PUBLISHED",
				ReportFixtures.oldSnapshot("2026-W08", "GREEN", project.getKey(), "GREEN"));
		// week 9: version 1 was superseded by version 2, which is "the" report of week 9
		this.fixtures.storedReport(program, "2026-W09", 1, "SUPERSEDED",
				ReportFixtures.oldSnapshot("2026-W09", "GREEN", project.getKey(), "GREEN"));
		this.fixtures.storedReport(program, "2026-W09", 2, "PUBLISHED",
				ReportFixtures.oldSnapshot("2026-W09", "RED", project.getKey(), "AMBER"));
		// this week's and later weeks' reports are not earlier
		this.fixtures.storedReport(program, "2026-W10", 1, "PUBLISHED",
				ReportFixtures.oldSnapshot("2026-W10", "AMBER", project.getKey(), "RED"));
		this.fixtures.storedReport(program, "2026-W11", 1, "PUBLISHED",
				ReportFixtures.oldSnapshot("2026-W11", "AMBER", project.getKey(), "RED"));

		ReportContent content = this.drafter.draft(program.getId(), WEEK);

		assertThat(content.previousWeek()).isEqualTo("2026-W09");
		assertThat(content.previousHealth()).isEqualTo("RED");
		assertThat(content.projects())
			.extracting(ReportContent.ProjectLine::key, ReportContent.ProjectLine::previousHealth)
			.containsExactlyInAnyOrder(tuple(project.getKey(), "AMBER"), tuple(added.getKey(), null));
	}

	@Test
	void withoutAnEarlierPublishedReportThereIsNoPrevious() {
		Program program = this.data.program();
		this.data.project(program);
		this.fixtures.storedReport(program, "2026-W11", 1, "PUBLISHED",
				ReportFixtures.oldSnapshot("2026-W11", "AMBER", "X", "RED"));

		ReportContent content = this.drafter.draft(program.getId(), WEEK);

		assertThat(content.hasPrevious()).isFalse();
		assertThat(content.previousWeek()).isNull();
		assertThat(content.previousHealth()).isNull();
		assertThat(content.projects()).singleElement().satisfies((p) -> assertThat(p.previousHealth()).isNull());
	}

	@Test
	void aSnapshotStoredBeforeThePreviousFieldsExistedStillReads() {
		ReportContent old = this.json.readValue(ReportFixtures.oldSnapshot("2026-W08", "GREEN", "APP", "AMBER"),
				ReportContent.class);

		assertThat(old.health()).isEqualTo("GREEN");
		assertThat(old.previousWeek()).isNull();
		assertThat(old.previousHealth()).isNull();
		assertThat(old.hasPrevious()).isFalse();
		assertThat(old.projects()).singleElement().satisfies((p) -> {
			assertThat(p.health()).isEqualTo("AMBER");
			assertThat(p.previousHealth()).isNull();
		});
	}

	@Test
	void statementCountDoesNotGrowWithTheProgram() {
		Program small = this.data.program();
		this.fixtures.milestone(this.data.project(small), "Only", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3),
				null);
		Program big = this.data.program();
		for (int p = 0; p < 4; p++) {
			Project project = this.data.project(big);
			for (int m = 0; m < 6; m++) {
				long id = this.fixtures.milestone(project, "M" + m, LocalDate.of(2026, 3, 1 + m),
						LocalDate.of(2026, 3, 5 + m), (m % 2 == 0) ? LocalDate.of(2026, 3, 4) : null);
				this.fixtures.forecastChange(id, LocalDate.of(2026, 3, 1 + m), LocalDate.of(2026, 3, 5 + m), "moved",
						IN_WEEK);
			}
			this.fixtures.risk(big, project, "Risk " + p, 3, 4, IN_WEEK);
		}
		// and a register: escalations, decisions needed, actions due
		RegisterFixtures register = RegisterFixtures.of(this.context);
		Long cfo = register.stakeholder("Cleo Finance");
		for (int i = 0; i < 4; i++) {
			register.escalated(big, "Escalation " + i, "Ask " + i, cfo, LocalDate.of(2026, 3, 9),
					java.time.LocalDateTime.of(2026, 3, 3, 9, i));
			register.neededDecision(big, "Decision " + i, cfo, LocalDate.of(2026, 3, 12));
			register.action(big, "Action " + i, LocalDate.of(2026, 3, 6), dev.milepost.raid.ActionStatus.OPEN);
		}
		register.clock().reset();

		this.counter.reset();
		this.drafter.draft(small.getId(), WEEK);
		int smallCount = this.counter.count();
		this.counter.reset();
		ReportContent bigContent = this.drafter.draft(big.getId(), WEEK);
		int bigCount = this.counter.count();

		assertThat(bigContent.milestones()).hasSize(24);
		assertThat(bigContent.moved()).hasSize(24);
		assertThat(bigContent.register().escalations()).hasSize(4);
		assertThat(bigContent.register().actions()).hasSize(4);
		assertThat(smallCount).isPositive().isLessThanOrEqualTo(10);
		assertThat(bigCount).as("statements: %s", this.counter.statements()).isEqualTo(smallCount);
	}

}
