package dev.milepost.dashboard.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.milepost.dashboard.delivery.Delivery;
import dev.milepost.portfolio.ProjectPhase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the projects of one program with their {@link Delivery} figures in one SQL
 * statement, whatever the number of projects, milestones and risks.
 */
@Component
@Transactional(readOnly = true)
public class ProgramDashboardQuery {

	private static final String SCOPE = "and j.program_id = :programId";

	private static final String PROJECTS = """
			select j.id, j.project_key, j.name, j.lead, j.phase, j.archived,
			       case when j.archived then null else j.budget_planned end as budget_planned,
			       case when j.archived then null else j.budget_spent end as budget_spent,
			       coalesce(mc.milestones, 0) as milestones, coalesce(mc.done, 0) as done,
			       coalesce(mc.cancelled, 0) as cancelled, coalesce(mc.on_time, 0) as on_time,
			       coalesce(mc.slipped, 0) as slipped, coalesce(mc.overdue, 0) as overdue,
			       coalesce(mc.blocked, 0) as blocked,
			       nx.next_id, nx.next_name, nx.next_date,
			       coalesce(rc.open_risks, 0) as open_risks, rc.top_score
			from projects j
			left join %s mc on mc.unit_id = j.id
			left join %s nx on nx.unit_id = j.id
			left join (select r.project_id, count(*) as open_risks, max(r.score) as top_score
			           from risks r
			           where r.program_id = :programId and r.project_id is not null and r.archived = false
			             and r.status in ('OPEN', 'MITIGATING')
			           group by r.project_id) rc on rc.project_id = j.id and j.archived = false
			where j.program_id = :programId
			order by j.archived, j.project_key
			""".formatted(Delivery.milestoneCounts("j.id", SCOPE), Delivery.nextMilestone("j.id", SCOPE));

	private final JdbcClient jdbc;

	private final Clock clock;

	public ProgramDashboardQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** All projects of the program by key, archived ones last (with no figures). */
	public List<ProjectRow> projects(long programId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql(PROJECTS)
			.param("today", today)
			.param("programId", programId)
			.query((rs, n) -> new ProjectRow(rs.getLong("id"), rs.getString("project_key"), rs.getString("name"),
					rs.getString("lead"), ProjectPhase.valueOf(rs.getString("phase")), rs.getBoolean("archived"),
					Delivery.from(rs, today)))
			.list();
	}

	/**
	 * One project of the program's dashboard table; {@code delivery} is all zeros for an
	 * archived one.
	 */
	public record ProjectRow(long id, String key, String name, String lead, ProjectPhase phase, boolean archived,
			Delivery delivery) {
	}

}
