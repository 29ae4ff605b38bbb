package dev.milepost.summary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.milepost.health.Health;
import dev.milepost.health.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads, locks and writes the rows of {@code program_summaries} (plain SQL, the same on
 * PostgreSQL and H2).
 */
@Component
class SummaryStore {

	private static final String COLUMNS = """
			s.program_id, s.as_of, s.computed_health, s.effective_health, s.override_health, s.trend_was,
			s.reasons, s.projects, s.milestones, s.done, s.cancelled, s.on_time, s.slipped, s.overdue, s.blocked,
			s.next_id, s.next_name, s.next_date, s.open_risks, s.top_score, s.budget_planned, s.budget_spent,
			s.open_issues, s.critical_issues, s.overdue_issues, s.open_escalations, s.overdue_escalations,
			s.needed_decisions, s.overdue_decisions, s.open_actions, s.overdue_actions, s.pending_changes, s.risk_cells""";

	/**
	 * Every program that is not archived with its row, if any: a program without one has
	 * {@code null} columns.
	 */
	private static final String CURRENT = """
			select p.id as program, %s
			from programs p left join program_summaries s on s.program_id = p.id
			where p.archived = false
			""".formatted(COLUMNS);

	private static final String UPDATE = """
			update program_summaries set as_of = :asOf, computed_health = :computed, effective_health = :effective,
			       override_health = :override, trend_was = :trendWas, reasons = :reasons, projects = :projects,
			       milestones = :milestones, done = :done, cancelled = :cancelled, on_time = :onTime,
			       slipped = :slipped, overdue = :overdue, blocked = :blocked, next_id = :nextId,
			       next_name = :nextName, next_date = :nextDate, open_risks = :openRisks, top_score = :topScore,
			       budget_planned = :budgetPlanned, budget_spent = :budgetSpent, open_issues = :openIssues,
			       critical_issues = :criticalIssues, overdue_issues = :overdueIssues,
			       open_escalations = :openEscalations, overdue_escalations = :overdueEscalations,
			       needed_decisions = :neededDecisions, overdue_decisions = :overdueDecisions,
			       open_actions = :openActions, overdue_actions = :overdueActions, pending_changes = :pendingChanges,
			       risk_cells = :riskCells
			where program_id = :programId
			""";

