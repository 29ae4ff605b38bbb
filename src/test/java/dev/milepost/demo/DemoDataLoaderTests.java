package dev.milepost.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.milepost.IntegrationTest;
import dev.milepost.health.Health;
import dev.milepost.health.HealthRule;
import dev.milepost.healthrecord.HealthBoard;
import dev.milepost.healthrecord.HealthMessages;
import dev.milepost.healthrecord.HealthWeeks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the demo portfolio into the shared PostgreSQL test database (once per JVM: its
 * program keys and e-mails are fixed) and checks what landed there. Every query is
 * narrowed to the demo's own program keys, because other tests write to the same
 * database.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class DemoDataLoaderTests {

	private static DemoDataSummary summary;

	@Autowired
	private DemoDataLoader loader;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Autowired
	private HealthBoard healthBoard;

	@Autowired
	private HealthMessages messages;

	@BeforeEach
	void loadDemoOncePerJvm() {
		synchronized (DemoDataLoaderTests.class) {
			if (summary == null) {
				summary = this.loader.load();
			}
		}
	}

	@Test
	void leadersSeeAMixOfHealthWithRealReasons() {
		HealthBoard.Overview overview = this.healthBoard.portfolio();
		Map<Health, List<String>> byHealth = new EnumMap<>(Health.class);
		for (String key : summary.programKeys()) {
			byHealth.computeIfAbsent(overview.of(key).effective(), (h) -> new ArrayList<>()).add(key);
		}
		assertThat(byHealth.get(Health.GREEN)).as("GREEN").containsExactlyInAnyOrder("DATA", "SOC2");
		assertThat(byHealth.get(Health.AMBER)).as("AMBER").containsExactlyInAnyOrder("CLOUD", "MOBILE");
		assertThat(byHealth.get(Health.RED)).as("RED").containsExactlyInAnyOrder("PAY", "CRM");
		assertThat(overview.of("DATA").reasons()).isEmpty();
		// the watched programs are AMBER for their risks, not for anything made up
		assertThat(overview.of("MOBILE").reasons()).extracting((r) -> this.messages.text(r, Locale.ENGLISH))
			.containsExactlyInAnyOrder("LAUNCH: Risk Campaign date fixed before beta results are known scores 16",
					"APP: Risk Biometric login fails on older Android devices scores 15");
		assertThat(overview.of("CLOUD").reasons()).allSatisfy((r) -> assertThat(r.rule()).isEqualTo(HealthRule.RISK));
	}

	@Test
	void demoProgramsGetEightWeeksOfSyntheticHealthHistory() {
		LocalDate thisWeek = HealthWeeks.weekStart(LocalDate.now(this.clock));
		List<Map<String, Object>> weeks = this.jdbc.sql("""
				select g.program_key, count(*) as weeks, min(s.week_start) as first_week, max(s.reasons) as note
				from health_snapshots s join programs g on g.id = s.program_id
				where g.program_key in (:keys) and s.week_start < :thisWeek group by g.program_key""")
			.param("keys", summary.programKeys())
			.param("thisWeek", thisWeek)
			.query()
			.listOfRows();
		assertThat(weeks).hasSize(summary.programKeys().size()).allSatisfy((row) -> {
			assertThat(((Number) row.get("weeks")).intValue()).isEqualTo(8);
			assertThat(row.get("first_week").toString()).isEqualTo(thisWeek.minusWeeks(8).toString());
			assertThat(row.get("note")).isEqualTo("Synthetic demo history");
		});
		assertThat(this.healthBoard.portfolio().trend("PAY")).isNotNull();
	}

	@Test
	void theDemoLeaderReceivesTheLeadershipDigest() {
		assertThat(this.jdbc.sql("select u.username from digest_subscriptions d join users u on u.id = d.user_id")
			.query(String.class)
			.list()).contains("leader");
	}

	@Test
	void isNotEnabledOnPostgresqlWhenTheSettingIsUnset() {
		assertThat(this.loader.isEnabled()).isFalse();
		assertThat(this.loader.loadIfWanted()).isFalse();
	}

	@Test
	void loadsTheSmallDemoWhenNoScaleIsSet() {
		assertThat(this.loader.getScale()).isEqualTo(DemoScale.SMALL);
	}

	@Test
	void loadsAtLeastTheAgreedAmountOfData() {
		assertThat(summary.programKeys()).hasSizeGreaterThanOrEqualTo(5).noneMatch((key) -> key.startsWith("T"));
		assertThat(count("select count(*) from programs where program_key in (:keys)")).isEqualTo(summary.programs());
		assertThat(count("select count(*) from programs where program_key in (:keys) and status = 'ON_HOLD'"))
			.isGreaterThanOrEqualTo(1);
		assertThat(count("select count(*) from projects p join programs g on g.id = p.program_id "
				+ "where g.program_key in (:keys)"))
			.isEqualTo(summary.projects())
			.isGreaterThanOrEqualTo(15);
		assertThat(this.jdbc.sql("""
				select count(*) from projects p join programs g on g.id = p.program_id
				where g.program_key in (:keys) group by g.id""")
			.param("keys", summary.programKeys())
			.query(Integer.class)
			.list()).allSatisfy((projects) -> assertThat(projects).isBetween(3, 4));
		assertThat(count(milestones(""))).isEqualTo(summary.milestones()).isGreaterThanOrEqualTo(80);
		assertThat(count("select count(*) from risks r join programs g on g.id = r.program_id "
				+ "where g.program_key in (:keys)"))
			.isEqualTo(summary.risks())
			.isGreaterThanOrEqualTo(30);
		assertThat(this.jdbc.sql("select count(*) from stakeholders where email in (:emails)")
			.param("emails", DemoCatalogue.PEOPLE.stream().map(DemoCatalogue.Person::email).toList())
			.query(Integer.class)
			.single()).isEqualTo(summary.stakeholders()).isGreaterThanOrEqualTo(25);
		assertThat(summary.dependencies()).isGreaterThanOrEqualTo(10);
		assertThat(count("select count(*) from program_stakeholders l join programs g on g.id = l.program_id "
				+ "where g.program_key in (:keys) and l.receives_weekly_report"))
			.isGreaterThanOrEqualTo(1);
		assertThat(count("select count(*) from project_stakeholders l join projects p on p.id = l.project_id "
				+ "join programs g on g.id = p.program_id where g.program_key in (:keys)"))
			.isEqualTo(summary.projectLinks())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void milestonesShowARealisticMixAsOfToday() {
		LocalDate today = LocalDate.now(this.clock);
		assertThat(count(milestones("and m.status = 'DONE' and m.actual_date is not null"))).isPositive();
		assertThat(count(milestones("and m.status = 'DONE' and m.actual_date > m.baseline_date"))).as("done late")
			.isPositive();
		assertThat(countOn(milestones("and m.status in ('NOT_STARTED', 'IN_PROGRESS') "
				+ "and m.forecast_date = m.baseline_date and m.forecast_date >= :today"), today))
			.as("on track")
			.isPositive();
		assertThat(countOn(milestones("and m.status not in ('DONE', 'CANCELLED') "
				+ "and m.forecast_date > m.baseline_date and m.forecast_date >= :today"), today))
			.as("slipped")
			.isPositive();
		assertThat(countOn(milestones("and m.status not in ('DONE', 'CANCELLED') and m.forecast_date < :today"), today))
			.as("overdue")
			.isPositive();
		assertThat(count(milestones("and m.status = 'BLOCKED'"))).isPositive();
		assertThat(count(milestones("and m.status = 'CANCELLED'"))).isPositive();
		assertThat(countOn(milestones("and m.actual_date > :today"), today)).as("actual date in the future").isZero();
	}

	@Test
	void everyMilestoneHasItsFirstForecastInTheHistory() {
		assertThat(count("""
				select count(*) from milestone_date_changes c join milestones m on m.id = c.milestone_id
				join projects p on p.id = m.project_id join programs g on g.id = p.program_id
				where g.program_key in (:keys) and c.kind = 'FORECAST' and c.old_date is null
				and c.changed_at = m.created_at""")).isEqualTo(summary.milestones());
		assertThat(count("""
				select count(*) from milestone_date_changes c join milestones m on m.id = c.milestone_id
				join projects p on p.id = m.project_id join programs g on g.id = p.program_id
				where g.program_key in (:keys) and c.kind = 'FORECAST' and c.old_date is not null
				and c.reason is not null""")).as("later forecast moves with reasons").isGreaterThanOrEqualTo(10);
		assertThat(count("""
				select count(*) from milestone_date_changes c join milestones m on m.id = c.milestone_id
				join projects p on p.id = m.project_id join programs g on g.id = p.program_id
				where g.program_key in (:keys) and c.kind = 'BASELINE' and c.reason is not null""")).as("re-baselines")
			.isGreaterThanOrEqualTo(2);
		assertThat(count("""
				select count(*) from milestone_date_changes c join milestones m on m.id = c.milestone_id
				join projects p on p.id = m.project_id join programs g on g.id = p.program_id
				where g.program_key in (:keys)""")).isEqualTo(summary.dateChanges());
	}

	@Test
	void risksCoverTheWholeScoreRange() {
		List<Integer> scores = this.jdbc.sql("""
				select r.score from risks r join programs g on g.id = r.program_id where g.program_key in (:keys)""")
			.param("keys", summary.programKeys())
			.query(Integer.class)
			.list();
		assertThat(scores).anyMatch((score) -> score >= 20).anyMatch((score) -> score <= 4).contains(1, 25);
		assertThat(count("select count(distinct r.category) from risks r join programs g on g.id = r.program_id "
				+ "where g.program_key in (:keys)"))
			.isEqualTo(7);
		assertThat(count("select count(distinct r.status) from risks r join programs g on g.id = r.program_id "
				+ "where g.program_key in (:keys)"))
			.isEqualTo(4);
		assertThat(count("select count(*) from risks r join programs g on g.id = r.program_id "
				+ "where g.program_key in (:keys) and r.project_id is not null"))
			.as("narrowed to a project")
			.isPositive();
	}

	@Test
	void dependenciesCrossProjectsAndProgramsWithoutCycles() {
		List<long[]> edges = this.jdbc.sql("""
				select d.milestone_id, d.predecessor_id, sp.id, pp.id, sp.program_id, pp.program_id
				from milestone_dependencies d
				join milestones s on s.id = d.milestone_id join projects sp on sp.id = s.project_id
				join milestones p on p.id = d.predecessor_id join projects pp on pp.id = p.project_id
				join programs g on g.id = sp.program_id
				where g.program_key in (:keys)""")
			.param("keys", summary.programKeys())
			.query((rs,
					row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
							rs.getLong(6) })
			.list();
		assertThat(edges).hasSize(summary.dependencies())
			.allMatch((edge) -> edge[2] != edge[3])
			.anyMatch((edge) -> edge[4] != edge[5]);
		assertThat(hasCycle(edges)).isFalse();
	}

	/**
	 * Kahn's algorithm: the graph is acyclic when every node can be taken in topological
	 * order.
	 */
	private static boolean hasCycle(List<long[]> edges) {
		Map<Long, Set<Long>> successors = new HashMap<>();
		Map<Long, Integer> incoming = new HashMap<>();
		for (long[] edge : edges) {
			long successor = edge[0];
			long predecessor = edge[1];
			if (successors.computeIfAbsent(predecessor, (k) -> new HashSet<>()).add(successor)) {
				incoming.merge(successor, 1, Integer::sum);
			}
			incoming.putIfAbsent(predecessor, 0);
		}
		Deque<Long> ready = new ArrayDeque<>();
		incoming.forEach((node, count) -> {
			if (count == 0) {
				ready.add(node);
			}
		});
		int taken = 0;
		while (!ready.isEmpty()) {
			long node = ready.poll();
			taken++;
			for (long next : successors.getOrDefault(node, Set.of())) {
				if (incoming.merge(next, -1, Integer::sum) == 0) {
					ready.add(next);
				}
			}
		}
		return taken < incoming.size();
	}

	private static String milestones(String condition) {
		return """
				select count(*) from milestones m join projects p on p.id = m.project_id
				join programs g on g.id = p.program_id where g.program_key in (:keys) """ + condition;
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).param("keys", summary.programKeys()).query(Integer.class).single();
	}

	private int countOn(String sql, LocalDate today) {
		return this.jdbc.sql(sql)
			.param("keys", summary.programKeys())
			.param("today", today)
			.query(Integer.class)
			.single();
	}

}
