package dev.milepost.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts milestones, forecast changes and risks straight into the tables for report
 * tests.
 */
public record ReportFixtures(JdbcClient jdbc) {

	/** Week 10 of 2026: Monday 2 March to Sunday 8 March. */
	public static final IsoWeek WEEK = IsoWeek.parse("2026-W10");

	public static final OffsetDateTime IN_WEEK = OffsetDateTime.parse("2026-03-04T10:00:00Z");

	public static final OffsetDateTime BEFORE_WEEK = OffsetDateTime.parse("2026-02-20T10:00:00Z");

	public long milestone(Project project, String name, LocalDate baseline, LocalDate forecast, LocalDate actual) {
		this.jdbc
			.sql("""
					insert into milestones (project_id, name, baseline_date, forecast_date, actual_date, status, created_at, updated_at)
					values (:p, :name, :baseline, :forecast, :actual, :status, :at, :at)""")
			.param("p", project.getId())
			.param("name", name)
			.param("baseline", baseline)
			.param("forecast", forecast)
			.param("actual", actual)
			.param("status", (actual != null) ? "DONE" : "IN_PROGRESS")
			.param("at", BEFORE_WEEK)
			.update();
		return this.jdbc.sql("select max(id) from milestones where project_id = :p")
			.param("p", project.getId())
			.query(Long.class)
			.single();
	}

	public void forecastChange(long milestoneId, LocalDate oldDate, LocalDate newDate, String reason,
			OffsetDateTime at) {
		this.jdbc
			.sql("""
					insert into milestone_date_changes (milestone_id, kind, old_date, new_date, reason, changed_at, changed_by)
					values (:m, 'FORECAST', :old, :new, :reason, :at, 'test-tpm')""")
			.param("m", milestoneId)
			.param("old", oldDate)
			.param("new", newDate)
			.param("reason", reason)
			.param("at", at)
			.update();
	}

	/**
	 * A published (or superseded) report row with the given snapshot JSON, as if stored
	 * at some time: lets a test shape a snapshot, e.g. one written before a field
	 * existed.
	 */
	void storedReport(Program program, String week, int versionNo, String status, String snapshot) {
		this.jdbc.sql("""
				insert into status_reports (program_id, iso_week, version_no, status, snapshot, published_by,
				published_at, created_at, updated_at)
				values (:p, :w, :v, :status, :snapshot, 'test-tpm', :at, :at, :at)""")
			.param("p", program.getId())
			.param("w", week)
			.param("v", versionNo)
			.param("status", status)
			.param("snapshot", snapshot)
			.param("at", BEFORE_WEEK)
			.update();
	}

	/** A minimal snapshot JSON as stored before previous-report fields existed. */
	static String oldSnapshot(String week, String health, String projectKey, String projectHealth) {
		return """
				{"programKey":"OLD","programName":"Old program","week":"%s","weekStart":"2026-02-23",
				"weekEnd":"2026-03-01","asOf":"2026-03-01","health":"%s","healthReasons":[],
				"projects":[{"key":"%s","name":"Old project","health":"%s","reasons":["late"]}],
				"completed":[],"dueSoon":[],"moved":[],"milestones":[],"topRisks":[],"changedRisks":[],
				"budget":[],"budgetTotal":{"projectKey":null,"name":null,"planned":0,"spent":0}}
				""".formatted(week, health, projectKey, projectHealth);
	}

	/**
	 * An OPEN risk of the project, or of the whole program when {@code project} is null.
	 */
	public void risk(Program program, Project project, String title, int probability, int impact, OffsetDateTime at) {
		this.jdbc.sql("""
				insert into risks (program_id, project_id, title, category, probability, impact, score, owner,
				response, status, raised_date, created_at, updated_at)
				values (:program, :project, :title, 'TECHNICAL', :p, :i, :score, 'Risk Owner', 'REDUCE', 'OPEN',
				:raised, :at, :at)""")
			.param("program", program.getId())
			.param("project", (project != null) ? project.getId() : null)
			.param("title", title)
			.param("p", probability)
			.param("i", impact)
			.param("score", probability * impact)
			.param("raised", at.toLocalDate())
			.param("at", at)
			.update();
	}

	/**
	 * The draft version the publish confirmation shows for the week: what a publish
	 * request must carry ({@code new} when the week has no draft).
	 */
	public String shownVersion(long programId, String week) {
		return this.jdbc
			.sql("select version from status_reports where program_id = ? and iso_week = ?" + " and status = 'DRAFT'")
			.params(programId, week)
			.query(Long.class)
			.optional()
			.map(String::valueOf)
			.orElse("new");
	}

}
