package dev.milepost.dashboard.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.dashboard.roadmap.Roadmap.Diamond;
import dev.milepost.dashboard.roadmap.Roadmap.Row;
import dev.milepost.dashboard.roadmap.Roadmap.Scope;
import dev.milepost.dashboard.roadmap.Roadmap.State;
import dev.milepost.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads roadmaps with one SQL statement each, whatever the size of the portfolio.
 * Cancelled and archived milestones and archived projects are never drawn.
 */
@Component
class RoadmapQuery {

	/**
	 * The portfolio roadmap draws at most this many programs: one page of the dashboard.
	 */
	static final int PORTFOLIO_ROWS = 25;

	/**
	 * One row per project and milestone of the program (a project without milestones
	 * once, with nulls).
	 */
	private static final String PROGRAM_SQL = """
			select g.program_key, g.name as program_name, p.id, p.project_key, p.name, p.start_date, p.end_date,
			  m.id as m_id, m.name as m_name, m.baseline_date, m.forecast_date, m.actual_date, m.status
			from programs g
			left join projects p on p.program_id = g.id and p.archived = false
			left join milestones m on m.project_id = p.id and m.archived = false and m.status <> 'CANCELLED'
			where g.id = :program
			order by p.project_key, p.id, m.forecast_date, m.id""";

	/**
	 * One row per program and milestone in the window (a program with none once, with
	 * nulls). A program's span is that of its projects, a project without planned dates
	 * taking its milestones' span; milestones outside the window are only counted: open
	 * ones before it (overdue) and any after it. Done milestones before the window are
	 * history and left out. Not sorted: the rows come out in the order of the ids given
	 * and diamonds by date (sorting ~1,500 wide rows in SQL cost a third of the
	 * statement's time at large scale).
	 */
	private static final String PORTFOLIO_SQL = """
			with shown as (
			  select g.id, g.program_key, g.name from programs g where g.id in (:programs)
			),
			ms as (
			  select p.program_id, p.id as project_id, p.project_key, m.id, m.name, m.baseline_date, m.forecast_date, m.actual_date, m.status,
			    case when m.status = 'DONE' then m.actual_date else m.forecast_date end as shown_on
			  from shown s
			  join projects p on p.program_id = s.id and p.archived = false
			  join milestones m on m.project_id = p.id and m.archived = false and m.status <> 'CANCELLED'
			),
			project_span as (
			  select p.id, p.program_id,
			    case when p.start_date is null or p.end_date is null then 1 else 0 end as from_milestones,
			    coalesce(p.start_date, pm.first_day) as first_day, coalesce(p.end_date, pm.last_day) as last_day
			  from shown s
			  join projects p on p.program_id = s.id and p.archived = false
			  left join (select project_id, min(shown_on) as first_day, max(shown_on) as last_day
			             from ms group by project_id) pm on pm.project_id = p.id
			),
			program_span as (
			  select program_id, min(first_day) as first_day, max(last_day) as last_day,
			    max(from_milestones) as from_milestones
			  from project_span group by program_id
			),
			outside as (
			  select program_id,
			    sum(case when shown_on < :from and status <> 'DONE' then 1 else 0 end) as before_window,
			    sum(case when shown_on >= :until then 1 else 0 end) as after_window
			  from ms group by program_id
			)
			select s.id, s.program_key, s.name, sp.first_day, sp.last_day, sp.from_milestones,
			  o.before_window, o.after_window,
			  w.id as m_id, w.name as m_name, w.project_key, w.baseline_date, w.forecast_date, w.actual_date, w.status
			from shown s
			left join program_span sp on sp.program_id = s.id
			left join outside o on o.program_id = s.id
			left join ms w on w.program_id = s.id and w.shown_on >= :from and w.shown_on < :until""";

	private final JdbcClient jdbc;

	private final Clock clock;

	RoadmapQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A program's roadmap with its key and name. */
	record ProgramRoadmap(long id, String key, String name, Roadmap roadmap) {
	}

