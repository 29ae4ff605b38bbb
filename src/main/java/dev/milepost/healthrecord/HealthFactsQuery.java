package dev.milepost.healthrecord;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.health.Health;
import dev.milepost.health.HealthOverride;
import dev.milepost.health.HealthRules;
import dev.milepost.health.MilestoneFacts;
import dev.milepost.health.MilestoneState;
import dev.milepost.health.ProgramFacts;
import dev.milepost.health.RegisterFacts;
import dev.milepost.health.ProjectFacts;
import dev.milepost.health.RiskFacts;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.risk.RiskStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the health facts of all programs that are not archived, or of one program, in
 * three SQL statements whatever the size: programs with their projects, their milestones,
 * their risks. Archived projects, milestones and risks are left out. Only what a rule
 * looks at one by one is read row by row (open milestones; open risks scoring at least
 * {@code risks.amber-score}); the rest comes as counts and latest changes, so the rules
 * decide exactly as if everything were listed.
 *
 * <p>
 * "Last updated" is the latest {@code updated_at} of a project and of its milestones and
 * risks; a program's is the latest of its own record, its projects' and its program-level
 * risks' (a program is stale only when nothing in it moved). Active overrides and the
 * last effective health recorded in an earlier week ({@code health_snapshots}) come with
 * the first statement.
 */
@Component
@Transactional(readOnly = true)
class HealthFactsQuery {

	/*
	 * Active overrides (expires_on >= today) and the last effective health recorded for a
	 * week before this one come with the programs and projects: joins and correlated
	 * look-ups on the unique (subject, week_start) index, no extra statement.
	 */
	private static final String PROJECTS = """
			select p.id as program_id, p.program_key, p.name as program_name, p.updated_at as program_updated,
			       j.id as project_id, j.project_key, j.name as project_name, j.budget_planned, j.budget_spent,
			       j.updated_at as project_updated,
			       po.health as program_override, po.rationale as program_rationale,
			       po.expires_on as program_expires, coalesce(pu.display_name, po.set_by) as program_set_by,
			       po.version as program_override_version,
			       jo.health as project_override, jo.rationale as project_rationale,
			       jo.expires_on as project_expires, coalesce(ju.display_name, jo.set_by) as project_set_by,
			       jo.version as project_override_version,
			       (select s.effective from health_snapshots s where s.program_id = p.id and s.week_start < :weekStart
			        order by s.week_start desc limit 1) as program_was,
			       %2$s as project_was,
			       coalesce(rc.n, 0) as critical_issues, coalesce(rn.n, 0) as past_needed_by,
			       coalesce(ra.n, 0) as overdue_actions
			from programs p
			left join projects j on j.program_id = p.id and j.archived = false
			left join (select program_id, count(*) as n from issues
			           where not archived and status in ('OPEN', 'IN_PROGRESS') and priority = 'CRITICAL'
			           group by program_id) rc on rc.program_id = p.id
			left join (select program_id, count(*) as n from (
			             select program_id from issues where not archived and status in ('OPEN', 'IN_PROGRESS')
			               and escalation_needed_by < :today
			             union all
			             select program_id from decisions where not archived and status = 'NEEDED' and needed_by < :today
			           ) late group by program_id) rn on rn.program_id = p.id
			left join (select program_id, count(*) as n from actions
			           where not archived and status = 'OPEN' and due_date < :today
			           group by program_id) ra on ra.program_id = p.id
			left join health_overrides po on po.program_id = p.id and po.expires_on >= :today
			left join users pu on pu.username = po.set_by
			left join health_overrides jo on jo.project_id = j.id and jo.expires_on >= :today
			left join users ju on ju.username = jo.set_by
			where %1$s
			order by p.program_key, j.project_key
			""";

	/**
	 * A project's trend is shown on its program's page only: the portfolio skips 5,000
	 * look-ups.
	 */
	private static final String PROJECT_WAS = """
			(select s.effective from health_snapshots s where s.project_id = j.id and s.week_start < :weekStart
			        order by s.week_start desc limit 1)""";

