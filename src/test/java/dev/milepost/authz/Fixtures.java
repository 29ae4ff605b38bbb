package dev.milepost.authz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramDetails;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectDetails;
import dev.milepost.portfolio.ProjectPhase;
import dev.milepost.portfolio.ProjectService;
import dev.milepost.raid.ActionDetails;
import dev.milepost.raid.ActionService;
import dev.milepost.raid.ActionStatus;
import dev.milepost.raid.ChangeRequest;
import dev.milepost.raid.ChangeRequestDetails;
import dev.milepost.raid.ChangeRequestService;
import dev.milepost.raid.DecisionDetails;
import dev.milepost.raid.DecisionService;
import dev.milepost.raid.DecisionStatus;
import dev.milepost.raid.IssueDetails;
import dev.milepost.raid.IssueService;
import dev.milepost.raid.IssueStatus;
import dev.milepost.raid.Priority;
import dev.milepost.report.digest.WeeklyReportJob;
import dev.milepost.risk.RiskCategory;
import dev.milepost.risk.RiskDetails;
import dev.milepost.risk.RiskResponse;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskStatus;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.security.UserService;
import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.RaciRole;
import dev.milepost.stakeholder.StakeholderData;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds, through the application's own services, a small portfolio owned by one TPM with
 * one named editor ({@link World}), and snapshots every row of it. A plain object rather
 * than a bean, so that the authorization tests share the one cached Spring context of the
 * suite.
 */
class Fixtures {

	/**
	 * The people of the matrix; usernames unique to these tests (demo users are admin,
	 * tpm, leader).
	 */
	enum Principal {

		ANONYMOUS(null, null), VIEWER("authz-viewer", Role.VIEWER), STRANGER("authz-stranger", Role.TPM),
		OWNER("authz-owner", Role.TPM), EDITOR("authz-editor", Role.TPM), ADMIN("authz-admin", Role.ADMIN);

		final String username;

		final Role role;

		Principal(String username, Role role) {
			this.username = username;
			this.role = role;
		}

	}

	final TestData data;

	final ProgramService programs;

	final ProjectService projects;

	final MilestoneService milestones;

	final RiskService risks;

	final StakeholderService stakeholders;

	final UserService users;

	final JdbcClient jdbc;

	final WeeklyReportJob weeklyJob;

	final IssueService issues;

	final DecisionService decisions;

	final ActionService actions;

	final ChangeRequestService changes;

	private final Map<String, RaidIds> raid = new java.util.HashMap<>();

	Fixtures(ApplicationContext context) {
		this.issues = context.getBean(IssueService.class);
		this.decisions = context.getBean(DecisionService.class);
		this.actions = context.getBean(ActionService.class);
		this.changes = context.getBean(ChangeRequestService.class);
		this.data = context.getBean(TestData.class);
		this.programs = context.getBean(ProgramService.class);
		this.projects = context.getBean(ProjectService.class);
		this.milestones = context.getBean(MilestoneService.class);
		this.risks = context.getBean(RiskService.class);
		this.stakeholders = context.getBean(StakeholderService.class);
		this.users = context.getBean(UserService.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.weeklyJob = context.getBean(WeeklyReportJob.class);
	}

	/**
	 * Every principal has an address and no digest subscription, so that subscribing
	 * changes a row.
	 */
	void digestReady() {
		for (Principal principal : Principal.values()) {
			if (principal.username != null) {
				user(principal);
			}
		}
		this.jdbc
			.sql("update users set email = username || '@example.org' where username like 'authz-%' and email is null")
			.update();
		this.jdbc.sql(
				"delete from digest_subscriptions where user_id in (select id from users where username like 'authz-%')")
			.update();
	}

	User user(Principal principal) {
		return this.data.user(principal.username, principal.role);
	}

	/** A program owned by {@code owner}, with {@code editors}. */
	Program program(String token, User owner, User... editors) {
		String key = TestData.uniqueKey();
		Set<Long> editorIds = new java.util.LinkedHashSet<>();
		for (User editor : editors) {
			editorIds.add(editor.getId());
		}
		return this.programs.create(new ProgramDetails(key, "Authz " + token + " " + key, "Description", "Objective",
				ProgramStatus.ACTIVE, owner.getId(), editorIds, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30),
				new BigDecimal("1000.00"), "EUR"));
	}