	private static final String INSERT = """
			insert into program_summaries (program_id, as_of, computed_health, effective_health, override_health,
			       trend_was, reasons, projects, milestones, done, cancelled, on_time, slipped, overdue, blocked,
			       next_id, next_name, next_date, open_risks, top_score, budget_planned, budget_spent, open_issues,
			       critical_issues, overdue_issues, open_escalations, overdue_escalations, needed_decisions,
			       overdue_decisions, open_actions, overdue_actions, pending_changes, risk_cells)
			values (:programId, :asOf, :computed, :effective, :override, :trendWas, :reasons, :projects,
			       :milestones, :done, :cancelled, :onTime, :slipped, :overdue, :blocked, :nextId, :nextName,
			       :nextDate, :openRisks, :topScore, :budgetPlanned, :budgetSpent, :openIssues, :criticalIssues,
			       :overdueIssues, :openEscalations, :overdueEscalations, :neededDecisions, :overdueDecisions,
			       :openActions, :overdueActions, :pendingChanges, :riskCells)
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final DecodedReasons reasons = new DecodedReasons();

	private final Clock clock;

	SummaryStore(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock) {
		this.jdbc = jdbc;
		this.named = named;
		this.clock = clock;
	}

	/**
	 * Every program that is not archived, with its row or {@code null} when it has none
	 * yet (or it was never computed): one statement.
	 */
	Map<Long, @Nullable ProgramSummary> current() {
		Map<Long, @Nullable ProgramSummary> rows = new LinkedHashMap<>();
		this.jdbc.sql(CURRENT).query((rs) -> {
			rs.getObject("as_of");
			rows.put(rs.getLong("program"), rs.wasNull() ? null : row(rs));
		});
		return rows;
	}

	/**
	 * Locks the rows of these programs (those that exist) until the transaction ends, in
	 * id order, so that two transactions that change the same program compute its row one
	 * after the other, the second from what the first committed.
	 * @return the programs that have a row
	 */
	Set<Long> lock(Collection<Long> programIds) {
		if (programIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("select program_id from program_summaries where program_id in (:ids) order by program_id for update")
			.param("ids", programIds)
			.query(Long.class)
			.list());
	}

	/** Locks every row (see {@link #lock(Collection)}). */
	Set<Long> lockAll() {
		return new HashSet<>(this.jdbc.sql("select program_id from program_summaries order by program_id for update")
			.query(Long.class)
			.list());
	}

	/**
	 * Writes fresh rows: updates the rows that exist, inserts the others.
	 * @param existing the programs that have a row (as {@link #lock} answered)
	 */
	void save(Collection<ProgramSummary> fresh, Set<Long> existing) {
		List<SqlParameterSource> updates = new ArrayList<>();
		List<SqlParameterSource> inserts = new ArrayList<>();
		for (ProgramSummary summary : fresh) {
			(existing.contains(summary.programId()) ? updates : inserts).add(params(summary));
		}
		if (!updates.isEmpty()) {
			this.named.batchUpdate(UPDATE, updates.toArray(SqlParameterSource[]::new));
		}
		if (!inserts.isEmpty()) {
			this.named.batchUpdate(INSERT, inserts.toArray(SqlParameterSource[]::new));
		}
	}

	private static SqlParameterSource params(ProgramSummary s) {
		ProgramSummary.Register r = s.register();
		return new MapSqlParameterSource().addValue("programId", s.programId())
			.addValue("asOf", s.asOf())
			.addValue("computed", s.computed().name())
			.addValue("effective", s.effective().name())
			.addValue("override", name(s.overrideHealth()))
			.addValue("trendWas", name(s.trendWas()))
			.addValue("reasons", ReasonCodec.write(s.reasons()))
			.addValue("projects", s.projects())
			.addValue("milestones", s.milestones())
			.addValue("done", s.done())
			.addValue("cancelled", s.cancelled())
			.addValue("onTime", s.onTime())
			.addValue("slipped", s.slipped())
			.addValue("overdue", s.overdue())
			.addValue("blocked", s.blocked())
			.addValue("nextId", s.nextId(), java.sql.Types.BIGINT)
			.addValue("nextName", s.nextName(), java.sql.Types.VARCHAR)
			.addValue("nextDate", s.nextDate(), java.sql.Types.DATE)
			.addValue("openRisks", s.openRisks())
			.addValue("topScore", s.topScore(), java.sql.Types.INTEGER)
			.addValue("budgetPlanned", s.budgetPlanned(), java.sql.Types.NUMERIC)
			.addValue("budgetSpent", s.budgetSpent(), java.sql.Types.NUMERIC)
			.addValue("openIssues", r.openIssues())
			.addValue("criticalIssues", r.criticalIssues())
			.addValue("overdueIssues", r.overdueIssues())
			.addValue("openEscalations", r.openEscalations())
			.addValue("overdueEscalations", r.overdueEscalations())
			.addValue("neededDecisions", r.neededDecisions())
			.addValue("overdueDecisions", r.overdueDecisions())
			.addValue("openActions", r.openActions())
			.addValue("overdueActions", r.overdueActions())
			.addValue("pendingChanges", r.pendingChanges())
			.addValue("riskCells", s.riskCells().text());
	}

	/**
	 * The portfolio's version (see {@link ProgramSummaries#version()}), or {@code -1}
	 * when its row is missing (the table was emptied by hand).
	 */
	long version() {
		return this.jdbc.sql("select version from portfolio_version where id = 1")
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/**
	 * Adds one to the portfolio's version (writes the row again if it was deleted): the
	 * row stays locked until the transaction ends, so versions are committed in the order
	 * they are taken.
	 */
	void nextVersion() {
		if (this.jdbc.sql("update portfolio_version set version = version + 1 where id = 1").update() == 0) {
			// above any version counted before it was deleted (one per change), so that
			// no
			// instance takes what it kept for an old version for the new one
			this.jdbc.sql("insert into portfolio_version (id, version) values (1, :version)")
				.param("version", this.clock.millis())
				.update();
		}
	}

	private static @Nullable String name(@Nullable Health health) {
		return (health != null) ? health.name() : null;
	}

	private static @Nullable Health health(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? Health.valueOf(value) : null;
	}

	private ProgramSummary row(ResultSet rs) throws SQLException {
		long nextId = rs.getLong("next_id");
		Long next = rs.wasNull() ? null : nextId;
		String text = rs.getString("reasons");
		List<Reason> parsed = (text != null) ? this.reasons.of(text) : List.of();
		return new ProgramSummary(rs.getLong("program_id"), rs.getObject("as_of", LocalDate.class),
				health(rs, "computed_health"), health(rs, "effective_health"), health(rs, "override_health"),
				health(rs, "trend_was"), parsed, rs.getLong("projects"), rs.getLong("milestones"), rs.getLong("done"),
				rs.getLong("cancelled"), rs.getLong("on_time"), rs.getLong("slipped"), rs.getLong("overdue"),
				rs.getLong("blocked"), next, rs.getString("next_name"), rs.getObject("next_date", LocalDate.class),
				rs.getLong("open_risks"), rs.getObject("top_score", Integer.class), rs.getBigDecimal("budget_planned"),
				rs.getBigDecimal("budget_spent"),
				new ProgramSummary.Register(rs.getLong("open_issues"), rs.getLong("critical_issues"),
						rs.getLong("overdue_issues"), rs.getLong("open_escalations"), rs.getLong("overdue_escalations"),
						rs.getLong("needed_decisions"), rs.getLong("overdue_decisions"), rs.getLong("open_actions"),
						rs.getLong("overdue_actions"), rs.getLong("pending_changes")),
				RiskCells.parse(rs.getString("risk_cells")));
	}

}