	/*
	 * Open milestones one by one (the slip, overdue and blocked rules look at each);
	 * finished ones (DONE, CANCELLED) only as a count and latest change per project and
	 * status, because the rules need no more of them: at scale most milestones are
	 * finished, so this reads a fraction of the rows. The aggregate rows have a null id.
	 * No ORDER BY: sorting 50,000 rows cost more than reading them; each project's few
	 * open milestones are put in order in Java instead.
	 */
	private static final String MILESTONES = """
			select m.id, m.project_id, m.name, m.baseline_date, m.forecast_date, m.actual_date, m.status, m.updated_at,
			       1 as closed_count
			from milestones m
			join projects j on j.id = m.project_id
			join programs p on p.id = j.program_id
			where m.archived = false and j.archived = false and m.status not in ('DONE', 'CANCELLED') and %1$s
			union all
			select null, m.project_id, null, null, null, null, m.status, max(m.updated_at), count(*)
			from milestones m
			join projects j on j.id = m.project_id
			join programs p on p.id = j.program_id
			where m.archived = false and j.archived = false and m.status in ('DONE', 'CANCELLED') and %1$s
			group by m.project_id, m.status
			""";

	/*
	 * Only risks the risk rule can fire on (OPEN or MITIGATING, scoring at least the
	 * AMBER score) one by one; the rest only as their latest change per program and
	 * project, for staleness.
	 */
	private static final String RISKS = """
			select r.id, r.program_id, r.project_id, r.title, r.score, r.status, r.updated_at
			from risks r
			join programs p on p.id = r.program_id
			where r.archived = false and r.status in ('OPEN', 'MITIGATING') and r.score >= :amberScore and %1$s
			union all
			select null, r.program_id, r.project_id, null, null, null, max(r.updated_at)
			from risks r
			join programs p on p.id = r.program_id
			where r.archived = false and (r.status not in ('OPEN', 'MITIGATING') or r.score < :amberScore) and %1$s
			group by r.program_id, r.project_id
			""";

	private static final String ALL = "p.archived = false";

	private static final String ONE = "p.id = :programId";

	private static final String SOME = "p.archived = false and p.id in (:programIds)";

	static final int RECENT_REVISIONS = 1000;

	private static final String VERSION = """
			select coalesce((select max(id) from revisions), 0) as top,
			       (select count(*) from revisions r
			        where r.id > coalesce((select max(id) from revisions), 0) - %d) as recent,
			       coalesce((select max(id) from health_snapshots), 0) as snapshot
			""".formatted(RECENT_REVISIONS);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final HealthRules rules;

