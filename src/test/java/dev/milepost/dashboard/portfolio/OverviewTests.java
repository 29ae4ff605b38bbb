package dev.milepost.dashboard.portfolio;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.milepost.IntegrationTest;
import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.dashboard.portfolio.PortfolioDashboardQuery.ProgramRow;
import dev.milepost.dashboard.portfolio.PortfolioDashboardQuery.Totals;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import dev.milepost.summary.ProgramSummaries;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class OverviewTests {

	@Autowired
	PortfolioDashboardQuery queries;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	dev.milepost.healthrecord.HealthBoard health;

	@Autowired
	TestData data;

	@Autowired
	ProjectService projects;

	@Autowired
	ProgramService programs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramSummaries summaries;

	@Autowired
	Clock clock;

	@Test
	void countsProjectsMilestonesAndOpenRisksOfAProgram() {
		LocalDate today = LocalDate.now(this.clock);
		Program program = this.data.program();
		Project project = this.data.project(program);
		Project archivedProject = this.data.project(program);
		this.projects.archive(archivedProject.getId());

		milestone(project, "DONE", today.minusDays(3), today.minusDays(2), false);
		milestone(project, "NOT_STARTED", today.minusDays(1), null, false); // overdue
		milestone(project, "IN_PROGRESS", today, null, false); // due today: not overdue
		milestone(project, "BLOCKED", today.plusDays(10), null, false);
		milestone(project, "CANCELLED", today.minusDays(5), null, false); // cancelled:
																			// never
																			// overdue
		milestone(project, "NOT_STARTED", today.minusDays(9), null, true); // archived:
																			// not counted
		milestone(archivedProject, "BLOCKED", today.minusDays(9), null, false); // archived
																				// project

		risk(program, "OPEN", 3, 4, false);
		risk(program, "MITIGATING", 4, 5, false);
		risk(program, "CLOSED", 5, 5, false);
		risk(program, "OCCURRED", 5, 5, false);
		risk(program, "OPEN", 5, 5, true);

		List<ProgramRow> rows = rows(null);

		ProgramRow row = row(rows, program);
		assertThat(row.key()).isEqualTo(program.getKey());
		assertThat(row.name()).isEqualTo(program.getName());
		assertThat(row.status()).isEqualTo(ProgramStatus.ACTIVE);
		assertThat(row.owner()).isEqualTo("Olivia Owner");
		assertThat(row.projects()).isEqualTo(1);
		assertThat(row.delivery().milestones()).isEqualTo(5);
		assertThat(row.delivery().done()).isEqualTo(1);
		assertThat(row.delivery().cancelled()).isEqualTo(1);
		assertThat(row.delivery().overdue()).isEqualTo(1);
		assertThat(row.delivery().blocked()).isEqualTo(1);
		assertThat(row.delivery().openRisks()).isEqualTo(2);
		assertThat(row.delivery().topRiskScore()).isEqualTo(20);
		assertThat(row.delivery().donePercent()).isEqualTo(25);

		Totals totals = Totals.of(this.health.portfolio().portfolio(),
				dev.milepost.summary.RiskCells.sum(this.summaries.current().values()).total());
		assertThat(totals.programs()).isEqualTo(rows.size());
		assertThat(totals.projects()).isEqualTo(rows.stream().mapToLong(ProgramRow::projects).sum());
		// open milestones (not done or cancelled) of live projects in live programs: done
		// ones are history
		assertThat(totals.openMilestones()).isEqualTo(this.jdbc
			.sql("""
					select count(*) from milestones m join projects j on j.id = m.project_id join programs g on g.id = j.program_id
					where m.archived = false and j.archived = false and g.archived = false
					  and m.status not in ('DONE', 'CANCELLED')""")
			.query(Long.class)
			.single());
		assertThat(totals.openRisks()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aProgramWithNothingHasZerosAndNoRiskScore() {
		Program program = this.data.program();
		ProgramRow row = row(rows(List.of(program.getId())), program);
		assertThat(row.projects()).isZero();
		assertThat(row.delivery().milestones()).isZero();
		assertThat(row.delivery().openRisks()).isZero();
		assertThat(row.delivery().topRiskScore()).isNull();
		assertThat(row.delivery().nextMilestoneId()).isNull();
		assertThat(row.delivery().onTimePercent()).isNull();
		assertThat(row.delivery().burnPercent()).isNull();
	}

	@Test
	void archivedProgramsAreLeftOut() {
		Program program = this.data.program();
		this.programs.archive(program.getId());
		assertThat(this.queries.programs(null, null, null)).noneMatch((r) -> r.id() == program.getId());
	}

	@Test
	void overviewPageShowsTheProgramRowAndTotals() {
		Program program = this.data.program();
		program.setObjective("Overview " + program.getKey());
		this.jdbc.sql("update programs set objective = :objective where id = :id")
			.param("objective", program.getObjective())
			.param("id", program.getId())
			.update();
		Project project = this.data.project(program);
		milestone(project, "BLOCKED", LocalDate.now(this.clock).minusDays(1), null, false);

		MvcTestResult result = this.mvc.get().uri("/?sort=key&objective={o}", program.getObjective()).exchange();

		assertThat(result).hasStatusOk();
		String html = body(result);
		assertThat(html).contains("Portfolio overview", "id=\"total-programs\"", "id=\"total-open-risks\"",
				"href=\"/programs/" + program.getId() + "\"", program.getName());
		String row = html.substring(html.indexOf("id=\"program-" + program.getId() + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).containsPattern("data-col=\"slipped\"[^>]*>0<");
		assertThat(row).contains("badge overdue", "Olivia Owner", LocalDate.now(this.clock).minusDays(1).toString());
	}

	/** Every program with the figures of all ({@code null}) or of some. */
	private List<ProgramRow> rows(List<Long> figuresOf) {
		Map<Long, PortfolioDashboardQuery.Figures> figures = this.queries.figures(figuresOf);
		return this.queries.programs(null, null, null)
			.stream()
			.map((item) -> ProgramRow.of(item, figures.get(item.id())))
			.toList();
	}

	private ProgramRow row(List<ProgramRow> rows, Program program) {
		return rows.stream().filter((r) -> r.id() == program.getId()).findFirst().orElseThrow();
	}

	private void milestone(Project project, String status, LocalDate forecast, LocalDate actual, boolean archived) {
		this.jdbc.sql("""
				insert into milestones (project_id, name, baseline_date, forecast_date, actual_date, status, archived,
				                        created_at, updated_at)
				values (:project, 'M', :forecast, :forecast, :actual, :status, :archived,
				        :now, :now)""")
			.param("now", TestClock.runNowAtUtc())
			.param("project", project.getId())
			.param("forecast", forecast)
			.param("actual", actual, java.sql.Types.DATE)
			.param("status", status)
			.param("archived", archived)
			.update();
		this.summaries.refreshProjects(List.of(project.getId()));
	}

	private void risk(Program program, String status, int probability, int impact, boolean archived) {
		this.jdbc.sql("""
				insert into risks (program_id, title, category, probability, impact, score, owner, response, status,
				                   raised_date, archived, created_at, updated_at)
				values (:program, 'R', 'TECHNICAL', :p, :i, :score, 'Ann', 'REDUCE', :status, :today, :archived,
				        :now, :now)""")
			.param("now", TestClock.runNowAtUtc())
			.param("today", TestClock.runToday())
			.param("program", program.getId())
			.param("p", probability)
			.param("i", impact)
			.param("score", probability * impact)
			.param("status", status)
			.param("archived", archived)
			.update();
		this.summaries.refresh(List.of(program.getId()));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
