package dev.milepost.raid;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.milepost.demo.DemoPortfolioLoaded;
import dev.milepost.demo.DemoScale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a freshly loaded demo portfolio its register: per program a realistic handful (an
 * escalation due this week, an overdue issue, a resolved one, a decision needed from
 * leadership, a decided one, actions due, overdue and done, a submitted change request);
 * at the medium and large scales also about 4 issues, 2 decisions, 8 actions and 0.4
 * change requests per project (there some do trip the register's health rules). Plain
 * batched SQL, like the demo portfolio itself; dates are relative to today.
 */
@Component
class DemoRegister {

	private static final Logger logger = LoggerFactory.getLogger(DemoRegister.class);

	private static final String[] ISSUE_TITLES = { "Test environment down for two days", "Vendor API rate-limits us",
			"Key engineer on leave, no cover", "Security review found blocking findings",
			"Data migration rejects 3% of records", "Build pipeline flaky since upgrade" };

	private static final String[] DECISION_TITLES = { "Cut scope or move the date", "Build or buy the scheduler",
			"Which region hosts the pilot", "Freeze the API for the release" };

	private static final String[] ACTION_TITLES = { "Send revised plan to sponsor", "Book the steering meeting",
			"Confirm vendor delivery date", "Update the risk register", "Draft the cut-over checklist",
			"Get sign-off on test results", "Share capacity forecast", "Review open defects with QA" };

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DemoRegister(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// before the program summaries are refreshed for the demo (they read what this
	// writes)
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE - 100)
	@Transactional
	void demoLoaded(DemoPortfolioLoaded event) {
		LocalDate today = LocalDate.now(this.clock);
		Timestamp now = Timestamp.from(this.clock.instant());
		// due this week: Friday, or today at the weekend
		LocalDate thisWeek = (today.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) >= 0) ? today
				: today.with(DayOfWeek.FRIDAY);
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(this.jdbc);
		List<Map<String, Object>> programs = named.queryForList("""
				select g.id, g.owner_id,
				  (select min(ps.stakeholder_id) from program_stakeholders ps
				   where ps.program_id = g.id and ps.raci_role = 'ACCOUNTABLE') as accountable,
				  (select min(ps.stakeholder_id) from program_stakeholders ps where ps.program_id = g.id) as anyone,
				  (select min(p.id) from projects p where p.program_id = g.id) as project,
				  (select min(m.id) from milestones m join projects p on p.id = m.project_id
				   where p.program_id = g.id and m.status not in ('DONE', 'CANCELLED')) as milestone
				from programs g where g.program_key in (:keys)""", Map.of("keys", event.programKeys()));
		List<Object[]> issues = new ArrayList<>();
		List<Object[]> decisions = new ArrayList<>();
		List<Object[]> actions = new ArrayList<>();
		int n = 0;
		for (Map<String, Object> p : programs) {
			Long program = ((Number) p.get("id")).longValue();
			Long owner = ((Number) p.get("owner_id")).longValue();
			Long leader = number(p.get("accountable"), p.get("anyone"));
			// HIGH, due this week, one overdue action: nothing here trips a health rule,
			// so the
			// demo keeps its curated mix of GREEN, AMBER and RED programs
			issues.add(issue(program, null, "Capacity gap blocks the integration sprint", "HIGH", owner,
					today.minusDays(6), today.plusDays(9), "IN_PROGRESS", null,
					(leader != null) ? "Approve two contract engineers for six weeks" : null, leader,
					(leader != null) ? thisWeek : null, now));
			issues.add(issue(program, null, ISSUE_TITLES[n % ISSUE_TITLES.length], "HIGH", owner, today.minusDays(20),
					today.minusDays(4), "OPEN", null, null, null, null, now));
			issues.add(issue(program, null, ISSUE_TITLES[(n + 1) % ISSUE_TITLES.length], "MEDIUM", owner,
					today.minusDays(30), today.minusDays(10), "RESOLVED", "Worked around; root cause fixed upstream.",
					null, null, null, now));
			decisions.add(decision(program, null, DECISION_TITLES[n % DECISION_TITLES.length], "HIGH", "NEEDED",
					today.plusDays(6), leader, null, null, now));
			decisions
				.add(decision(program, null, DECISION_TITLES[(n + 1) % DECISION_TITLES.length], "MEDIUM", "DECIDED",
						today.minusDays(25), leader, today.minusDays(21), "Go with the recommended option.", now));
			actions.add(action(program, null, ACTION_TITLES[n % ACTION_TITLES.length], "HIGH", owner, null,
					today.minusDays(2), "OPEN", null, now));
			actions.add(action(program, null, ACTION_TITLES[(n + 1) % ACTION_TITLES.length], "MEDIUM",
					(leader != null) ? null : owner, leader, today.plusDays(4), "OPEN", null, now));
			actions.add(action(program, null, ACTION_TITLES[(n + 2) % ACTION_TITLES.length], "LOW", owner, null,
					today.minusDays(7), "DONE", today.minusDays(8), now));
			n++;
		}
		if (event.scale() != DemoScale.SMALL) {
			perProject(named, event.programKeys(), today, now, issues, decisions, actions);
		}
		this.jdbc.batchUpdate("""
				insert into issues (program_id, project_id, title, priority, owner_id, raised_on, target_date, status,
				  resolution, escalation_ask, escalated_to_id, escalation_needed_by, archived, version, created_at,
				  updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", issues);
		this.jdbc.batchUpdate("""
				insert into decisions (program_id, project_id, title, priority, status, needed_by, decider_id,
				  decided_on, decision, archived, version, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", decisions);
		this.jdbc.batchUpdate("""
				insert into actions (program_id, project_id, title, priority, owner_user_id, owner_stakeholder_id,
				  due_date, status, completed_on, archived, version, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", actions);
		int changes = changeRequests(programs, today, now);
		logger.info("Demo register: {} issues, {} decisions, {} actions, {} change requests", issues.size(),
				decisions.size(), actions.size(), changes);
	}

	/**
	 * About 4 issues, 2 decisions and 8 actions per project of the generated programs.
	 */
	private void perProject(NamedParameterJdbcTemplate named, List<String> keys, LocalDate today, Timestamp now,
			List<Object[]> issues, List<Object[]> decisions, List<Object[]> actions) {
		List<Map<String, Object>> projects = named.queryForList("""
				select p.id, p.program_id, g.owner_id,
				  (select min(ps.stakeholder_id) from program_stakeholders ps where ps.program_id = g.id) as anyone,
				  (select min(m.id) from milestones m where m.project_id = p.id
				   and m.status not in ('DONE', 'CANCELLED')) as milestone
				from projects p join programs g on g.id = p.program_id where g.program_key in (:keys)""",
				Map.of("keys", keys));
		List<Object[]> changes = new ArrayList<>();
		List<Long> changeMilestones = new ArrayList<>();
		List<Long> changeProjects = new ArrayList<>();
		int n = 0;
		int index = 0;
		for (Map<String, Object> p : projects) {
			Long project = ((Number) p.get("id")).longValue();
			Long program = ((Number) p.get("program_id")).longValue();
			Long owner = ((Number) p.get("owner_id")).longValue();
			Long stakeholder = number(p.get("anyone"));
			for (int i = 0; i < 4; i++, n++) {
				boolean escalate = stakeholder != null && n % 7 == 0;
				issues.add(issue(program, project, ISSUE_TITLES[n % ISSUE_TITLES.length],
						(n % 9 == 0) ? "CRITICAL" : "MEDIUM", owner, today.minusDays(n % 40),
						today.plusDays(n % 30 - 10), (n % 3 == 0) ? "RESOLVED" : "OPEN", (n % 3 == 0) ? "Fixed." : null,
						escalate ? "Unblock budget approval" : null, escalate ? stakeholder : null,
						escalate ? today.plusDays(n % 14 - 4) : null, now));
			}
			for (int i = 0; i < 2; i++, n++) {
				boolean decided = n % 2 == 0;
				decisions.add(decision(program, project, DECISION_TITLES[n % DECISION_TITLES.length], "MEDIUM",
						decided ? "DECIDED" : "NEEDED", today.plusDays(n % 20 - 5), stakeholder,
						decided ? today.minusDays(n % 20) : null, decided ? "Agreed." : null, now));
			}
			for (int i = 0; i < 8; i++, n++) {
				actions.add(action(program, project, ACTION_TITLES[n % ACTION_TITLES.length], "LOW", owner, null,
						today.plusDays(n % 21 - 7), (n % 4 == 0) ? "DONE" : "OPEN",
						(n % 4 == 0) ? today.minusDays(1) : null, now));
			}
			// two projects in five: 0.4 change requests per project
			if (index++ % 5 < 2 && p.get("milestone") != null) {
				changes.add(new Object[] { program, project, "Re-plan " + project, today.plusDays(index % 10),
						(index % 3 == 0) ? "DRAFT" : "SUBMITTED", now, now });
				changeMilestones.add(((Number) p.get("milestone")).longValue());
				changeProjects.add(project);
			}
		}
		this.jdbc.batchUpdate("""
				insert into change_requests (program_id, project_id, title, reason, requested_by, priority, needed_by,
				  status, archived, version, created_at, updated_at)
				values (?, ?, ?, 'A dependency moved; the plan follows it.', 'Project lead', 'MEDIUM', ?, ?, false, 0,
				  ?, ?)""", changes);
		if (changeProjects.isEmpty()) {
			return;
		}
		Map<Long, Long> changeOf = new java.util.HashMap<>();
		named.query("select id, project_id from change_requests where project_id in (:projects) "
				+ "and title like 'Re-plan %'", Map.of("projects", changeProjects), (rs) -> {
					changeOf.put(rs.getLong("project_id"), rs.getLong("id"));
				});
		Map<Long, LocalDate> baselines = new java.util.HashMap<>();
		named.query("select id, baseline_date from milestones where id in (:ids)", Map.of("ids", changeMilestones),
				(rs) -> {
					baselines.put(rs.getLong("id"), rs.getObject("baseline_date", LocalDate.class));
				});
		List<Object[]> moves = new ArrayList<>();
		List<Object[]> budgets = new ArrayList<>();
		for (int i = 0; i < changeProjects.size(); i++) {
			Long change = changeOf.get(changeProjects.get(i));
			LocalDate baseline = baselines.get(changeMilestones.get(i));
			moves.add(new Object[] { change, changeMilestones.get(i), baseline, baseline.plusDays(7 + i % 21) });
			budgets
				.add(new Object[] { change, changeProjects.get(i), new java.math.BigDecimal(5000 + (i % 7) * 2500) });
		}
		this.jdbc.batchUpdate("""
				insert into change_request_moves (change_request_id, milestone_id, baseline_at_request, new_baseline)
				values (?, ?, ?, ?)""", moves);
		this.jdbc.batchUpdate(
				"insert into change_request_budgets (change_request_id, project_id, delta) values (?, ?, ?)", budgets);
	}

	/**
	 * One submitted change request per program that has an open milestone: it moves that
	 * milestone's baseline two weeks and adds budget to its project.
	 */
	private int changeRequests(List<Map<String, Object>> programs, LocalDate today, Timestamp now) {
		int count = 0;
		for (Map<String, Object> p : programs) {
			if (p.get("milestone") == null || p.get("project") == null) {
				continue;
			}
			Long program = ((Number) p.get("id")).longValue();
			Long milestone = ((Number) p.get("milestone")).longValue();
			Long project = ((Number) p.get("project")).longValue();
			this.jdbc.update(
					"""
							insert into change_requests (program_id, title, reason, requested_by, priority, needed_by, status,
							  archived, version, created_at, updated_at)
							values (?, 'Re-plan after the vendor slip', 'The vendor delivers four weeks late; the test phase moves with it.',
							  'Programme sponsor', 'HIGH', ?, 'SUBMITTED', false, 0, ?, ?)""",
					program, today.plusDays(5), now, now);
			Long change = this.jdbc.queryForObject("select max(id) from change_requests where program_id = ?",
					Long.class, program);
			LocalDate baseline = this.jdbc.queryForObject("select baseline_date from milestones where id = ?",
					LocalDate.class, milestone);
			this.jdbc.update(
					"""
							insert into change_request_moves (change_request_id, milestone_id, baseline_at_request, new_baseline)
							values (?, ?, ?, ?)""",
					change, milestone, baseline, baseline.plusDays(14));
			this.jdbc.update(
					"insert into change_request_budgets (change_request_id, project_id, delta) values (?, ?, ?)",
					change, project, new java.math.BigDecimal("25000.00"));
			count++;
		}
		return count;
	}

	private static Object[] issue(Long program, Long project, String title, String priority, Long owner,
			LocalDate raised, LocalDate target, String status, String resolution, String ask, Long to,
			LocalDate neededBy, Timestamp now) {
		boolean escalated = ask != null && to != null && neededBy != null;
		return new Object[] { program, project, title, priority, owner, raised, target, status, resolution,
				escalated ? ask : null, escalated ? to : null, escalated ? neededBy : null, now, now };
	}

	private static Object[] decision(Long program, Long project, String title, String priority, String status,
			LocalDate neededBy, Long decider, LocalDate decidedOn, String decision, Timestamp now) {
		return new Object[] { program, project, title, priority, status, neededBy, decider, decidedOn, decision, now,
				now };
	}

	private static Object[] action(Long program, Long project, String title, String priority, Long user,
			Long stakeholder, LocalDate due, String status, LocalDate completedOn, Timestamp now) {
		return new Object[] { program, project, title, priority, (stakeholder != null) ? null : user, stakeholder, due,
				status, completedOn, now, now };
	}

	private static Long number(Object... candidates) {
		for (Object candidate : candidates) {
			if (candidate != null) {
				return ((Number) candidate).longValue();
			}
		}
		return null;
	}

}
