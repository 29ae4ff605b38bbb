package dev.milepost.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.milepost.demo.DemoPortfolio.DateChangeRow;
import dev.milepost.demo.DemoPortfolio.DependencyRow;
import dev.milepost.demo.DemoPortfolio.MilestoneRow;
import dev.milepost.demo.DemoPortfolio.ProgramLinkRow;
import dev.milepost.demo.DemoPortfolio.ProgramRow;
import dev.milepost.demo.DemoPortfolio.ProjectLinkRow;
import dev.milepost.demo.DemoPortfolio.ProjectRow;
import dev.milepost.demo.DemoPortfolio.RiskRow;
import dev.milepost.demo.DemoPortfolio.StakeholderRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Inserts a {@link DemoPortfolio} with batched plain SQL, table by table, reading
 * generated ids back by natural key. Runs inside the caller's transaction; does not
 * depend on any JPA entity.
 */
final class DemoPortfolioWriter {

	private static final int BATCH_SIZE = 1000;

	/** Natural keys per id look-up query: one query per chunk, never one per row. */
	private static final int KEYS_PER_QUERY = 2000;

	static final String TPM = "tpm";

	/**
	 * A hash no password matches; these accounts are disabled until an admin sets a
	 * password.
	 */
	private static final String NO_PASSWORD = "{bcrypt}$2a$10$Demo.owner.account.has.no.password.until.reset.by.an.admin";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	DemoPortfolioWriter(JdbcTemplate jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * @param demoPasswordHash the encoded password of the three demo accounts
	 */
	DemoDataSummary write(DemoPortfolio portfolio, String demoPasswordHash) {
		List<String> programKeys = portfolio.programs().stream().map(ProgramRow::key).toList();
		Map<String, Long> userIds = writeUsers(portfolio, demoPasswordHash);

		List<ProgramRow> programs = portfolio.programs();
		batch("""
				insert into programs (program_key, name, description, objective, status, owner_id, start_date,
				    target_end_date, budget_planned, budget_currency, archived, version, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", programs,
				(p) -> new Object[] { p.key(), p.name(), p.description(), p.objective(), p.status(),
						userIds.get(p.ownedByDemoTpm() ? TPM : username(p.owner())), p.startDate(), p.targetEndDate(),
						p.budgetPlanned(), p.budgetCurrency(), ts(p.createdAt()), ts(p.updatedAt()) });
		Map<String, Long> programIds = ids("select id, program_key as k from programs where program_key in (:keys)",
				programKeys);

		batch("""
				insert into projects (program_id, project_key, name, description, lead, phase, start_date, end_date,
				    budget_planned, budget_spent, archived, version, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", portfolio.projects(),
				(p) -> new Object[] { programIds.get(p.programKey()), p.key(), p.name(), p.description(), p.lead(),
						p.phase(), p.startDate(), p.endDate(), p.budgetPlanned(), p.budgetSpent(), ts(p.createdAt()),
						ts(p.updatedAt()) });
		Map<String, Long> projectIds = ids("""
				select p.id, g.program_key || '/' || p.project_key as k
				from projects p join programs g on g.id = p.program_id
				where g.program_key in (:keys)""", programKeys);

		batch("""
				insert into milestones (project_id, name, description, owner, baseline_date, forecast_date,
				    actual_date, status, archived, version, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", portfolio.milestones(),
				(m) -> new Object[] { projectIds.get(m.programKey() + "/" + m.projectKey()), m.name(), m.description(),
						m.owner(), m.baselineDate(), m.forecastDate(), m.actualDate(), m.status(), ts(m.createdAt()),
						ts(m.updatedAt()) });
		Map<String, Long> milestoneIdsByName = ids("""
				select m.id, g.program_key || '/' || p.project_key || '/' || m.name as k
				from milestones m join projects p on p.id = m.project_id join programs g on g.id = p.program_id
				where g.program_key in (:keys)""", programKeys);
		List<Long> milestoneIds = new ArrayList<>();
		for (MilestoneRow m : portfolio.milestones()) {
			milestoneIds.add(milestoneIdsByName.get(m.programKey() + "/" + m.projectKey() + "/" + m.name()));
		}

		batch("""
				insert into milestone_date_changes (milestone_id, kind, old_date, new_date, reason, changed_at,
				    changed_by)
				values (?, ?, ?, ?, ?, ?, ?)""", portfolio.dateChanges(),
				(c) -> new Object[] { milestoneIds.get(c.milestoneRef()), c.kind(), c.oldDate(), c.newDate(),
						c.reason(), ts(c.changedAt()), c.changedBy() });
		batch("""
				insert into milestone_dependencies (milestone_id, predecessor_id, created_at)
				values (?, ?, ?)""", portfolio.dependencies(), (d) -> new Object[] { milestoneIds.get(d.milestoneRef()),
				milestoneIds.get(d.predecessorRef()), ts(d.createdAt()) });

		batch("""
				insert into risks (program_id, project_id, title, description, category, probability, impact, score,
				    owner, response, mitigation, next_review_date, status, raised_date, archived, version,
				    created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", portfolio.risks(),
				(r) -> new Object[] { programIds.get(r.programKey()),
						(r.projectKey() != null) ? projectIds.get(r.programKey() + "/" + r.projectKey()) : null,
						r.title(), r.description(), r.category(), r.probability(), r.impact(), r.score(), r.owner(),
						r.response(), r.mitigation(), r.nextReviewDate(), r.status(), r.raisedDate(), ts(r.createdAt()),
						ts(r.updatedAt()) });

		batch("""
				insert into stakeholders (name, email, title, organisation, influence, interest, archived, version,
				    created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", portfolio.stakeholders(),
				(s) -> new Object[] { s.name(), s.email(), s.title(), s.organisation(), s.influence(), s.interest(),
						ts(s.createdAt()), ts(s.updatedAt()) });
		Map<String, Long> stakeholderIds = ids("select id, email as k from stakeholders where email in (:keys)",
				portfolio.stakeholders().stream().map(StakeholderRow::email).toList());

		batch("""
				insert into program_stakeholders (program_id, stakeholder_id, raci_role, receives_weekly_report,
				    version, created_at, updated_at)
				values (?, ?, ?, ?, 0, ?, ?)""", portfolio.programLinks(),
				(l) -> new Object[] { programIds.get(l.programKey()), stakeholderIds.get(l.email()), l.raciRole(),
						l.receivesWeeklyReport(), ts(l.createdAt()), ts(l.createdAt()) });
		batch("""
				insert into project_stakeholders (project_id, stakeholder_id, raci_role, version, created_at,
				    updated_at)
				values (?, ?, ?, 0, ?, ?)""", portfolio.projectLinks(),
				(l) -> new Object[] { projectIds.get(l.programKey() + "/" + l.projectKey()),
						stakeholderIds.get(l.email()), l.raciRole(), ts(l.createdAt()), ts(l.createdAt()) });

		return new DemoDataSummary(programKeys, portfolio.programs().size(), portfolio.projects().size(),
				portfolio.milestones().size(), portfolio.dateChanges().size(), portfolio.dependencies().size(),
				portfolio.risks().size(), portfolio.stakeholders().size(), portfolio.programLinks().size(),
				portfolio.projectLinks().size());
	}

	/**
	 * The demo accounts (admin, tpm, leader; password "demo"; the leader subscribed to
	 * the leadership digest) and one disabled TPM account without a password for each
	 * named program owner. The generator decides which programs the demo TPM owns
	 * ({@link ProgramRow#ownedByDemoTpm()}).
	 */
	private Map<String, Long> writeUsers(DemoPortfolio portfolio, String demoPasswordHash) {
		Instant now = this.clock.instant();
		List<Object[]> users = new ArrayList<>();
		List<Object[]> roles = new ArrayList<>();
		users.add(new Object[] { "admin", "Ada Admin", "admin@example.com", demoPasswordHash, true, ts(now), ts(now) });
		roles.add(new Object[] { "admin", "ADMIN" });
		users.add(
				new Object[] { TPM, "Tara Patel", "tara.patel@example.com", demoPasswordHash, true, ts(now), ts(now) });
		roles.add(new Object[] { TPM, "TPM" });
		users.add(new Object[] { "leader", "Leo Lindgren", "leo.lindgren@example.com", demoPasswordHash, true, ts(now),
				ts(now) });
		roles.add(new Object[] { "leader", "VIEWER" });
		portfolio.programs().stream().map(ProgramRow::owner).distinct().forEach((owner) -> {
			users.add(new Object[] { username(owner), owner, null, NO_PASSWORD, false, ts(now), ts(now) });
			roles.add(new Object[] { username(owner), "TPM" });
		});
		this.jdbc.batchUpdate("""
				insert into users (username, display_name, email, password_hash, enabled, failed_logins, version,
				    created_at, updated_at)
				values (?, ?, ?, ?, ?, 0, 0, ?, ?)""", users);
		Map<String, Long> ids = ids("select id, username as k from users where username in (:keys)",
				users.stream().map((u) -> (String) u[0]).toList());
		this.jdbc.batchUpdate("insert into user_roles (user_id, role) values (?, ?)",
				roles.stream().map((r) -> new Object[] { ids.get((String) r[0]), r[1] }).toList());
		// the demo leader reads the leadership digest by mail, as leaders do
		this.jdbc.update("insert into digest_subscriptions (user_id, created_by, created_at) values (?, 'demo', ?)",
				ids.get("leader"), ts(now));
		return ids;
	}

	/** "Arjun Mehta" -> "arjun.mehta", as the migration of free-text owners does. */
	static String username(String name) {
		return name.trim().replace(' ', '.').toLowerCase(java.util.Locale.ROOT);
	}

	private <T> void batch(String sql, List<T> rows, Function<T, Object[]> values) {
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			List<Object[]> args = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE))
				.stream()
				.map(values)
				.toList();
			this.jdbc.batchUpdate(sql, args);
		}
	}

	/**
	 * Reads {@code id} by natural key {@code k} for the rows matching {@code keys}, in a
	 * few queries of up to {@value #KEYS_PER_QUERY} keys each.
	 */
	private Map<String, Long> ids(String sql, List<String> keys) {
		Map<String, Long> ids = new HashMap<>(keys.size() * 2);
		for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
			List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
			this.named.query(sql, Map.of("keys", chunk), (rs) -> {
				ids.put(rs.getString("k"), rs.getLong("id"));
			});
		}
		return ids;
	}

	private static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