	HealthFactsQuery(JdbcClient jdbc, Clock clock, HealthRules rules) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rules = rules;
	}

	/**
	 * Where the data health reads stands, in one cheap statement: the newest change
	 * revision (every change of a program, project, milestone, risk or override writes
	 * one, in the same transaction), how many revisions lie within the last
	 * {@value #RECENT_REVISIONS} ids (so that a transaction that took a lower id but
	 * committed later still counts as a change), and the newest weekly health snapshot
	 * (trends read those). Equal versions mean equal facts, up to changes made outside
	 * the application.
	 * @return the version
	 */
	public DataVersion version() {
		return this.jdbc.sql(VERSION)
			.query((rs, row) -> new DataVersion(rs.getLong("top"), rs.getLong("recent"), rs.getLong("snapshot")))
			.single();
	}

	/**
	 * @param revision the newest revision id
	 * @param recentRevisions the revisions among the newest ids
	 * @param snapshot the newest health snapshot id
	 */
	public record DataVersion(long revision, long recentRevisions, long snapshot) {
	}

	/** Every program that is not archived, ordered by key. */
	public List<ProgramFacts> portfolio() {
		return read(ALL, null);
	}

	/** One program (archived or not), or an empty list if there is no such program. */
	public List<ProgramFacts> program(long programId) {
		return read(ONE, programId);
	}

	/**
	 * Some programs that are not archived (unknown and archived ones are left out),
	 * ordered by key, in the same three statements as {@link #portfolio()}; without their
	 * projects' trends, as there.
	 */
	public List<ProgramFacts> programs(Collection<Long> programIds) {
		if (programIds.isEmpty()) {
			return List.of();
		}
		return read(SOME, null, Map.of("programIds", programIds));
	}

	private List<ProgramFacts> read(String where, Long programId) {
		return read(where, programId, params(programId));
	}

	private List<ProgramFacts> read(String where, Long programId, Map<String, ?> scope) {
		Map<Long, ProgramRow> programs = new LinkedHashMap<>();
		Map<Long, ProjectRow> projects = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.sql(PROJECTS.formatted(where, (programId != null) ? PROJECT_WAS : "null"))
			.params(scope)
			.param("today", today)
			.param("weekStart", HealthWeeks.weekStart(today))
			.query((rs) -> {
				long id = rs.getLong("program_id");
				ProgramRow program = programs.get(id);
				if (program == null) {
					program = new ProgramRow(rs.getString("program_key"), rs.getString("program_name"),
							day(rs, "program_updated"), override(rs, "program"), health(rs, "program_was"),
							new RegisterFacts(rs.getInt("critical_issues"), rs.getInt("past_needed_by"),
									rs.getInt("overdue_actions")));
					programs.put(id, program);
				}
				long projectId = rs.getLong("project_id");
				if (!rs.wasNull()) {
					ProjectRow project = new ProjectRow(rs.getString("project_key"), rs.getString("project_name"),
							rs.getBigDecimal("budget_planned"), rs.getBigDecimal("budget_spent"),
							day(rs, "project_updated"), override(rs, "project"), health(rs, "project_was"));
					projects.put(projectId, project);
					program.projects.add(project);
				}
			});
		if (programs.isEmpty()) {
			return List.of();
		}
		statement(MILESTONES, where, scope).query((rs) -> {
			ProjectRow project = projects.get(rs.getLong("project_id"));
			if (project != null) {
				MilestoneStatus status = MilestoneStatus.valueOf(rs.getString("status"));
				long id = rs.getLong("id");
				if (!rs.wasNull()) {
					project.milestones
						.add(new MilestoneRow(id, new MilestoneFacts(rs.getString("name"), date(rs, "baseline_date"),
								date(rs, "forecast_date"), date(rs, "actual_date"), state(status))));
				}
				else if (status == MilestoneStatus.DONE) {
					project.doneNotListed += rs.getInt("closed_count");
				}
				project.touched(day(rs, "updated_at"));
			}
		});
		statement(RISKS, where, scope).param("amberScore", this.rules.risks().amberScore()).query((rs) -> {
			rs.getLong("id");
			RiskFacts risk = rs.wasNull() ? null : new RiskFacts(rs.getString("title"), rs.getInt("score"),
					RiskStatus.valueOf(rs.getString("status")).isLive());
			long projectId = rs.getLong("project_id");
			ProjectRow project = rs.wasNull() ? null : projects.get(projectId);
			if (project != null) {
				if (risk != null) {
					project.risks.add(risk);
				}
				project.touched(day(rs, "updated_at"));
			}
			else {
				// a program-level risk, or one of an archived project: it counts for the
				// program
				ProgramRow program = programs.get(rs.getLong("program_id"));
				if (program != null) {
					if (risk != null) {
						program.risks.add(risk);
					}
					program.touched(day(rs, "updated_at"));
				}
			}
		});
		List<ProgramFacts> facts = new ArrayList<>(programs.size());
		for (ProgramRow program : programs.values()) {
			List<ProjectFacts> projectFacts = new ArrayList<>(program.projects.size());
			for (ProjectRow project : program.projects) {
				program.touched(project.lastUpdated);
				projectFacts.add(new ProjectFacts(project.key, project.name, project.budgetPlanned, project.budgetSpent,
						project.lastUpdated, project.milestones(), project.risks, project.override, project.previous,
						project.doneNotListed));
			}
			facts.add(new ProgramFacts(program.key, program.name, program.lastUpdated, projectFacts, program.risks,
					program.override, program.previous, program.register));
		}
		return facts;
	}

	private JdbcClient.StatementSpec statement(String sql, String where, Map<String, ?> scope) {
		return this.jdbc.sql(sql.formatted(where)).params(scope);
	}

	private static Map<String, ?> params(Long programId) {
		return (programId != null) ? Map.of("programId", programId) : Map.of();
	}

	/**
	 * The states the health rules tell apart: not started and in progress are both open.
	 */
	private static MilestoneState state(MilestoneStatus status) {
		return switch (status) {
			case NOT_STARTED, IN_PROGRESS -> MilestoneState.OPEN;
			case BLOCKED -> MilestoneState.BLOCKED;
			case DONE -> MilestoneState.DONE;
			case CANCELLED -> MilestoneState.CANCELLED;
		};
	}

	private static HealthOverride override(ResultSet rs, String prefix) throws SQLException {
		String health = rs.getString(prefix + "_override");
		if (health == null) {
			return null;
		}
		return new HealthOverride(Health.valueOf(health), rs.getString(prefix + "_rationale"),
				date(rs, prefix + "_expires"), rs.getString(prefix + "_set_by"),
				rs.getLong(prefix + "_override_version"));
	}

	private static Health health(ResultSet rs, String column) throws SQLException {
		String health = rs.getString(column);
		return (health != null) ? Health.valueOf(health) : null;
	}

	private LocalDate day(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? LocalDate.ofInstant(timestamp.toInstant(), this.clock.getZone()) : null;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static LocalDate later(LocalDate current, LocalDate candidate) {
		if (candidate == null) {
			return current;
		}
		return (current == null || candidate.isAfter(current)) ? candidate : current;
	}

	private record MilestoneRow(long id, MilestoneFacts facts) {

		static final Comparator<MilestoneRow> ORDER = Comparator
			.comparing((MilestoneRow row) -> row.facts().forecast(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingLong(MilestoneRow::id);

	}

	private static final class ProgramRow {

		final String key;

		final String name;

		LocalDate lastUpdated;

		final List<ProjectRow> projects = new ArrayList<>();

		final List<RiskFacts> risks = new ArrayList<>();

		final HealthOverride override;

		final Health previous;

		final RegisterFacts register;

		ProgramRow(String key, String name, LocalDate lastUpdated, HealthOverride override, Health previous,
				RegisterFacts register) {
			this.key = key;
			this.name = name;
			this.lastUpdated = lastUpdated;
			this.override = override;
			this.previous = previous;
			this.register = register;
		}

		void touched(LocalDate day) {
			this.lastUpdated = later(this.lastUpdated, day);
		}

	}

	private static final class ProjectRow {

		final String key;

		final String name;

		final BigDecimal budgetPlanned;

		final BigDecimal budgetSpent;

		LocalDate lastUpdated;

		final List<MilestoneRow> milestones = new ArrayList<>();

		final List<RiskFacts> risks = new ArrayList<>();

		final HealthOverride override;

		final Health previous;

		int doneNotListed;

		/** The open milestones by forecast date (none last), then by id. */
		List<MilestoneFacts> milestones() {
			this.milestones.sort(MilestoneRow.ORDER);
			return this.milestones.stream().map(MilestoneRow::facts).toList();
		}

		ProjectRow(String key, String name, BigDecimal budgetPlanned, BigDecimal budgetSpent, LocalDate lastUpdated,
				HealthOverride override, Health previous) {
			this.override = override;
			this.previous = previous;
			this.key = key;
			this.name = name;
			this.budgetPlanned = budgetPlanned;
			this.budgetSpent = budgetSpent;
			this.lastUpdated = lastUpdated;
		}

		void touched(LocalDate day) {
			this.lastUpdated = later(this.lastUpdated, day);
		}

	}

}
