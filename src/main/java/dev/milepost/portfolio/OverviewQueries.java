package dev.milepost.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the {@link PortfolioOverview} in one SQL statement, whatever the size of the portfolio:
 * per-program aggregates are grouped subqueries joined to the programs.
 */
@Service
@Transactional(readOnly = true)
public class OverviewQueries {

	private static final String OVERVIEW_SQL = """
			select g.id, g.program_key, g.name, g.status, (select u.display_name from users u where u.id = g.owner_id) as owner,
			       coalesce(pc.projects, 0) as projects,
			       coalesce(mc.milestones, 0) as milestones,
			       coalesce(mc.done, 0) as done,
			       coalesce(mc.overdue, 0) as overdue,
			       coalesce(mc.blocked, 0) as blocked,
			       coalesce(rc.open_risks, 0) as open_risks,
			       rc.max_score
			from programs g
			left join (select p.program_id, count(*) as projects
			           from projects p where p.archived = false
			           group by p.program_id) pc on pc.program_id = g.id
			left join (select p.program_id, count(*) as milestones,
			                  sum(case when m.status = 'DONE' then 1 else 0 end) as done,
			                  sum(case when m.status not in ('DONE', 'CANCELLED') and m.forecast_date < :today
			                           then 1 else 0 end) as overdue,
			                  sum(case when m.status = 'BLOCKED' then 1 else 0 end) as blocked
			           from milestones m join projects p on p.id = m.project_id
			           where m.archived = false and p.archived = false
			           group by p.program_id) mc on mc.program_id = g.id
			left join (select r.program_id, count(*) as open_risks, max(r.score) as max_score
			           from risks r where r.archived = false and r.status in ('OPEN', 'MITIGATING')
			           group by r.program_id) rc on rc.program_id = g.id
			where g.archived = false
			order by g.program_key
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	OverviewQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every non-archived program by key, with totals; overdue is reckoned against the Clock's today. */
	public PortfolioOverview overview() {
		LocalDate today = LocalDate.now(this.clock);
		List<PortfolioOverview.Row> rows = this.jdbc.sql(OVERVIEW_SQL)
			.param("today", today)
			.query((rs, n) -> new PortfolioOverview.Row(rs.getLong("id"), rs.getString("program_key"),
					rs.getString("name"), ProgramStatus.valueOf(rs.getString("status")), rs.getString("owner"),
					rs.getLong("projects"), rs.getLong("milestones"), rs.getLong("done"), rs.getLong("overdue"),
					rs.getLong("blocked"), rs.getLong("open_risks"), (Integer) rs.getObject("max_score", Integer.class)))
			.list();
		return PortfolioOverview.of(rows);
	}

}