	/**
	 * One row per project of the program, ordered by start (projects without any date
	 * last).
	 * @throws NotFoundException when there is no such program
	 */
	ProgramRoadmap program(long programId) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, RowBuilder> rows = new LinkedHashMap<>();
		String[] program = new String[2];
		this.jdbc.sql(PROGRAM_SQL).param("program", programId).query((ResultSet rs) -> {
			program[0] = rs.getString("program_key");
			program[1] = rs.getString("program_name");
			long id = rs.getLong("id");
			if (rs.wasNull()) {
				return;
			}
			RowBuilder row = rows.computeIfAbsent(id, (k) -> new RowBuilder(id, string(rs, "project_key"),
					string(rs, "name"), date(rs, "start_date"), date(rs, "end_date")));
			Diamond diamond = diamond(rs, row.key, today);
			if (diamond != null) {
				row.diamonds.add(diamond);
			}
		});
		if (program[0] == null) {
			throw new NotFoundException("Program", programId);
		}
		List<Row> built = rows.values()
			.stream()
			.map(RowBuilder::build)
			.sorted(Comparator.comparing(Row::start, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		LocalDate[] window = Roadmap.programWindow(built, today);
		return new ProgramRoadmap(programId, program[0], program[1],
				new Roadmap(Scope.PROGRAM, today, window[0], window[1], built));
	}

	/**
	 * One row per program, in the order of the ids given (the dashboard's page), at most
	 * {@link #PORTFOLIO_ROWS}; unknown ids are ignored.
	 */
	Roadmap portfolio(Collection<Long> programIds) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate[] window = Roadmap.portfolioWindow(today);
		List<Long> ids = programIds.stream().distinct().limit(PORTFOLIO_ROWS).toList();
		if (ids.isEmpty()) {
			return new Roadmap(Scope.PORTFOLIO, today, window[0], window[1], List.of());
		}
		Map<Long, RowBuilder> rows = new HashMap<>();
		this.jdbc.sql(PORTFOLIO_SQL)
			.param("programs", ids)
			.param("from", window[0])
			.param("until", window[1])
			.query((ResultSet rs) -> {
				long id = rs.getLong("id");
				RowBuilder row = rows.computeIfAbsent(id, (k) -> {
					RowBuilder b = new RowBuilder(id, string(rs, "program_key"), string(rs, "name"),
							date(rs, "first_day"), date(rs, "last_day"));
					b.fromMilestones = number(rs, "from_milestones") > 0;
					b.before = number(rs, "before_window");
					b.after = number(rs, "after_window");
					return b;
				});
				Diamond diamond = diamond(rs, null, today);
				if (diamond != null) {
					row.diamonds.add(diamond);
				}
			});
		List<Row> ordered = new ArrayList<>();
		for (Long id : ids) {
			RowBuilder row = rows.get(id);
			if (row != null) {
				ordered.add(row.build());
			}
		}
		return new Roadmap(Scope.PORTFOLIO, today, window[0], window[1], ordered);
	}

	private static Diamond diamond(ResultSet rs, String projectKey, LocalDate today) throws SQLException {
		long id = rs.getLong("m_id");
		if (rs.wasNull()) {
			return null;
		}
		LocalDate baseline = rs.getObject("baseline_date", LocalDate.class);
		LocalDate forecast = rs.getObject("forecast_date", LocalDate.class);
		String status = rs.getString("status");
		return new Diamond(id, rs.getString("m_name"), (projectKey != null) ? projectKey : rs.getString("project_key"),
				baseline, forecast, rs.getObject("actual_date", LocalDate.class),
				State.of(status, baseline, forecast, today));
	}

	private static String string(ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LocalDate date(ResultSet rs, String column) {
		try {
			return rs.getObject(column, LocalDate.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long number(ResultSet rs, String column) {
		try {
			return rs.getLong(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class RowBuilder {

		final long id;

		final String key;

		final String name;

		LocalDate start;

		LocalDate end;

		boolean fromMilestones;

		long before;

		long after;

		final List<Diamond> diamonds = new ArrayList<>();

		RowBuilder(long id, String key, String name, LocalDate start, LocalDate end) {
			this.id = id;
			this.key = key;
			this.name = name;
			this.start = start;
			this.end = end;
		}

		/**
		 * A project without planned dates takes its milestones' span (dashed on the
		 * chart).
		 */
		Row build() {
			LocalDate s = this.start;
			LocalDate e = this.end;
			boolean derived = this.fromMilestones;
			if ((s == null || e == null) && !this.diamonds.isEmpty()) {
				LocalDate first = this.diamonds.stream().map(Diamond::date).min(Comparator.naturalOrder()).get();
				LocalDate last = this.diamonds.stream().map(Diamond::date).max(Comparator.naturalOrder()).get();
				s = (s != null) ? s : first;
				e = (e != null) ? e : last;
				derived = true;
			}
			if (s != null && e != null && e.isBefore(s)) {
				e = s;
			}
			List<Diamond> byDate = this.diamonds.stream()
				.sorted(Comparator.comparing(Diamond::date).thenComparingLong(Diamond::id))
				.toList();
			return new Row(this.id, this.key, this.name, s, e, derived, byDate, this.before, this.after);
		}

	}

}
