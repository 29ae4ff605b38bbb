package dev.milepost.dashboard.trend;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.dashboard.trend.TrendChart.ProjectOption;
import dev.milepost.dashboard.trend.TrendChart.Subject;
import dev.milepost.dashboard.trend.TrendSeries.Forecast;
import dev.milepost.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a trend chart with two statements whatever the number of milestones: the subject
 * (with the program's projects for the filter), then the chosen milestones joined to
 * their forecast history.
 */
@Component
class TrendQueries {

	/** At most this many milestones per chart: the ones most recently reforecast. */
	static final int LIMIT = 30;

	private static final String SERIES = """
			with chosen as (
			  select m.id, m.name, m.baseline_date, m.forecast_date, m.actual_date, m.status, pj.project_key,
			    (select max(c.changed_at) from milestone_date_changes c
			      where c.milestone_id = m.id and c.kind = 'FORECAST') as last_change,
			    count(*) over () as total
			  from milestones m join projects pj on pj.id = m.project_id
			  where m.archived = false and %s
			  order by last_change desc nulls last, m.id
			  limit %d
			)
			select ch.id, ch.name, ch.baseline_date, ch.actual_date, ch.status, ch.project_key, ch.total,
			  c.new_date, c.changed_at
			from chosen ch
			left join milestone_date_changes c on c.milestone_id = ch.id and c.kind = 'FORECAST'
			order by ch.forecast_date, ch.id, c.changed_at, c.id""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	TrendQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	public TrendChart forProgram(long programId, Long projectFilter) {
		List<ProjectOption> projects = new ArrayList<>();
		List<Subject> subject = this.jdbc.sql("""
				select pr.id, pr.program_key, pr.name, pj.id as pj_id, pj.project_key, pj.name as pj_name
				from programs pr left join projects pj on pj.program_id = pr.id and pj.archived = false
				where pr.id = ? order by pj.project_key, pj.id""").param(programId).query((rs, n) -> {
			long projectId = rs.getLong("pj_id");
			if (!rs.wasNull()) {
				projects.add(new ProjectOption(projectId, rs.getString("project_key"), rs.getString("pj_name")));
			}
			return new Subject(true, rs.getLong("id"), rs.getString("program_key"), rs.getString("name"),
					rs.getLong("id"), rs.getString("program_key"), rs.getString("name"));
		}).list();
		if (subject.isEmpty()) {
			throw new NotFoundException("Program", programId);
		}
		Long filter = (projectFilter != null && projects.stream().anyMatch((p) -> p.id() == projectFilter))
				? projectFilter : null;
		String where = (filter != null) ? "pj.program_id = :program and pj.id = :project" : "pj.program_id = :program";
		JdbcClient.StatementSpec statement = this.jdbc.sql(SERIES.formatted(where, LIMIT)).param("program", programId);
		if (filter != null) {
			statement = statement.param("project", filter);
		}
		return series(subject.get(0), projects, filter, statement);
	}

	public TrendChart forProject(long projectId) {
		Subject subject = this.jdbc.sql("""
				select pj.id, pj.project_key, pj.name, pr.id as pr_id, pr.program_key, pr.name as pr_name
				from projects pj join programs pr on pr.id = pj.program_id where pj.id = ?""")
			.param(projectId)
			.query((rs, n) -> new Subject(false, rs.getLong("id"), rs.getString("project_key"), rs.getString("name"),
					rs.getLong("pr_id"), rs.getString("program_key"), rs.getString("pr_name")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Project", projectId));
		return series(subject, List.of(), null,
				this.jdbc.sql(SERIES.formatted("m.project_id = :project", LIMIT)).param("project", projectId));
	}

	private TrendChart series(Subject subject, List<ProjectOption> projects, Long filter,
			JdbcClient.StatementSpec statement) {
		Map<Long, Building> byId = new LinkedHashMap<>();
		long[] total = { 0 };
		statement.query((ResultSet rs) -> {
			long id = rs.getLong("id");
			total[0] = rs.getLong("total");
			Building b = byId.computeIfAbsent(id, (k) -> read(rs));
			LocalDate forecast = rs.getObject("new_date", LocalDate.class);
			OffsetDateTime madeAt = rs.getObject("changed_at", OffsetDateTime.class);
			if (forecast != null && madeAt != null) {
				b.forecasts.add(new Forecast(madeAt.atZoneSameInstant(this.zone).toLocalDate(), forecast));
			}
		});
		List<TrendSeries> shown = byId.values()
			.stream()
			.map((b) -> new TrendSeries(b.id, b.name, b.projectKey, b.baseline, b.actual, b.status,
					List.copyOf(b.forecasts)))
			.toList();
		return new TrendChart(subject, List.copyOf(projects), filter, shown, total[0]);
	}

	private static Building read(ResultSet rs) {
		try {
			return new Building(rs.getLong("id"), rs.getString("name"), rs.getString("project_key"),
					rs.getObject("baseline_date", LocalDate.class), rs.getObject("actual_date", LocalDate.class),
					rs.getString("status"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Building(long id, String name, String projectKey, LocalDate baseline, LocalDate actual,
			String status, List<Forecast> forecasts) {

		Building(long id, String name, String projectKey, LocalDate baseline, LocalDate actual, String status) {
			this(id, name, projectKey, baseline, actual, status, new ArrayList<>());
		}

	}

}
