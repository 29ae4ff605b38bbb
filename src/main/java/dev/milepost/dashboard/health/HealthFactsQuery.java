package dev.milepost.dashboard.health;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.health.MilestoneFacts;
import dev.milepost.health.ProgramFacts;
import dev.milepost.health.ProjectFacts;
import dev.milepost.health.RiskFacts;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.risk.RiskStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the health facts of all programs that are not archived, or of one program, in three SQL
 * statements whatever the size: programs with their projects, their milestones, their risks.
 * Archived projects, milestones and risks are left out.
 *
 * <p>
 * "Last updated" is the latest {@code updated_at} of a project and of its milestones and risks;
 * a program's is the latest of its own record, its projects' and its program-level risks' (a
 * program is stale only when nothing in it moved). No overrides yet: they need a table.
 */
@Component
@Transactional(readOnly = true)
public class HealthFactsQuery {

	private static final String PROJECTS = """
			select p.id as program_id, p.program_key, p.name as program_name, p.updated_at as program_updated,
			       j.id as project_id, j.project_key, j.name as project_name, j.budget_planned, j.budget_spent,
			       j.updated_at as project_updated
			from programs p
			left join projects j on j.program_id = p.id and j.archived = false
			where %s
			order by p.program_key, j.project_key
			""";

	private static final String MILESTONES = """
			select m.project_id, m.name, m.baseline_date, m.forecast_date, m.actual_date, m.status, m.updated_at
			from milestones m
			join projects j on j.id = m.project_id
			join programs p on p.id = j.program_id
			where m.archived = false and j.archived = false and %s
			order by m.forecast_date, m.id
			""";

	private static final String RISKS = """
			select r.program_id, r.project_id, r.title, r.score, r.status, r.updated_at
			from risks r
			join programs p on p.id = r.program_id
			where r.archived = false and %s
			order by r.id
			""";

	private static final String ALL = "p.archived = false";

	private static final String ONE = "p.id = :programId";

	private final JdbcClient jdbc;

	private final Clock clock;

	public HealthFactsQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every program that is not archived, ordered by key. */
	public List<ProgramFacts> portfolio() {
		return read(ALL, null);
	}

	/** One program (archived or not), or an empty list if there is no such program. */
	public List<ProgramFacts> program(long programId) {
		return read(ONE, programId);
	}

	private List<ProgramFacts> read(String where, Long programId) {
		Map<Long, ProgramRow> programs = new LinkedHashMap<>();
		Map<Long, ProjectRow> projects = new LinkedHashMap<>();
		statement(PROJECTS, where, programId).query((rs) -> {
			long id = rs.getLong("program_id");
			ProgramRow program = programs.get(id);
			if (program == null) {
				program = new ProgramRow(rs.getString("program_key"), rs.getString("program_name"),
						day(rs, "program_updated"));
				programs.put(id, program);
			}
			long projectId = rs.getLong("project_id");
			if (!rs.wasNull()) {
				ProjectRow project = new ProjectRow(rs.getString("project_key"), rs.getString("project_name"),
						rs.getBigDecimal("budget_planned"), rs.getBigDecimal("budget_spent"),
						day(rs, "project_updated"));
				projects.put(projectId, project);
				program.projects.add(project);
			}
		});
		if (programs.isEmpty()) {
			return List.of();
		}
		statement(MILESTONES, where, programId).query((rs) -> {
			ProjectRow project = projects.get(rs.getLong("project_id"));
			if (project != null) {
				project.milestones.add(new MilestoneFacts(rs.getString("name"), date(rs, "baseline_date"),
						date(rs, "forecast_date"), date(rs, "actual_date"),
						MilestoneStatus.valueOf(rs.getString("status"))));
				project.touched(day(rs, "updated_at"));
			}
		});
		statement(RISKS, where, programId).query((rs) -> {
			RiskFacts risk = new RiskFacts(rs.getString("title"), rs.getInt("score"),
					RiskStatus.valueOf(rs.getString("status")));
			long projectId = rs.getLong("project_id");
			ProjectRow project = rs.wasNull() ? null : projects.get(projectId);
			if (project != null) {
				project.risks.add(risk);
				project.touched(day(rs, "updated_at"));
			}
			else {
				ProgramRow program = programs.get(rs.getLong("program_id"));
				if (program != null) {
					program.risks.add(risk);
					program.touched(day(rs, "updated_at"));
				}
			}
		});
		List<ProgramFacts> facts = new ArrayList<>(programs.size());
		for (ProgramRow program : programs.values()) {
			List<ProjectFacts> projectFacts = new ArrayList<>(program.projects.size());
			for (ProjectRow project : program.projects) {
				program.touched(project.lastUpdated);
				projectFacts.add(new ProjectFacts(project.key, project.name, project.budgetPlanned,
						project.budgetSpent, project.lastUpdated, project.milestones, project.risks, null));
			}
			facts.add(new ProgramFacts(program.key, program.name, program.lastUpdated, projectFacts, program.risks,
					null));
		}
		return facts;
	}

	private JdbcClient.StatementSpec statement(String sql, String where, Long programId) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.formatted(where));
		return (programId != null) ? statement.param("programId", programId) : statement;
	}

	private LocalDate day(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? LocalDate.ofInstant(timestamp.toInstant(), this.clock.getZone()) : null;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static LocalDate later(LocalDate current, LocalDate candidate) {
		if (candidate == null) {
			return current;
		}
		return (current == null || candidate.isAfter(current)) ? candidate : current;
	}

	private static final class ProgramRow {

		final String key;

		final String name;

		LocalDate lastUpdated;

		final List<ProjectRow> projects = new ArrayList<>();

		final List<RiskFacts> risks = new ArrayList<>();

		ProgramRow(String key, String name, LocalDate lastUpdated) {
			this.key = key;
			this.name = name;
			this.lastUpdated = lastUpdated;
		}

		void touched(LocalDate day) {
			this.lastUpdated = later(this.lastUpdated, day);
		}

	}

	private static final class ProjectRow {

		final String key;

		final String name;

		final BigDecimal budgetPlanned;

		final BigDecimal budgetSpent;

		LocalDate lastUpdated;

		final List<MilestoneFacts> milestones = new ArrayList<>();

		final List<RiskFacts> risks = new ArrayList<>();

		ProjectRow(String key, String name, BigDecimal budgetPlanned, BigDecimal budgetSpent, LocalDate lastUpdated) {
			this.key = key;
			this.name = name;
			this.budgetPlanned = budgetPlanned;
			this.budgetSpent = budgetSpent;
			this.lastUpdated = lastUpdated;
		}

		void touched(LocalDate day) {
			this.lastUpdated = later(this.lastUpdated, day);
		}

	}

}
