package dev.milepost.report.digest;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportService;
import dev.milepost.report.mail.MailOutbox;
import dev.milepost.report.mail.OutgoingMail;
import dev.milepost.shared.CurrentActor;
import dev.milepost.shared.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The weekly report job, for the ISO week that just ended: every Monday at 07:00 in
 * {@code milepost.time-zone} ({@code milepost.reports.weekly-cron}), after the health
 * snapshot of 06:00. Every entry point (the schedule, {@link #runFor(IsoWeek)} for the
 * admin's button and anyone else) goes through {@link Jobs} and its lock {@value #LOCK},
 * so the job runs on one instance at a time; a second run at the same moment is refused
 * ({@link Jobs.JobRefusedException}), it never does the work twice. For every active
 * program whose report of the week is missing or still a draft (no version of the week
 * published), it either publishes the report ({@code milepost.reports.auto-publish=true})
 * or queues a reminder to the program's owner; then it publishes the week's digest, so
 * that the digest sees the reports published here. Every step is idempotent: a second run
 * publishes nothing twice and queues no reminder twice.
 */
@Component
public class WeeklyReportJob {

	static final String LOCK = "weekly-reports";

	/** Who publishes when the scheduler runs the job (no user is signed in then). */
	static final String ACTOR = "weekly-job";

	private static final Logger logger = LoggerFactory.getLogger(WeeklyReportJob.class);

	/**
	 * Active programs without a published (or superseded) version of the week's report,
	 * with their owner.
	 */
	private static final String UNPUBLISHED = """
			select p.id, p.program_key, p.name, u.id as owner_id, u.display_name, u.email,
			       (select count(*) from status_reports r where r.program_id = p.id and r.iso_week = :week) as versions
			from programs p join users u on u.id = p.owner_id
			where p.archived = false and p.status = 'ACTIVE'
			  and not exists (select 1 from status_reports r where r.program_id = p.id and r.iso_week = :week
			                  and r.status in ('PUBLISHED', 'SUPERSEDED'))
			order by p.program_key
			""";

	private final DigestService digests;

	private final ReportService reports;

	private final MailOutbox outbox;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Jobs jobs;

	private final Clock clock;

	private final boolean autoPublish;

	private final String baseUrl;

	WeeklyReportJob(DigestService digests, ReportService reports, MailOutbox outbox, JdbcClient jdbc,
			MessageSource messages, ApplicationEventPublisher events, Jobs jobs, Clock clock,
			@Value("${milepost.reports.auto-publish:false}") boolean autoPublish,
			@Value("${milepost.base-url:http://localhost:8080}") String baseUrl) {
		this.digests = digests;
		this.reports = reports;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.messages = messages;
		this.events = events;
		this.jobs = jobs;
		this.clock = clock;
		this.autoPublish = autoPublish;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The scheduled entry point: the job for the previous week, unless another instance
	 * (or thread) holds the lock or ran it less than a minute ago; then it returns at
	 * once.
	 * @return whether this call ran the job
	 */
	@Scheduled(cron = "${milepost.reports.weekly-cron:0 0 7 * * MON}", zone = "${milepost.time-zone:UTC}")
	public boolean runWeekly() {
		return this.jobs.runScheduled(LOCK, () -> work(previousWeek(), this.autoPublish));
	}

	/** The week that ended last, in {@code milepost.time-zone}. */
	public IsoWeek previousWeek() {
		return IsoWeek.current(this.clock).previous();
	}

	/**
	 * The job for {@code week} now (the admin's "Run weekly job now"), under the same
	 * lock as the schedule, released when it ends; safe to repeat. Each report is
	 * published in its own transaction; one that fails is logged and counted, and the
	 * others go on.
	 * @throws Jobs.JobRefusedException when the job is running on another instance (or
	 * thread), or its scheduled run ended there less than a minute ago
	 */
	public WeeklyRun runFor(IsoWeek week) {
		return runFor(week, this.autoPublish);
	}

	/** {@link #runFor(IsoWeek)}, publishing or reminding as {@code autoPublish} says. */
	WeeklyRun runFor(IsoWeek week, boolean autoPublish) {
		return this.jobs.run(LOCK, () -> work(week, autoPublish));
	}

	/** The job's work, for callers holding the lock. */
	private WeeklyRun work(IsoWeek week, boolean autoPublish) {
		return asJob(() -> {
			int reminders = 0;
			int published = 0;
			int failed = 0;
			for (Unpublished program : unpublished(week)) {
				if (autoPublish) {
					try {
						this.reports.publish(program.id(), week);
						published++;
					}
					catch (RuntimeException ex) {
						failed++;
						logger.warn("Could not publish the {} report of program {}", week, program.key(), ex);
					}
				}
				else if (remind(program, week)) {
					reminders++;
				}
			}
			boolean digest = this.digests.publish(week).published();
			WeeklyRun run = new WeeklyRun(week.toString(), digest, reminders, published, failed);
			logger.info("Weekly reports of {}: digest {}, {} reminders queued, {} reports published, {} failed", week,
					digest ? "published" : "was published before", reminders, published, failed);
			this.events.publishEvent(run);
			return run;
		});
	}

	private List<Unpublished> unpublished(IsoWeek week) {
		return this.jdbc.sql(UNPUBLISHED)
			.param("week", week.toString())
			.query((rs, n) -> new Unpublished(rs.getLong("id"), rs.getString("program_key"), rs.getString("name"),
					rs.getLong("owner_id"), rs.getString("display_name"), rs.getString("email"),
					rs.getLong("versions") > 0))
			.list();
	}

	/**
	 * Queues the owner's reminder; {@code false} when the owner has no address or was
	 * reminded before.
	 */
	private boolean remind(Unpublished program, IsoWeek week) {
		if (program.email() == null || program.email().isBlank()) {
			logger.info("No reminder for the {} report of {}: its owner has no email address", week, program.key());
			return false;
		}
		String label = program.key() + " · " + program.name();
		String link = this.baseUrl + "/programs/" + program.id() + "/reports/" + week;
		String state = message(program.draft() ? "digest.reminder.draft" : "digest.reminder.missing");
		String subject = message("digest.reminder.subject", label, week.toString(), state);
		String text = message("digest.reminder.text", program.ownerName(), label, week.toString(), week.monday(),
				week.sunday(), state, link);
		return this.outbox.enqueue(new OutgoingMail("reminder:" + program.id() + ":" + week + ":" + program.ownerId(),
				program.email().trim(), subject, text, null));
	}

	private String message(String code, Object... args) {
		// mails are written in English (the application's one language), not in a
		// request's locale
		return this.messages.getMessage(code, args, Locale.ENGLISH);
	}

	/**
	 * Runs {@code work} as {@value #ACTOR} when no user is signed in (the scheduler's
	 * thread), so that what it publishes names who published it; an admin's run keeps the
	 * admin's name.
	 */
	private static <T> T asJob(Supplier<T> work) {
		if (!CurrentActor.name().equals(CurrentActor.ANONYMOUS)) {
			return work.get();
		}
		return CurrentActor.as(ACTOR, work);
	}

	private record Unpublished(long id, String key, String name, long ownerId, String ownerName, String email,
			boolean draft) {
	}

}
