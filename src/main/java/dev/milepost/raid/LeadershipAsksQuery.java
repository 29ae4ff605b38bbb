package dev.milepost.raid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.milepost.raid.RegisterItem.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portfolio asks of leadership, read with one SQL statement: every escalation of
 * an issue open or in progress and every decision still needed, of every program that is
 * not archived (archived entries left out), whether or not the program published a
 * report.
 */
@Component
@Transactional(readOnly = true)
public class LeadershipAsksQuery {

	/**
	 * Each program's asks together: the program with the earliest needed-by date first
	 * (so programs with overdue asks lead), then by key; within a program by needed-by
	 * date (overdue ones are the earliest), undated decisions last.
	 */
	private static final String SQL = """
			select kind, id, title, priority, due, ask, asked_of, program_id, program_key, program_name, project_key,
			       count(*) over () as total
			from (
			  select a.*, min(a.due) over (partition by a.program_id) as first_due
			  from (
			    select 'ESCALATION' as kind, i.id, i.title, i.priority, i.escalation_needed_by as due,
			           i.escalation_ask as ask, s.name as asked_of, p.id as program_id, p.program_key,
			           p.name as program_name, j.project_key
			    from issues i
			    join programs p on p.id = i.program_id
			    join stakeholders s on s.id = i.escalated_to_id
			    left join projects j on j.id = i.project_id
			    where i.archived = false and p.archived = false and i.status in ('OPEN', 'IN_PROGRESS')
			      and i.escalation_ask is not null
			    union all
			    select 'DECISION', d.id, d.title, d.priority, d.needed_by, null, s.name, p.id, p.program_key, p.name,
			           j.project_key
			    from decisions d
			    join programs p on p.id = d.program_id
			    left join stakeholders s on s.id = d.decider_id
			    left join projects j on j.id = d.project_id
			    where d.archived = false and p.archived = false and d.status = 'NEEDED'
			  ) a
			) b
			order by first_due nulls last, program_key, due nulls last, kind desc, id
			limit :limit
			""";

	private final JdbcClient jdbc;

	LeadershipAsksQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The portfolio's open escalations and needed decisions, ordered as described above,
	 * in one SQL statement.
	 * @param limit at most this many are returned ({@link Asks#total()} counts them all)
	 */
	public Asks portfolio(int limit) {
		List<RegisterItem> items = new ArrayList<>();
		int[] total = { 0 };
		this.jdbc.sql(SQL).param("limit", limit).query((rs) -> {
			items.add(item(rs));
			total[0] = rs.getInt("total");
		});
		return new Asks(List.copyOf(items), total[0]);
	}

	static RegisterItem item(ResultSet rs) throws SQLException {
		return new RegisterItem(Kind.valueOf(rs.getString("kind")), rs.getLong("id"), rs.getString("title"),
				Priority.valueOf(rs.getString("priority")), rs.getObject("due", LocalDate.class), rs.getString("ask"),
				rs.getString("asked_of"), rs.getLong("program_id"), rs.getString("program_key"),
				rs.getString("program_name"), rs.getString("project_key"));
	}

	/**
	 * @param items the asks, at most the limit asked for
	 * @param total how many there are in all
	 */
	public record Asks(List<RegisterItem> items, int total) {

		/** Asks left out of {@link #items()}. */
		public int more() {
			return this.total - this.items.size();
		}

	}

}
