package dev.milepost.report.digest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportFixtures;
import dev.milepost.security.Role;
import dev.milepost.security.User;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts what the digest and the weekly job read straight into the tables. */
record DigestFixtures(JdbcClient jdbc, TestData data) {

	/**
	 * A program of its own owner (with an e-mail address unless {@code email} is null).
	 */
	Program program(String email) {
		Program program = this.data.program();
		User owner = this.data.user("digest-" + program.getKey().toLowerCase(java.util.Locale.ROOT),
				"Owner of " + program.getKey(), Role.TPM);
		this.jdbc.sql("update users set email = :email where id = :id")
			.param("email", email)
			.param("id", owner.getId())
			.update();
		this.jdbc.sql("update programs set owner_id = :owner where id = :id")
			.param("owner", owner.getId())
			.param("id", program.getId())
			.update();
		return program;
	}

	long ownerId(Program program) {
		return this.jdbc.sql("select owner_id from programs where id = :id")
			.param("id", program.getId())
			.query(Long.class)
			.single();
	}

	/**
	 * An open risk of score {@code probability x impact}: 20 or more makes the program
	 * RED, 15 AMBER.
	 */
	void risk(Program program, Project project, String title, int probability, int impact) {
		reports().risk(program, project, title, probability, impact, OffsetDateTime.parse("2026-01-05T10:00:00Z"));
	}

	/** The program's effective health recorded for the week starting {@code monday}. */
	void snapshot(Program program, LocalDate monday, String effective) {
		this.jdbc.sql("""
				insert into health_snapshots (week_start, program_id, computed, effective, recorded_at)
				values (:week, :program, :health, :health, :now)""")
			.param("now", TestClock.runNowAtUtc())
			.param("week", monday)
			.param("program", program.getId())
			.param("health", effective)
			.update();
	}

	/** A report version of the week: DRAFT, or PUBLISHED / SUPERSEDED with a snapshot. */
	void report(Program program, IsoWeek week, int versionNo, String status, String asks) {
		boolean draft = status.equals("DRAFT");
		this.jdbc.sql("""
				insert into status_reports (program_id, iso_week, version_no, status, summary, asks, snapshot,
				published_by, published_at, version, created_at, updated_at)
				values (:p, :w, :v, :status, 'Summary', :asks, :snapshot, :by, :at, 0, :now,
				:now)""")
			.param("now", TestClock.runNowAtUtc())
			.param("p", program.getId())
			.param("w", week.toString())
			.param("v", versionNo)
			.param("status", status)
			.param("asks", asks)
			.param("snapshot", draft ? null : "{}")
			.param("by", draft ? null : "test-owner")
			.param("at", draft ? null : OffsetDateTime.parse("2026-01-05T10:00:00Z"))
			.update();
	}

	long milestone(Project project, String name, LocalDate date) {
		this.jdbc.sql("""
				insert into milestones (project_id, name, baseline_date, forecast_date, status, created_at, updated_at)
				values (:p, :name, :date, :date, 'IN_PROGRESS', :now, :now)""")
			.param("now", TestClock.runNowAtUtc())
			.param("p", project.getId())
			.param("name", name)
			.param("date", date)
			.update();
		return this.jdbc.sql("select max(id) from milestones where project_id = :p")
			.param("p", project.getId())
			.query(Long.class)
			.single();
	}

	void forecastChange(long milestoneId, LocalDate oldDate, LocalDate newDate, String reason, OffsetDateTime at) {
		reports().forecastChange(milestoneId, oldDate, newDate, reason, at);
	}

	private ReportFixtures reports() {
		return new ReportFixtures(this.jdbc);
	}

	/** Makes the cached portfolio health stale, as any recorded change does. */
	void touchHealth() {
		Program program = this.data.program();
		snapshot(program, LocalDate.of(2020, 1, 6), "GREEN");
	}

}
