package dev.milepost.dashboard.dependencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.milepost.dashboard.dependencies.DependencyConflict.Side;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a program's dependency conflicts with one SQL statement: every dependency with
 * its predecessor or its successor in the program (the other side may be in any program)
 * where the predecessor's forecast (its actual date once done) is later than the
 * successor's forecast. Both must be neither cancelled nor archived, and the successor
 * not done (a done successor is history).
 */
@Component
public class DependencyConflictQuery {

	/** At most this many conflicts are shown, the largest gaps first. */
	public static final int LIMIT = 100;

	/*
	 * The two halves of the union each use an index (successor: the unique key on
	 * milestone_id, predecessor: ix_milestone_dependencies_predecessor); an OR over both
	 * would scan the table.
	 */
	private static final String SQL = """
			with mine as (
			  select m.id from milestones m join projects p on p.id = m.project_id where p.program_id = :program
			),
			links as (
			  select d.predecessor_id, d.milestone_id from milestone_dependencies d
			  where d.milestone_id in (select id from mine)
			  union
			  select d.predecessor_id, d.milestone_id from milestone_dependencies d
			  where d.predecessor_id in (select id from mine)
			)
			select pm.id as p_id, pm.name as p_name, pm.status as p_status,
			  case when pm.status = 'DONE' then coalesce(pm.actual_date, pm.forecast_date) else pm.forecast_date end as p_date,
			  pp.id as pp_id, pp.project_key as pp_key, pg.id as pg_id, pg.program_key as pg_key,
			  sm.id as s_id, sm.name as s_name, sm.forecast_date as s_date,
			  sp.id as sp_id, sp.project_key as sp_key, sg.id as sg_id, sg.program_key as sg_key
			from links l
			join milestones pm on pm.id = l.predecessor_id
			join milestones sm on sm.id = l.milestone_id
			join projects pp on pp.id = pm.project_id
			join programs pg on pg.id = pp.program_id
			join projects sp on sp.id = sm.project_id
			join programs sg on sg.id = sp.program_id
			where pm.status <> 'CANCELLED' and pm.archived = false
			  and sm.status not in ('CANCELLED', 'DONE') and sm.archived = false
			  and (case when pm.status = 'DONE' then coalesce(pm.actual_date, pm.forecast_date) else pm.forecast_date end)
			    > sm.forecast_date""";

	private final JdbcClient jdbc;

	DependencyConflictQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The program's conflicts, largest gap first (then by successor date and id), at most
	 * {@link #LIMIT}; empty for an unknown program.
	 */
	public List<DependencyConflict> forProgram(long programId) {
		return this.jdbc.sql(SQL)
			.param("program", programId)
			.query((rs, n) -> new DependencyConflict(side(rs, "p", true), side(rs, "s", false)))
			.list()
			.stream()
			.sorted(Comparator.comparingLong(DependencyConflict::gapDays)
				.reversed()
				.thenComparing((c) -> c.successor().date())
				.thenComparingLong((c) -> c.successor().milestoneId())
				.thenComparingLong((c) -> c.predecessor().milestoneId()))
			.limit(LIMIT)
			.toList();
	}

	private static Side side(ResultSet rs, String prefix, boolean predecessor) throws SQLException {
		boolean done = predecessor && "DONE".equals(rs.getString("p_status"));
		return new Side(rs.getLong(prefix + "_id"), rs.getString(prefix + "_name"),
				rs.getObject(prefix + "_date", LocalDate.class), done, rs.getLong(prefix + "p_id"),
				rs.getString(prefix + "p_key"), rs.getLong(prefix + "g_id"), rs.getString(prefix + "g_key"));
	}

}
