package dev.milepost.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.health.ProgramHealth;
import dev.milepost.healthrecord.HealthBoard;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes program summaries afresh from the base tables, as the current transaction sees
 * them: health through {@link HealthBoard#evaluate} (three statements) and the figures
 * and register counts in one more, for a few programs or for all.
 */
@Component
class SummaryComputer {

	private static final String FIGURES = """
			select g.id, g.program_key,
			       coalesce(pc.projects, 0) as projects, pc.budget_planned, pc.budget_spent,
			       coalesce(mc.milestones, 0) as milestones, coalesce(mc.done, 0) as done,
			       coalesce(mc.cancelled, 0) as cancelled, coalesce(mc.on_time, 0) as on_time,
			       coalesce(mc.slipped, 0) as slipped, coalesce(mc.overdue, 0) as overdue,
			       coalesce(mc.blocked, 0) as blocked,
			       nx.next_id, nx.next_name, nx.next_date,
			       coalesce(rc.open_risks, 0) as open_risks, rc.top_score, %10$s,
			       coalesce(ri.open_issues, 0) as open_issues, coalesce(ri.critical_issues, 0) as critical_issues,
			       coalesce(ri.overdue_issues, 0) as overdue_issues,
			       coalesce(ri.open_escalations, 0) as open_escalations,
			       coalesce(ri.overdue_escalations, 0) as overdue_escalations,
			       coalesce(rd.needed_decisions, 0) as needed_decisions,
			       coalesce(rd.overdue_decisions, 0) as overdue_decisions,
			       coalesce(ra.open_actions, 0) as open_actions, coalesce(ra.overdue_actions, 0) as overdue_actions,
			       coalesce(cr.pending_changes, 0) as pending_changes
			from programs g
			left join (select j.program_id, count(*) as projects, sum(j.budget_planned) as budget_planned,
			                  sum(j.budget_spent) as budget_spent
			           from projects j where j.archived = false %1$s
			           group by j.program_id) pc on pc.program_id = g.id
			left join %2$s mc on mc.unit_id = g.id
			left join %3$s nx on nx.unit_id = g.id
			left join (select r.program_id, count(*) as open_risks, max(r.score) as top_score, %11$s
			           from risks r left join projects j on j.id = r.project_id
			           where r.archived = false and r.status in ('OPEN', 'MITIGATING')
			             and (j.id is null or j.archived = false) %4$s
			           group by r.program_id) rc on rc.program_id = g.id
			left join (select i.program_id,
			                  count(*) as open_issues,
			                  sum(case when i.priority = 'CRITICAL' then 1 else 0 end) as critical_issues,
			                  sum(case when i.target_date < :today then 1 else 0 end) as overdue_issues,
			                  sum(case when i.escalation_ask is not null then 1 else 0 end) as open_escalations,
			                  sum(case when i.escalation_needed_by < :today then 1 else 0 end) as overdue_escalations
			           from issues i where not i.archived and i.status in ('OPEN', 'IN_PROGRESS') %5$s
			           group by i.program_id) ri on ri.program_id = g.id
			left join (select d.program_id, count(*) as needed_decisions,
			                  sum(case when d.needed_by < :today then 1 else 0 end) as overdue_decisions
			           from decisions d where not d.archived and d.status = 'NEEDED' %6$s
			           group by d.program_id) rd on rd.program_id = g.id
			left join (select a.program_id, count(*) as open_actions,
			                  sum(case when a.due_date < :today then 1 else 0 end) as overdue_actions
			           from actions a where not a.archived and a.status = 'OPEN' %7$s
			           group by a.program_id) ra on ra.program_id = g.id
			left join (select c.program_id, count(*) as pending_changes
			           from change_requests c where not c.archived and c.status in ('DRAFT', 'SUBMITTED') %8$s
			           group by c.program_id) cr on cr.program_id = g.id
			where g.archived = false %9$s
			""";

	private static final String FIGURES_OF_SOME = figures(true);

	private static final String FIGURES_OF_ALL = figures(false);

	private final JdbcClient jdbc;

	private final HealthBoard health;

	SummaryComputer(JdbcClient jdbc, HealthBoard health) {
		this.jdbc = jdbc;
		this.health = health;
	}

	private static String figures(boolean some) {
		String projects = some ? "and j.program_id in (:ids)" : "";
		return FIGURES.formatted(projects, DeliverySql.milestoneCounts("j.program_id", projects),
				DeliverySql.nextMilestone("j.program_id", projects), some ? "and r.program_id in (:ids)" : "",
				some ? "and i.program_id in (:ids)" : "", some ? "and d.program_id in (:ids)" : "",
				some ? "and a.program_id in (:ids)" : "", some ? "and c.program_id in (:ids)" : "",
				some ? "and g.id in (:ids)" : "", cellColumns("coalesce(rc.%1$s, 0) as %1$s"),
				cellColumns("sum(case when r.probability = %2$d and r.impact = %3$d then 1 else 0 end) as %1$s"));
	}

	/**
	 * One column per heat map cell, {@code h11} .. {@code h55} (probability, impact).
	 * @param format the column's text from its name, probability and impact
	 */
	private static String cellColumns(String format) {
		StringBuilder columns = new StringBuilder();
		for (int probability = RiskCells.MIN; probability <= RiskCells.MAX; probability++) {
			for (int impact = RiskCells.MIN; impact <= RiskCells.MAX; impact++) {
				if (columns.length() > 0) {
					columns.append(", ");
				}
				columns.append(format.formatted(cell(probability, impact), probability, impact));
			}
		}
		return columns.toString();
	}

	private static String cell(int probability, int impact) {
		return "h" + probability + impact;
	}

	private static RiskCells cells(ResultSet rs) throws SQLException {
		int[][] counts = new int[RiskCells.MAX + 1][RiskCells.MAX + 1];
		for (int probability = RiskCells.MIN; probability <= RiskCells.MAX; probability++) {
			for (int impact = RiskCells.MIN; impact <= RiskCells.MAX; impact++) {
				counts[probability][impact] = rs.getInt(cell(probability, impact));
			}
		}
		return RiskCells.of((probability, impact) -> counts[probability][impact]);
	}

	/**
	 * Fresh summaries, as of today, of programs that are not archived.
	 * @param programIds the programs, or {@code null} for all; archived and unknown ones
	 * are left out
	 * @return by program id, with each program's key
	 */
	Map<Long, Keyed> compute(@Nullable Collection<Long> programIds) {
		if (programIds != null && programIds.isEmpty()) {
			return Map.of();
		}
		LocalDate today = this.health.today();
		Map<String, ProgramHealth> healthByKey = new HashMap<>();
		this.health.evaluate(programIds).forEach((program) -> healthByKey.put(program.key(), program));
		Map<String, Object> params = new HashMap<>();
		params.put("today", today);
		if (programIds != null) {
			params.put("ids", programIds);
		}
		Map<Long, Keyed> summaries = new LinkedHashMap<>();
		this.jdbc.sql((programIds != null) ? FIGURES_OF_SOME : FIGURES_OF_ALL).params(params).query((rs) -> {
			String key = rs.getString("program_key");
			ProgramHealth program = healthByKey.get(key);
			if (program != null) {
				summaries.put(rs.getLong("id"), new Keyed(key, summary(rs, today, program)));
			}
		});
		return summaries;
	}

	private static ProgramSummary summary(ResultSet rs, LocalDate today, ProgramHealth program) throws SQLException {
		long nextId = rs.getLong("next_id");
		Long next = rs.wasNull() ? null : nextId;
		return new ProgramSummary(rs.getLong("id"), today, program.computed(), program.effective(),
				program.isOverridden() ? program.override().health() : null,
				(program.trend() != null) ? program.trend().was() : null, program.reasons(), rs.getLong("projects"),
				rs.getLong("milestones"), rs.getLong("done"), rs.getLong("cancelled"), rs.getLong("on_time"),
				rs.getLong("slipped"), rs.getLong("overdue"), rs.getLong("blocked"), next, rs.getString("next_name"),
				rs.getObject("next_date", LocalDate.class), rs.getLong("open_risks"),
				rs.getObject("top_score", Integer.class), rs.getBigDecimal("budget_planned"),
				rs.getBigDecimal("budget_spent"),
				new ProgramSummary.Register(rs.getLong("open_issues"), rs.getLong("critical_issues"),
						rs.getLong("overdue_issues"), rs.getLong("open_escalations"), rs.getLong("overdue_escalations"),
						rs.getLong("needed_decisions"), rs.getLong("overdue_decisions"), rs.getLong("open_actions"),
						rs.getLong("overdue_actions"), rs.getLong("pending_changes")),
				cells(rs));
	}

	/** A summary with its program's key (for people reading a difference). */
	record Keyed(String key, ProgramSummary summary) {
	}

	/** The ids of every program that is not archived. */
	List<Long> programIds() {
		return this.jdbc.sql("select id from programs where archived = false").query(Long.class).list();
	}

	/** The programs of these projects (archived or not). */
	List<Long> programsOfProjects(Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select distinct program_id from projects where id in (:ids)")
			.param("ids", projectIds)
			.query(Long.class)
			.list();
	}

}
