package dev.milepost.dashboard.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.dashboard.roadmap.Roadmap.Diamond;
import dev.milepost.dashboard.roadmap.Roadmap.Row;
import dev.milepost.dashboard.roadmap.Roadmap.Scope;
import dev.milepost.dashboard.roadmap.Roadmap.State;
import dev.milepost.dashboard.roadmap.Roadmap.Summary;
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
	 * How many milestones the portfolio roadmap shows per program: its next one, then the
	 * earliest blocked, overdue and slipped one, then the next earliest of each kind, and
	 * so on. The rest is only counted, so the page does not grow with the number of
	 * milestones.
	 */
	static final int KEY_MILESTONES = 4;

	/**
	 * One row per program and key milestone (a program with none once, with nulls). A
	 * program's span is that of its projects, a project without planned dates taking its
	 * milestones' span. Every other milestone is only counted: those in the window by
	 * state (as {@link State#of} tells it), open ones before it (overdue), any after it,
	 * and the open ones in all. Done milestones before the window are history and left
	 * out. The key milestones are the next open one (forecast today or later) and the
	 * earliest open ones of each bad kind in turn (blocked, overdue, slipped),
	 * {@value #KEY_MILESTONES} at most, wherever they lie. Not sorted: the rows come out
	 * in the order of the ids given.
	 */
	private static final String PORTFOLIO_SQL = """
			with shown as (
			  select g.id, g.program_key, g.name from programs g where g.id in (:programs)
			),
			ms as (
			  select p.program_id, p.id as project_id, p.project_key, m.id, m.name, m.baseline_date, m.forecast_date, m.actual_date, m.status,
			    case when m.status = 'DONE' then m.actual_date else m.forecast_date end as shown_on,
			    case when m.status = 'DONE' then 0 when m.status = 'BLOCKED' then 1 when m.forecast_date < :today then 2
			      when m.baseline_date is not null and m.forecast_date > m.baseline_date then 3 else 4 end as severity
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
			counts as (
			  select program_id,
			    sum(case when shown_on < :from and status <> 'DONE' then 1 else 0 end) as before_window,
			    sum(case when shown_on >= :until then 1 else 0 end) as after_window,
			    sum(case when status <> 'DONE' then 1 else 0 end) as open_count,
			    sum(case when shown_on >= :from and shown_on < :until and severity = 0 then 1 else 0 end) as n_done,
			    sum(case when shown_on >= :from and shown_on < :until and severity = 1 then 1 else 0 end) as n_blocked,
			    sum(case when shown_on >= :from and shown_on < :until and severity = 2 then 1 else 0 end) as n_overdue,
			    sum(case when shown_on >= :from and shown_on < :until and severity = 3 then 1 else 0 end) as n_slipped,
			    sum(case when shown_on >= :from and shown_on < :until and severity = 4 then 1 else 0 end) as n_on_track
			  from ms group by program_id
			),
			upcoming as (
			  select ms.*, case when forecast_date >= :today
			      and row_number() over (partition by program_id order by case when forecast_date >= :today then 0 else 1 end,
			                             forecast_date, id) = 1 then 1 else 0 end as is_next,
			    row_number() over (partition by program_id, severity order by forecast_date, id) as in_kind
			  from ms where status <> 'DONE'
			),
			keyed as (
			  select u.*, row_number() over (partition by program_id order by case when is_next = 1 then 0 else 1 end,
			                                 in_kind, severity, forecast_date, id) as key_rank
			  from upcoming u where is_next = 1 or severity < 4
			)
			select s.id, s.program_key, s.name, sp.first_day, sp.last_day, sp.from_milestones,
			  c.before_window, c.after_window, c.open_count, c.n_done, c.n_blocked, c.n_overdue, c.n_slipped, c.n_on_track,
			  k.id as m_id, k.name as m_name, k.project_key, k.baseline_date, k.forecast_date, k.actual_date, k.status, k.is_next
			from shown s
			left join program_span sp on sp.program_id = s.id
			left join counts c on c.program_id = s.id
			left join keyed k on k.program_id = s.id and k.key_rank <= :keys""";

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
	 * {@link #PORTFOLIO_ROWS}, each with its key milestones and counts ({@link Summary});
	 * unknown ids are ignored.
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
			.param("today", today)
			.param("keys", KEY_MILESTONES)
			.query((ResultSet rs) -> {
				long id = rs.getLong("id");
				RowBuilder row = rows.computeIfAbsent(id, (k) -> {
					RowBuilder b = new RowBuilder(id, string(rs, "program_key"), string(rs, "name"),
							date(rs, "first_day"), date(rs, "last_day"));
					b.fromMilestones = number(rs, "from_milestones") > 0;
					b.before = number(rs, "before_window");
					b.after = number(rs, "after_window");
					Map<State, Long> inWindow = new EnumMap<>(State.class);
					inWindow.put(State.DONE, number(rs, "n_done"));
					inWindow.put(State.ON_TRACK, number(rs, "n_on_track"));
					inWindow.put(State.SLIPPED, number(rs, "n_slipped"));
					inWindow.put(State.OVERDUE, number(rs, "n_overdue"));
					inWindow.put(State.BLOCKED, number(rs, "n_blocked"));
					b.summary = new Summary(inWindow, number(rs, "open_count"));
					return b;
				});
				Diamond diamond = diamond(rs, null, today);
				if (diamond != null) {
					row.diamonds.add(diamond.withNext(number(rs, "is_next") > 0));
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

		Summary summary;

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
			if ((s == null || e == null) && !this.diamonds.isEmpty() && this.summary == null) {
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
			return new Row(this.id, this.key, this.name, s, e, derived, byDate, this.before, this.after, this.summary);
		}

	}

}
