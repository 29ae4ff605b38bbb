package dev.milepost.dashboard.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.dashboard.delivery.Delivery;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.shared.Like;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the programs of the portfolio dashboard with their {@link Delivery} figures in one SQL
 * statement, and the portfolio totals in another, whatever the size of the portfolio.
 */
@Component
@Transactional(readOnly = true)
public class PortfolioDashboardQuery {

	private static final String ROWS = """
			select g.id, g.program_key, g.name, g.status, g.objective, u.display_name as owner,
			       coalesce(pc.projects, 0) as projects, pc.budget_planned, pc.budget_spent,
			       coalesce(mc.milestones, 0) as milestones, coalesce(mc.done, 0) as done,
			       coalesce(mc.cancelled, 0) as cancelled, coalesce(mc.on_time, 0) as on_time,
			       coalesce(mc.slipped, 0) as slipped, coalesce(mc.overdue, 0) as overdue,
			       coalesce(mc.blocked, 0) as blocked,
			       nx.next_id, nx.next_name, nx.next_date,
			       coalesce(rc.open_risks, 0) as open_risks, rc.top_score
			from programs g
			join users u on u.id = g.owner_id
			left join (select j.program_id, count(*) as projects, sum(j.budget_planned) as budget_planned,
			                  sum(j.budget_spent) as budget_spent
			           from projects j where j.archived = false
			           group by j.program_id) pc on pc.program_id = g.id
			left join %s mc on mc.unit_id = g.id
			left join %s nx on nx.unit_id = g.id
			left join (select r.program_id, count(*) as open_risks, max(r.score) as top_score
			           from risks r left join projects j on j.id = r.project_id
			           where r.archived = false and r.status in ('OPEN', 'MITIGATING')
			             and (j.id is null or j.archived = false)
			           group by r.program_id) rc on rc.program_id = g.id
			where g.archived = false %s
			order by g.program_key
			""";

	private static final String TOTALS = """
			select (select count(*) from programs g where g.archived = false) as programs,
			       (select count(*) from projects j join programs g on g.id = j.program_id
			        where j.archived = false and g.archived = false) as projects,
			       (select count(*) from milestones m join projects j on j.id = m.project_id
			        join programs g on g.id = j.program_id
			        where m.archived = false and j.archived = false and g.archived = false) as milestones,
			       (select count(*) from risks r join programs g on g.id = r.program_id
			        left join projects j on j.id = r.project_id
			        where r.archived = false and r.status in ('OPEN', 'MITIGATING') and g.archived = false
			          and (j.id is null or j.archived = false)) as open_risks
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	public PortfolioDashboardQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every program that is not archived and matches the filter, by key.
	 * @param owner text in the owner's display name, or {@code null}
	 * @param objective text in the objective, or {@code null}
	 * @param status the status, or {@code null}
	 */
	public List<ProgramRow> programs(String owner, String objective, ProgramStatus status) {
		LocalDate today = LocalDate.now(this.clock);
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("today", today);
		if (owner != null && !owner.isBlank()) {
			where.append(" and lower(u.display_name) like :owner escape '\\'");
			params.put("owner", Like.containing(owner));
		}
		if (objective != null && !objective.isBlank()) {
			where.append(" and lower(g.objective) like :objective escape '\\'");
			params.put("objective", Like.containing(objective));
		}
		if (status != null) {
			where.append(" and g.status = :status");
			params.put("status", status.name());
		}
		String sql = ROWS.formatted(Delivery.milestoneCounts("j.program_id", ""),
				Delivery.nextMilestone("j.program_id", ""), where);
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new ProgramRow(rs.getLong("id"), rs.getString("program_key"), rs.getString("name"),
					ProgramStatus.valueOf(rs.getString("status")), rs.getString("owner"), rs.getString("objective"),
					rs.getLong("projects"), Delivery.from(rs, today)))
			.list();
	}

	/** Numbers of programs, projects, milestones and open or mitigating risks that are not archived. */
	public Totals totals() {
		return this.jdbc.sql(TOTALS)
			.query((rs, n) -> new Totals(rs.getLong("programs"), rs.getLong("projects"), rs.getLong("milestones"),
					rs.getLong("open_risks")))
			.single();
	}

	/** One program of the dashboard table. */
	public record ProgramRow(long id, String key, String name, ProgramStatus status, String owner, String objective,
			long projects, Delivery delivery) {
	}

	public record Totals(long programs, long projects, long milestones, long openRisks) {
	}

}