	Project project(String token, Program program) {
		String key = TestData.uniqueKey();
		return this.projects
			.create(new ProjectDetails(program.getId(), key, "Authz " + token + " " + key, "Description", "Lee Lead",
					ProjectPhase.EXECUTING, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), null, null));
	}

	Milestone milestone(String token, Project project, String name) {
		return this.milestones.create(project.getId(), "Authz " + token + " " + name, null, "Ann",
				LocalDate.of(2026, 9, 1), null, null, null);
	}

	Long risk(String token, Program program, Project project) {
		return this.risks
			.create(new RiskDetails(program.getId(), (project != null) ? project.getId() : null,
					"Authz " + token + " risk", null, RiskCategory.TECHNICAL, 3, 4, "Rita Owner", RiskResponse.REDUCE,
					null, null, RiskStatus.OPEN, LocalDate.of(2026, 1, 10)))
			.getId();
	}

	Long stakeholder(String token, String name) {
		return this.stakeholders
			.create(new StakeholderData("Authz " + token + " " + name,
					token.toLowerCase(Locale.ROOT) + "-" + name.toLowerCase(Locale.ROOT) + "@example.org", null, null,
					Level.MEDIUM, Level.HIGH))
			.getId();
	}

	/**
	 * A fresh portfolio owned by {@link Principal#OWNER} with {@link Principal#EDITOR} as
	 * editor.
	 */
	World world() {
		String token = TestData.uniqueKey();
		User owner = user(Principal.OWNER);
		User editor = user(Principal.EDITOR);
		for (Principal principal : Principal.values()) {
			if (principal.username != null) {
				user(principal);
			}
		}
		Program program = program(token, owner, editor);
		Program emptyProgram = program(token, owner, editor);
		Project project = project(token, program);
		Project emptyProject = project(token, program);
		Milestone successor = milestone(token, project, "successor");
		Milestone predecessor = milestone(token, project, "predecessor");
		Milestone free = milestone(token, project, "free");
		this.milestones.addDependency(successor.getId(), predecessor.getId());
		Long risk = risk(token, program, project);
		Long stakeholder = stakeholder(token, "linked");
		Long freeStakeholder = stakeholder(token, "free");
		Long programLink = this.stakeholders.linkToProgram(stakeholder, program.getId(), RaciRole.ACCOUNTABLE, true)
			.getId();
		Long projectLink = this.stakeholders.linkToProject(stakeholder, project.getId(), RaciRole.RESPONSIBLE).getId();
		Long account = this.data.user("authz-" + token.toLowerCase(Locale.ROOT), Role.TPM).getId();
		return new World(this, token, program.getId(), emptyProgram.getId(), project.getId(), emptyProject.getId(),
				successor.getId(), predecessor.getId(), free.getId(), risk, stakeholder, freeStakeholder, programLink,
				projectLink, account);
	}

	/**
	 * An issue, a decision, an action and a draft change request (moving the successor's
	 * baseline) of the world's program, built on first use.
	 */
	RaidIds raid(World world) {
		return this.raid.computeIfAbsent(world.token(), (token) -> {
			Long owner = user(Principal.OWNER).getId();
			LocalDate day = LocalDate.of(2026, 1, 12);
			Long issue = this.issues
				.create(new IssueDetails(world.program(), null, "Authz " + token + " issue", null, Priority.HIGH, owner,
						day, null, IssueStatus.OPEN, null, null, null, null, null))
				.getId();
			Long decision = this.decisions
				.create(new DecisionDetails(world.program(), null, "Authz " + token + " decision", null, null,
						Priority.HIGH, DecisionStatus.NEEDED, day.plusDays(30), null, null, null, null, null, Set.of(),
						Set.of(), Set.of()))
				.getId();
			Long action = this.actions
				.create(new ActionDetails(world.program(), null, "Authz " + token + " action", null, Priority.LOW,
						owner, null, day.plusDays(7), ActionStatus.OPEN, null))
				.getId();
			Long change = this.changes.create(new ChangeRequestDetails(world.program(), null,
					"Authz " + token + " change", "Scope grew", "Sam Sponsor", Priority.HIGH, null,
					List.of(new ChangeRequestDetails.Move(world.successor(), LocalDate.of(2026, 10, 20))), List.of()))
				.getId();
			return new RaidIds(issue, decision, action, change);
		});
	}

	/** The world's draft change request, submitted. */
	void submitChange(World world) {
		Long id = raid(world).change();
		ChangeRequest change = this.changes.get(id);
		this.changes.submit(id, change.getVersion());
	}

	record RaidIds(Long issue, Long decision, Long action, Long change) {
	}

	long version(String table, Long id) {
		return this.jdbc.sql("select version from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/**
	 * Every row of the world, and every row created with its token: what a refused
	 * request must leave exactly as it was.
	 */
	/**
	 * An active override of the program's or project's health ({@code column}: program_id
	 * or project_id).
	 */
	void override(String column, Long id) {
		this.jdbc
			.sql("insert into health_overrides (" + column + ", health, rationale, expires_on, set_by, set_at, "
					+ "version, created_at, updated_at) values (:id, 'RED', 'Authz', :expires, 'authz', "
					+ ":now, 0, :now, :now)")
			.param("id", id)
			.param("now", TestClock.runNowAtUtc())
			.param("expires", TestClock.runToday().plusDays(5))
			.update();
	}

	/**
	 * A published weekly report of the program (version 1), so that it can be corrected.
	 */
	void publishedReport(Long programId, String week) {
		this.jdbc.sql("""
				insert into status_reports (program_id, iso_week, version_no, status, summary, snapshot, published_by,
				published_at, version, created_at, updated_at)
				values (:p, :w, 1, 'PUBLISHED', 'Published text', '{}', 'test-owner', :now, 0,
				:now, :now)""").param("now", TestClock.runNowAtUtc()).param("p", programId).param("w", week).update();
	}

	/**
	 * No digest for the week, so that publishing it (or running the weekly job for it)
	 * changes something.
	 */
	void unpublishDigest(String week) {
		this.jdbc.sql("delete from digests where iso_week = :w").param("w", week).update();
	}

	/** The week the weekly job runs for now. */
	String previousWeek() {
		return this.weeklyJob.previousWeek().toString();
	}

	/**
	 * The world's program's kept summary made wrong behind the application's back, so
	 * that a check finds it and repairs it.
	 */
	void wrongSummary(World world) {
		this.jdbc.sql("update program_summaries set blocked = blocked + 7 where program_id = :p")
			.param("p", world.program())
			.update();
	}

	/** A FAILED outbox mail whose dedupe key and recipient carry the world's token. */
	void failedMail(World world) {
		String token = world.token().toLowerCase(Locale.ROOT);
		this.jdbc
			.sql("insert into mail_outbox (dedupe_key, recipient, subject, body_text, status, attempts, "
					+ "next_attempt_at, last_error, created_at, version) values (:key, :recipient, 'Authz', 'Authz', "
					+ "'FAILED', 8, :now, 'Authz failure', :now, 0)")
			.param("now", TestClock.runNowAtUtc())
			.param("key", "authz:" + token)
			.param("recipient", "authz-" + token + "@example.org")
			.update();
	}

	Long mailId(World world) {
		return this.jdbc.sql("select id from mail_outbox where dedupe_key = :key")
			.param("key", "authz:" + world.token().toLowerCase(Locale.ROOT))
			.query(Long.class)
			.single();
	}

	Map<String, List<Map<String, Object>>> snapshot(World world) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("programs", List.of(world.program(), world.emptyProgram()));
		params.put("stakeholders", List.of(world.stakeholder(), world.freeStakeholder()));
		params.put("token", "%" + world.token() + "%");
		params.put("account", world.account());
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		String projectIds = "select id from projects where program_id in (:programs) or name like :token";
		String milestoneIds = "select id from milestones where project_id in (" + projectIds + ") or name like :token";
		query(rows, params, "programs", "select * from programs where id in (:programs) or name like :token");
		query(rows, params, "program_editors", "select * from program_editors where program_id in "
				+ "(select id from programs where id in (:programs) or name like :token)");
		query(rows, params, "projects", "select * from projects where id in (" + projectIds + ")");
		query(rows, params, "milestones", "select * from milestones where id in (" + milestoneIds + ")");
		query(rows, params, "milestone_dependencies", "select * from milestone_dependencies where milestone_id in ("
				+ milestoneIds + ") or predecessor_id in (" + milestoneIds + ")");
		query(rows, params, "milestone_date_changes",
				"select * from milestone_date_changes where milestone_id in (" + milestoneIds + ")");
		query(rows, params, "risks", "select * from risks where program_id in (:programs) or title like :token");
		for (String table : List.of("issues", "decisions", "actions", "change_requests")) {
			query(rows, params, table,
					"select * from " + table + " where program_id in (:programs) or title like :token");
		}
		String changeIds = "select id from change_requests where program_id in (:programs) or title like :token";
		query(rows, params, "change_request_moves",
				"select * from change_request_moves where change_request_id in (" + changeIds + ")");
		query(rows, params, "change_request_budgets",
				"select * from change_request_budgets where change_request_id in (" + changeIds + ")");
		String decisionIds = "select id from decisions where program_id in (:programs) or title like :token";
		for (String table : List.of("decision_risks", "decision_issues", "decision_milestones")) {
			query(rows, params, table, "select * from " + table + " where decision_id in (" + decisionIds + ")");
		}
		query(rows, params, "stakeholders",
				"select * from stakeholders where id in (:stakeholders) or name like :token");
		query(rows, params, "program_stakeholders", "select * from program_stakeholders where program_id in "
				+ "(:programs) or stakeholder_id in (:stakeholders)");
		query(rows, params, "project_stakeholders", "select * from project_stakeholders where project_id in ("
				+ projectIds + ") or stakeholder_id in (:stakeholders)");
		query(rows, params, "health_overrides", "select * from health_overrides where program_id in (:programs) "
				+ "or project_id in (" + projectIds + ")");
		query(rows, params, "status_reports", "select * from status_reports where program_id in (:programs)");
		query(rows, params, "program_summaries", "select * from program_summaries where program_id in (:programs)");
		String accounts = "select id from users where id = :account or lower(username) like lower(:token)";
		query(rows, params, "users", "select * from users where id in (" + accounts + ")");
		query(rows, params, "user_roles", "select * from user_roles where user_id in (" + accounts + ")");
		query(rows, params, "digest_subscriptions", "select * from digest_subscriptions where stakeholder_id in "
				+ "(:stakeholders) or user_id in (select id from users where username like 'authz-%')");
		// the leadership digest is the portfolio's: every row
		query(rows, params, "digests", "select * from digests");
		query(rows, params, "mail_outbox", "select * from mail_outbox where lower(dedupe_key) like lower(:token) "
				+ "or lower(recipient) like lower(:token)");
		return rows;
	}

	private void query(Map<String, List<Map<String, Object>>> rows, Map<String, Object> params, String table,
			String sql) {
		List<Map<String, Object>> result = new ArrayList<>(
				this.jdbc.sql(sql + " order by 1, 2").params(params).query().listOfRows());
		rows.put(table, result);
	}

}
