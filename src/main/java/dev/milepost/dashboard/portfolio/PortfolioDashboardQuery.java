package dev.milepost.dashboard.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.dashboard.delivery.Delivery;
import dev.milepost.health.PortfolioHealth;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.shared.Like;
import dev.milepost.summary.ProgramSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the programs of the portfolio dashboard (one light statement) and the
 * {@link Delivery} figures of some or all of them (one statement), whatever the size of
 * the portfolio.
 */
@Component
@Transactional(readOnly = true)
public class PortfolioDashboardQuery {

	private static final String PROGRAMS = """
			select g.id, g.program_key, g.name, g.status, g.objective, u.display_name as owner
			from programs g
			join users u on u.id = g.owner_id
			where g.archived = false %s
			order by g.program_key
			""";

	private static final String FIGURES = """
			select g.id,
			       coalesce(pc.projects, 0) as projects, pc.budget_planned, pc.budget_spent,
			       coalesce(mc.milestones, 0) as milestones, coalesce(mc.done, 0) as done,
			       coalesce(mc.cancelled, 0) as cancelled, coalesce(mc.on_time, 0) as on_time,
			       coalesce(mc.slipped, 0) as slipped, coalesce(mc.overdue, 0) as overdue,
			       coalesce(mc.blocked, 0) as blocked,
			       nx.next_id, nx.next_name, nx.next_date,
			       coalesce(rc.open_risks, 0) as open_risks, rc.top_score
			from programs g
			left join (select j.program_id, count(*) as projects, sum(j.budget_planned) as budget_planned,
			                  sum(j.budget_spent) as budget_spent
			           from projects j where j.archived = false %1$s
			           group by j.program_id) pc on pc.program_id = g.id
			left join %2$s mc on mc.unit_id = g.id
			left join %3$s nx on nx.unit_id = g.id
			left join (select r.program_id, count(*) as open_risks, max(r.score) as top_score
			           from risks r left join projects j on j.id = r.project_id
			           where r.archived = false and r.status in ('OPEN', 'MITIGATING')
			             and (j.id is null or j.archived = false) %4$s
			           group by r.program_id) rc on rc.program_id = g.id
			where g.archived = false %5$s
			""";

	private static final String SOME_PROJECTS = "and j.program_id in (:ids)";

	private static final String FIGURES_OF_SOME = FIGURES.formatted(SOME_PROJECTS,
			Delivery.milestoneCounts("j.program_id", SOME_PROJECTS),
			Delivery.nextMilestone("j.program_id", SOME_PROJECTS), "and r.program_id in (:ids)", "and g.id in (:ids)");

	private static final String FIGURES_OF_ALL = FIGURES.formatted("", Delivery.milestoneCounts("j.program_id", ""),
			Delivery.nextMilestone("j.program_id", ""), "", "");

	private final JdbcClient jdbc;

	private final Clock clock;

	public PortfolioDashboardQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every program that is not archived and matches the filter, by key, without figures:
	 * one light statement, so that filtering, sorting and paging by health, key, name,
	 * status or owner does not compute the figures of programs that are not shown.
	 * @param owner text in the owner's display name, or {@code null}
	 * @param objective text in the objective, or {@code null}
	 * @param status the status, or {@code null}
	 */
	public List<ProgramItem> programs(String owner, String objective, ProgramStatus status) {
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new LinkedHashMap<>();
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
		return this.jdbc.sql(PROGRAMS.formatted(where))
			.params(params)
			.query((rs, n) -> new ProgramItem(rs.getLong("id"), rs.getString("program_key"), rs.getString("name"),
					ProgramStatus.valueOf(rs.getString("status")), rs.getString("owner"), rs.getString("objective")))
			.list();
	}

	/**
	 * The delivery figures and project counts of programs, in one statement.
	 * @param programIds the programs, or {@code null} for every program that is not
	 * archived
	 * @return by program id; programs that are archived or unknown are missing
	 */
	public Map<Long, Figures> figures(Collection<Long> programIds) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("today", today);
		if (programIds != null) {
			// an empty IN list is not SQL; no program has id -1, and the statement count
			// stays the same
			params.put("ids", programIds.isEmpty() ? List.of(-1L) : programIds);
		}
		Map<Long, Figures> figures = new HashMap<>();
		this.jdbc.sql((programIds != null) ? FIGURES_OF_SOME : FIGURES_OF_ALL)
			.params(params)
			.query((rs, n) -> new Figures(rs.getLong("id"), rs.getLong("projects"), Delivery.from(rs, today)))
			.list()
			.forEach((f) -> figures.put(f.programId(), f));
		return figures;
	}

	/** A program that matches the filter, before its figures are read. */
	public record ProgramItem(long id, String key, String name, ProgramStatus status, String owner, String objective) {
	}

	/**
	 * The figures of one program: its number of (non-archived) projects and its
	 * {@link Delivery}.
	 */
	public record Figures(long programId, long projects, Delivery delivery) {
	}

	/** One program of the dashboard table. */
	public record ProgramRow(long id, String key, String name, ProgramStatus status, String owner, String objective,
			long projects, Delivery delivery) {

		static ProgramRow of(ProgramItem item, Figures figures) {
			return new ProgramRow(item.id(), item.key(), item.name(), item.status(), item.owner(), item.objective(),
					(figures != null) ? figures.projects() : 0, (figures != null) ? figures.delivery() : Delivery.NONE);
		}

	}

	/**
	 * Numbers of programs, projects and milestones that are not archived, and of open or
	 * mitigating risks: counted from what the health board and the heat map read anyway,
	 * no statement of its own.
	 */
	public record Totals(long programs, long projects, long openMilestones, long openRisks) {

		/** Counted from the kept summaries of every program that is not archived. */
		public static Totals of(Collection<ProgramSummary> summaries, int openRisks) {
			return new Totals(summaries.size(), summaries.stream().mapToLong(ProgramSummary::projects).sum(),
					summaries.stream().mapToLong(ProgramSummary::openMilestones).sum(), openRisks);
		}

		public static Totals of(PortfolioHealth health, int openRisks) {
			return new Totals(health.programs().size(),
					health.programs().stream().mapToLong((program) -> program.projects().size()).sum(),
					health.programs()
						.stream()
						.flatMap((program) -> program.projects().stream())
						.mapToLong((project) -> project.milestones().size())
						.sum(),
					openRisks);
		}

	}

}
