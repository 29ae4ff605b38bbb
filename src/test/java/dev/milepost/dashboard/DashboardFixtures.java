package dev.milepost.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.milepost.TestClock;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.summary.ProgramSummaries;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Milestones, forecast changes, risks and budgets written straight to the tables, so that
 * a dashboard test controls every date and status (the services would stamp today and
 * check rules). Writes that move a program's kept summary refresh it, as anything that
 * writes outside the application must.
 */
@TestComponent
public class DashboardFixtures {

	private final JdbcClient jdbc;

	private final ProgramSummaries summaries;

	public DashboardFixtures(JdbcClient jdbc, ProgramSummaries summaries) {
		this.jdbc = jdbc;
		this.summaries = summaries;
	}

	/** A milestone; {@code actual} may be {@code null}. Returns its id. */
	public long milestone(Project project, String name, String status, LocalDate baseline, LocalDate forecast,
			LocalDate actual) {
		this.jdbc.sql("""
				insert into milestones (project_id, name, baseline_date, forecast_date, actual_date, status, archived,
				                        created_at, updated_at)
				values (:project, :name, :baseline, :forecast, :actual, :status, false,
				        :now, :now)""")
			.param("now", TestClock.runNowAtUtc())
			.param("project", project.getId())
			.param("name", name)
			.param("baseline", baseline)
			.param("forecast", forecast)
			.param("actual", actual, java.sql.Types.DATE)
			.param("status", status)
			.update();
		this.summaries.refreshProjects(List.of(project.getId()));
		return this.jdbc.sql("select max(id) from milestones where project_id = ? and name = ?")
			.params(project.getId(), name)
			.query(Long.class)
			.single();
	}

	/** A forecast change of the milestone made at {@code changedAt}. */
	public void forecastChange(long milestoneId, LocalDate oldDate, LocalDate newDate, String reason,
			OffsetDateTime changedAt) {
		this.jdbc
			.sql("""
					insert into milestone_date_changes (milestone_id, kind, old_date, new_date, reason, changed_at, changed_by)
					values (?, 'FORECAST', ?, ?, ?, ?, 'tester')""")
			.params(milestoneId, oldDate, newDate, reason, changedAt)
			.update();
	}

	/** A risk of the program ({@code project} may be {@code null}). Returns its id. */
	public long risk(Program program, Project project, String title, int probability, int impact, String status) {
		this.jdbc.sql("""
				insert into risks (program_id, project_id, title, category, probability, impact, score, owner, response,
				                   status, raised_date, archived, created_at, updated_at)
				values (:program, :project, :title, 'TECHNICAL', :p, :i, :score, 'Rita Risk', 'REDUCE', :status,
				        :today, false, :now, :now)""")
			.param("now", TestClock.runNowAtUtc())
			.param("today", TestClock.runToday())
			.param("program", program.getId())
			.param("project", (project != null) ? project.getId() : null, java.sql.Types.BIGINT)
			.param("title", title)
			.param("p", probability)
			.param("i", impact)
			.param("score", probability * impact)
			.param("status", status)
			.update();
		this.summaries.refresh(List.of(program.getId()));
		return this.jdbc.sql("select max(id) from risks where program_id = ? and title = ?")
			.params(program.getId(), title)
			.query(Long.class)
			.single();
	}

	public void budget(Project project, String planned, String spent) {
		this.jdbc.sql("update projects set budget_planned = ?, budget_spent = ? where id = ?")
			.params((planned != null) ? new BigDecimal(planned) : null, (spent != null) ? new BigDecimal(spent) : null,
					project.getId())
			.update();
		this.summaries.refreshProjects(List.of(project.getId()));
	}

	public void objective(Program program, String objective) {
		this.jdbc.sql("update programs set objective = ? where id = ?").params(objective, program.getId()).update();
	}

	public void status(Program program, String status) {
		this.jdbc.sql("update programs set status = ? where id = ?").params(status, program.getId()).update();
	}

	public void owner(Program program, dev.milepost.security.User owner) {
		this.jdbc.sql("update programs set owner_id = ? where id = ?").params(owner.getId(), program.getId()).update();
	}

	public void archive(Project project) {
		this.jdbc.sql("update projects set archived = true where id = ?").params(project.getId()).update();
		this.summaries.refreshProjects(List.of(project.getId()));
	}

}
