package dev.milepost.healthrecord;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

import dev.milepost.health.Health;
import dev.milepost.health.ProgramHealth;
import dev.milepost.health.ProjectHealth;
import dev.milepost.health.Reason;
import dev.milepost.shared.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the computed and effective health of every program and project that is not
 * archived, once per ISO week ({@code health_snapshots}): every Monday at 06:00 in
 * {@code milepost.time-zone} ({@code milepost.health.snapshot-cron}), and at start-up if
 * this week's record is missing (the app may have been down on Monday). Idempotent: a
 * subject that already has a row for the week is skipped by the insert itself
 * ({@code insert ... select ... where not exists}, the same SQL on PostgreSQL and H2),
 * and the unique (subject, week_start) keys catch a race with a second instance. Every
 * entry point (the schedule, the start-up run, {@link #recordThisWeek()}) goes through
 * {@link Jobs} and its lock {@value #LOCK}, so only one instance (or thread) records at a
 * time; a second one is refused.
 */
@Component
public class HealthSnapshotJob {

	static final String LOCK = "health-snapshots";

	private static final Logger logger = LoggerFactory.getLogger(HealthSnapshotJob.class);

	private static final int REASONS_LENGTH = 1000;

	private static final String INSERT_PROGRAM = """
			insert into health_snapshots (week_start, program_id, project_id, computed, effective, reasons, recorded_at)
			select :week, p.id, null, :computed, :effective, :reasons, :recordedAt
			from programs p
			where p.program_key = :program
			  and not exists (select 1 from health_snapshots s where s.program_id = p.id and s.week_start = :week)
			""";

	private static final String INSERT_PROJECT = """
			insert into health_snapshots (week_start, program_id, project_id, computed, effective, reasons, recorded_at)
			select :week, null, j.id, :computed, :effective, :reasons, :recordedAt
			from projects j
			join programs p on p.id = j.program_id
			where p.program_key = :program and j.project_key = :project
			  and not exists (select 1 from health_snapshots s where s.project_id = j.id and s.week_start = :week)
			""";

	private final HealthBoard board;

	private final HealthMessages messages;

	private final NamedParameterJdbcTemplate jdbc;

	private final Jobs jobs;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	HealthSnapshotJob(HealthBoard board, HealthMessages messages, NamedParameterJdbcTemplate jdbc, Jobs jobs,
			PlatformTransactionManager transactionManager, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.board = board;
		this.messages = messages;
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Start-up: this week's record if it is missing (after the demo data, which runners
	 * load).
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void recordAtStartup() {
		try {
			recordThisWeek();
		}
		catch (Jobs.JobRefusedException ex) {
			// another instance, starting at the same moment, is recording it
			logger.info("This week's health is being recorded by another instance");
		}
		catch (RuntimeException ex) {
			// the app is usable without this week's record; the Monday job tries again
			logger.warn("Could not record this week's health at start-up", ex);
		}
	}

	/** Monday morning: this week's record. */
	@Scheduled(cron = "${milepost.health.snapshot-cron:0 0 6 * * MON}", zone = "${milepost.time-zone:UTC}")
	public void recordWeekly() {
		this.jobs.runScheduled(LOCK, this::recordUnderLock);
	}

	/**
	 * Records this week's health of every program and project that has none yet, under
	 * the job's lock (the transaction commits before the lock is released).
	 * @return the number of rows inserted
	 * @throws Jobs.JobRefusedException when another instance (or thread) is recording, or
	 * its scheduled run ended less than a minute ago
	 */
	public int recordThisWeek() {
		return this.jobs.run(LOCK, this::recordUnderLock);
	}

	private int recordUnderLock() {
		Integer inserted = this.transaction.execute((status) -> record());
		return (inserted != null) ? inserted : 0;
	}

	private int record() {
		LocalDate today = this.board.today();
		LocalDate week = HealthWeeks.weekStart(today);
		Collection<ProgramHealth> programs = this.board.portfolio().portfolio().programs();
		List<SqlParameterSource> programRows = new ArrayList<>();
		List<SqlParameterSource> projectRows = new ArrayList<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (ProgramHealth program : programs) {
			programRows.add(row(week, program.key(), null, program.computed(), program.effective(),
					summary(program.reasons()), now));
			for (ProjectHealth project : program.projects()) {
				projectRows.add(row(week, program.key(), project.key(), project.computed(), project.effective(),
						summary(project.reasons()), now));
			}
		}
		try {
			// this week's records are no one's trend before next week (a trend compares
			// with an earlier week), when the day's refresh of the program summaries
			// reads them: no HealthRecorded here
			int inserted = insert(programRows, projectRows);
			logger.info("Recorded health for the week of {}: {} rows ({} programs, {} projects evaluated)", week,
					inserted, programRows.size(), projectRows.size());
			return inserted;
		}
		catch (DuplicateKeyException ex) {
			// another instance recorded the same week at the same moment: its rows stand
			logger.info("Health for the week of {} was recorded concurrently elsewhere", week);
			return 0;
		}
	}

	/**
	 * Demo only: writes {@code weeks} weeks of SYNTHETIC history before this week for the
	 * given programs and their projects, a seeded random walk that ends next to today's
	 * effective health, so that trend arrows have something to show. Never call this on
	 * real data.
	 * @return the number of rows inserted
	 */
	@Transactional
	public int backfillSyntheticHistory(Collection<String> programKeys, int weeks) {
		LocalDate thisWeek = HealthWeeks.weekStart(this.board.today());
		List<SqlParameterSource> programRows = new ArrayList<>();
		List<SqlParameterSource> projectRows = new ArrayList<>();
		HealthBoard.Overview overview = this.board.portfolio();
		for (String key : programKeys) {
			ProgramHealth program = overview.of(key);
			if (program == null) {
				continue;
			}
			walk(programRows, thisWeek, weeks, program.key(), null, program.effective());
			for (ProjectHealth project : program.projects()) {
				walk(projectRows, thisWeek, weeks, program.key(), project.key(), project.effective());
			}
		}
		int inserted = insert(programRows, projectRows);
		if (inserted > 0) {
			this.events.publishEvent(new HealthRecorded(inserted));
		}
		return inserted;
	}

	private void walk(List<SqlParameterSource> rows, LocalDate thisWeek, int weeks, String program, String project,
			Health now) {
		Random random = new Random((program + "/" + project).hashCode());
		Health health = now;
		for (int back = 1; back <= weeks; back++) {
			// one week in three the health was different the week before
			if (random.nextInt(3) == 0) {
				Health[] values = Health.values();
				health = values[random.nextInt(values.length)];
			}
			LocalDate week = thisWeek.minusWeeks(back);
			Instant recordedAt = week.atTime(LocalTime.of(6, 0)).atZone(this.clock.getZone()).toInstant();
			rows.add(row(week, program, project, health, health, "Synthetic demo history", Timestamp.from(recordedAt)));
		}
	}

	private int insert(List<SqlParameterSource> programRows, List<SqlParameterSource> projectRows) {
		int inserted = 0;
		if (!programRows.isEmpty()) {
			inserted += sum(this.jdbc.batchUpdate(INSERT_PROGRAM, programRows.toArray(SqlParameterSource[]::new)));
		}
		if (!projectRows.isEmpty()) {
			inserted += sum(this.jdbc.batchUpdate(INSERT_PROJECT, projectRows.toArray(SqlParameterSource[]::new)));
		}
		return inserted;
	}

	private static SqlParameterSource row(LocalDate week, String program, String project, Health computed,
			Health effective, String reasons, Timestamp recordedAt) {
		return new MapSqlParameterSource().addValue("week", week)
			.addValue("program", program)
			.addValue("project", project)
			.addValue("computed", computed.name())
			.addValue("effective", effective.name())
			.addValue("reasons", reasons)
			.addValue("recordedAt", recordedAt);
	}

	/**
	 * The reasons as English text: a note for people reading the table, not parsed by
	 * anything.
	 */
	private String summary(List<Reason> reasons) {
		if (reasons.isEmpty()) {
			return null;
		}
		String summary = reasons.stream()
			.map((reason) -> this.messages.text(reason, Locale.ENGLISH))
			.collect(Collectors.joining("; "));
		return (summary.length() <= REASONS_LENGTH) ? summary : summary.substring(0, REASONS_LENGTH - 1) + "…";
	}

	private static int sum(int[] counts) {
		int sum = 0;
		for (int count : counts) {
			// some drivers answer SUCCESS_NO_INFO (-2) for batched statements
			sum += Math.max(count, 0);
		}
		return sum;
	}

}
