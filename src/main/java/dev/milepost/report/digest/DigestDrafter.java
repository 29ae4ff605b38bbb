package dev.milepost.report.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.milepost.health.Health;
import dev.milepost.health.ProgramHealth;
import dev.milepost.healthrecord.HealthBoard;
import dev.milepost.healthrecord.HealthMessages;
import dev.milepost.raid.LeadershipAsksQuery;
import dev.milepost.raid.RegisterItem;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.digest.DigestContent.Ask;
import dev.milepost.report.digest.DigestContent.AskGroup;
import dev.milepost.report.digest.DigestContent.HealthChange;
import dev.milepost.report.digest.DigestContent.HealthGroup;
import dev.milepost.report.digest.DigestContent.LeadershipAsk;
import dev.milepost.report.digest.DigestContent.LeadershipAsks;
import dev.milepost.report.digest.DigestContent.ProgramLine;
import dev.milepost.report.digest.DigestContent.ProgramRef;
import dev.milepost.report.digest.DigestContent.RiskLine;
import dev.milepost.report.digest.DigestContent.SlipLine;
import dev.milepost.risk.TopRisksQuery;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts the leadership digest of a week from the read models, in a number of SQL
 * statements that does not depend on the number of programs: the portfolio health from
 * {@link HealthBoard} (one statement while its cached answer is current, else four), the
 * top risks from the risk register's {@link TopRisksQuery} (one), what is asked of
 * leadership from the register's {@link LeadershipAsksQuery} (one), and three projections
 * here (the programs with the health recorded at the start of the week, the week's
 * published reports, the week's forecast slips).
 */
@Component
public class DigestDrafter {

	/**
	 * At most this many reasons are listed per program (worst first); the program page
	 * has them all.
	 */
	public static final int REASONS_SHOWN = 5;

	/** At most this many forecast slips are listed (the total is still counted). */
	public static final int SLIPPED_LIMIT = 50;

	/**
	 * At most this many asks of leadership are listed (the total is still counted): every
	 * one in any portfolio that leadership can read through; the bound keeps the stored
	 * digest and its mail to a size a mail client shows.
	 */
	public static final int ASKS_LIMIT = 200;

	/**
	 * At most this many top risks are listed (as many as the portfolio dashboard shows).
	 */
	public static final int RISK_LIMIT = 10;

	/**
	 * Every program that is not archived, with its effective health recorded at the start
	 * of the week.
	 */
	private static final String PROGRAMS = """
			select p.id, p.program_key, p.name, p.status,
			       (select s.effective from health_snapshots s
			        where s.program_id = p.id and s.week_start <= :monday
			        order by s.week_start desc fetch first 1 rows only) as was
			from programs p
			where p.archived = false
			order by p.program_key
			""";

	/** The published report (the valid version) of each program for the week. */
	private static final String REPORTS = """
			select r.program_id, r.version_no, r.asks
			from status_reports r join programs p on p.id = r.program_id
			where r.iso_week = :week and r.status = 'PUBLISHED' and p.archived = false
			""";

	private static final String SLIPPED = """
			select m.name, c.old_date, c.new_date, c.reason, c.changed_by, j.project_key, g.id as program_id,
			       count(*) over () as total
			from milestone_date_changes c
			join milestones m on m.id = c.milestone_id
			join projects j on j.id = m.project_id
			join programs g on g.id = j.program_id
			where c.kind = 'FORECAST' and c.old_date is not null and c.new_date > c.old_date
			  and c.changed_at >= :from and c.changed_at < :to
			  and m.archived = false and j.archived = false and g.archived = false
			order by c.changed_at desc, c.id desc
			fetch first %d rows only
			""".formatted(SLIPPED_LIMIT);

	private final JdbcClient jdbc;

	private final HealthBoard health;

	private final HealthMessages messages;

	private final TopRisksQuery risks;

	private final LeadershipAsksQuery leadershipAsks;

	private final Clock clock;

	public DigestDrafter(JdbcClient jdbc, HealthBoard health, HealthMessages messages, TopRisksQuery risks,
			LeadershipAsksQuery leadershipAsks, Clock clock) {
		this.jdbc = jdbc;
		this.health = health;
		this.messages = messages;
		this.risks = risks;
		this.leadershipAsks = leadershipAsks;
		this.clock = clock;
	}

	/** The digest of {@code week}, computed now. */
	@Transactional(readOnly = true)
	public DigestContent draft(IsoWeek week) {
		Locale locale = LocaleContextHolder.getLocale();
		LocalDate monday = week.monday();
		LocalDate sunday = week.sunday();
		// the week's instants in the configured zone (milepost.time-zone is the clock's
		// zone)
		OffsetDateTime from = monday.atStartOfDay(this.clock.getZone())
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime to = sunday.plusDays(1)
			.atStartOfDay(this.clock.getZone())
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);

		record ProgramRow(ProgramRef ref, boolean active, String was) {
		}
		Map<Long, ProgramRow> programs = new LinkedHashMap<>();
		this.jdbc.sql(PROGRAMS)
			.param("monday", monday)
			.query((rs, n) -> new ProgramRow(
					new ProgramRef(rs.getLong("id"), rs.getString("program_key"), rs.getString("name")),
					"ACTIVE".equals(rs.getString("status")), rs.getString("was")))
			.list()
			.forEach((row) -> programs.put(row.ref().id(), row));

		HealthBoard.Overview overview = this.health.portfolio();
		Map<Health, List<ProgramLine>> byHealth = new LinkedHashMap<>();
		for (Health health : List.of(Health.RED, Health.AMBER, Health.GREEN)) {
			byHealth.put(health, new ArrayList<>());
		}
		List<HealthChange> changes = new ArrayList<>();
		for (ProgramRow program : programs.values()) {
			ProgramHealth health = overview.of(program.ref().key());
			if (health == null) {
				continue; // created after the cached evaluation: in the next digest
			}
			List<String> reasons = new ArrayList<>();
			int more = 0;
			if (health.effective() != Health.GREEN) {
				health.reasons()
					.stream()
					.limit(REASONS_SHOWN)
					.forEach((reason) -> reasons.add(this.messages.text(reason, locale)));
				more = health.reasons().size() - reasons.size();
			}
			byHealth.get(health.effective())
				.add(new ProgramLine(program.ref(), health.effective().name(), reasons, more, health.isOverridden()));
			if (program.was() != null && !program.was().equals(health.effective().name())) {
				changes.add(new HealthChange(program.ref(), program.was(), health.effective().name()));
			}
		}
		List<HealthGroup> groups = new ArrayList<>();
		byHealth.forEach((health, lines) -> groups.add(new HealthGroup(health.name(), List.copyOf(lines))));
		// worse first, then by key
		changes.sort(Comparator.comparing((HealthChange c) -> !c.worse()).thenComparing((c) -> c.program().key()));

		record ReportRow(long programId, int versionNo, String asks) {
		}
		Map<Long, ReportRow> reports = new HashMap<>();
		this.jdbc.sql(REPORTS)
			.param("week", week.toString())
			.query((rs, n) -> new ReportRow(rs.getLong("program_id"), rs.getInt("version_no"), rs.getString("asks")))
			.list()
			.forEach((row) -> reports.merge(row.programId(), row, (a, b) -> (a.versionNo() >= b.versionNo()) ? a : b));
		List<Ask> asks = new ArrayList<>();
		List<ProgramRef> withoutReport = new ArrayList<>();
		for (ProgramRow program : programs.values()) {
			ReportRow report = reports.get(program.ref().id());
			if (report == null) {
				if (program.active()) {
					withoutReport.add(program.ref());
				}
			}
			else if (isAnAsk(report.asks())) {
				asks.add(new Ask(program.ref(), report.asks().strip(), report.versionNo()));
			}
		}

		List<RiskLine> risks = this.risks.portfolio(RISK_LIMIT)
			.stream()
			.filter((risk) -> programs.containsKey(risk.programId()))
			.map((risk) -> new RiskLine(programs.get(risk.programId()).ref(), risk.projectKey(), risk.title(),
					risk.score(), risk.status().name(), risk.owner()))
			.toList();

		int[] total = { 0 };
		List<SlipLine> slipped = this.jdbc.sql(SLIPPED).param("from", from).param("to", to).query((rs, n) -> {
			total[0] = rs.getInt("total");
			LocalDate oldDate = rs.getObject("old_date", LocalDate.class);
			LocalDate newDate = rs.getObject("new_date", LocalDate.class);
			ProgramRow program = programs.get(rs.getLong("program_id"));
			return new SlipLine((program != null) ? program.ref() : null, rs.getString("project_key"),
					rs.getString("name"), oldDate, newDate, ChronoUnit.DAYS.between(oldDate, newDate),
					rs.getString("reason"), rs.getString("changed_by"));
		}).list().stream().filter((slip) -> slip.program() != null).toList();

		LocalDate today = LocalDate.now(this.clock);
		Map<Long, ProgramRef> refs = new HashMap<>();
		programs.forEach((id, program) -> refs.put(id, program.ref()));
		return new DigestContent(week.toString(), monday, sunday, today, List.copyOf(groups), List.copyOf(changes),
				List.copyOf(asks), List.copyOf(withoutReport), risks, slipped, total[0],
				askedOfLeadership(refs, today));
	}

	/**
	 * The register's open escalations and needed decisions, grouped by program in the
	 * query's order (whether or not the program published a report).
	 */
	private LeadershipAsks askedOfLeadership(Map<Long, ProgramRef> programs, LocalDate today) {
		LeadershipAsksQuery.Asks found = this.leadershipAsks.portfolio(ASKS_LIMIT);
		Map<Long, List<LeadershipAsk>> byProgram = new LinkedHashMap<>();
		for (RegisterItem item : found.items()) {
			if (programs.containsKey(item.programId())) {
				byProgram.computeIfAbsent(item.programId(), (id) -> new ArrayList<>())
					.add(new LeadershipAsk(item.kind().name(), item.id(), item.title(), item.ask(), item.askedOf(),
							item.due(), item.daysOverdue(today), item.projectKey()));
			}
		}
		List<AskGroup> groups = new ArrayList<>();
		byProgram.forEach((id, lines) -> groups.add(new AskGroup(programs.get(id), List.copyOf(lines))));
		return new LeadershipAsks(List.copyOf(groups), found.total());
	}

	/** Written, and not just "None" (what an empty ask is shown as) or the like. */
	static boolean isAnAsk(String asks) {
		if (asks == null || asks.isBlank()) {
			return false;
		}
		String text = asks.strip().toLowerCase(Locale.ROOT);
		while (text.endsWith(".")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		return !(text.isEmpty() || text.equals("none") || text.equals("n/a") || text.equals("-")
				|| text.equals("nothing") || text.equals("no asks"));
	}

}
