package dev.milepost.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.milepost.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives records written without Envers (the demo loader writes with plain SQL) a starting
 * revision, so that their first edit shows as a change from the old to the new value.
 * Runs at start-up in demo mode only, after the demo loader; migration V13 did the same
 * once for records that existed before history began.
 */
@Component
@Order(10)
public class HistoryBaseline implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(HistoryBaseline.class);

	/** Audited tables and their audited columns (besides id, rev, revtype). */
	private static final Map<String, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("users", "username, display_name, email, enabled");
		TABLES.put("programs", "program_key, name, description, objective, status, owner_id, start_date, "
				+ "target_end_date, budget_planned, budget_currency, archived");
		TABLES.put("projects", "program_id, project_key, name, description, lead, phase, start_date, end_date, "
				+ "budget_planned, budget_spent, archived");
		TABLES.put("milestones", "project_id, name, description, owner, baseline_date, forecast_date, actual_date, "
				+ "status, archived");
		TABLES.put("risks", "program_id, project_id, title, description, category, probability, impact, score, owner, "
				+ "response, mitigation, next_review_date, status, raised_date, archived");
		TABLES.put("stakeholders", "name, email, title, organisation, influence, interest, archived");
		TABLES.put("program_stakeholders", "program_id, stakeholder_id, raci_role, receives_weekly_report");
		TABLES.put("project_stakeholders", "project_id, stakeholder_id, raci_role");
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final DemoMode demoMode;

	private final Clock clock;

	HistoryBaseline(JdbcClient jdbc, PlatformTransactionManager transactionManager, DemoMode demoMode, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demoMode.isEnabled()) {
			recordUntracked();
		}
	}

	/**
	 * Records the current state of every audited record that has no history yet in one
	 * revision by {@code system}; does nothing (and leaves no revision) when there is
	 * none.
	 * @return how many records were recorded
	 */
	public int recordUntracked() {
		Integer recorded = this.transaction.execute((status) -> {
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc.sql("insert into revisions (changed_at, username) values (:at, 'system')")
				.param("at", OffsetDateTime.now(this.clock))
				.update(key, "id");
			long rev = key.getKeyAs(Number.class).longValue();
			int rows = 0;
			for (Map.Entry<String, String> table : TABLES.entrySet()) {
				rows += this.jdbc
					.sql("insert into " + table.getKey() + "_aud (id, rev, revtype, " + table.getValue()
							+ ") select t.id, :rev, 0, " + table.getValue() + " from " + table.getKey()
							+ " t where not exists (select 1 from " + table.getKey() + "_aud a where a.id = t.id)")
					.param("rev", rev)
					.update();
			}
			if (rows == 0) {
				this.jdbc.sql("delete from revisions where id = :rev").param("rev", rev).update();
				return 0;
			}
			this.jdbc.sql("insert into program_editors_aud (rev, revtype, program_id, user_id) "
					+ "select :rev, 0, e.program_id, e.user_id from program_editors e where not exists "
					+ "(select 1 from program_editors_aud a where a.program_id = e.program_id and a.user_id = e.user_id)")
				.param("rev", rev)
				.update();
			this.jdbc
				.sql("insert into user_roles_aud (rev, revtype, user_id, role) "
						+ "select :rev, 0, r.user_id, r.role from user_roles r where not exists "
						+ "(select 1 from user_roles_aud a where a.user_id = r.user_id and a.role = r.role)")
				.param("rev", rev)
				.update();
			return rows;
		});
		if (recorded != null && recorded > 0) {
			logger.info("Recorded the starting state of {} records without history", recorded);
		}
		return (recorded != null) ? recorded : 0;
	}

}
