package dev.milepost.summary;

import dev.milepost.demo.DemoPortfolioLoaded;
import dev.milepost.healthrecord.HealthRecorded;
import dev.milepost.shared.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What keeps the summaries right besides the application's own writes: the start of each
 * day in {@code milepost.time-zone} ({@code milepost.summary.refresh-cron}, health and
 * "overdue" and the week trends compare with depend on the day), earlier weeks' health
 * records (the demo's synthetic history: trends), the demo load (written with plain SQL)
 * and start-up (rows never computed); and the hourly consistency check
 * ({@code milepost.summary.check-cron}) behind the metric. The scheduled runs go through
 * {@link Jobs}, one instance at a time.
 */
@Component
class SummaryJobs {

	static final String REFRESH_LOCK = "program-summaries";

	static final String CHECK_LOCK = "program-summaries-check";

	private static final Logger logger = LoggerFactory.getLogger(SummaryJobs.class);

	private final ProgramSummaries summaries;

	private final Jobs jobs;

	SummaryJobs(ProgramSummaries summaries, Jobs jobs) {
		this.summaries = summaries;
		this.jobs = jobs;
	}

	/** The start of the day: every row recomputed for the new day. */
	@Scheduled(cron = "${milepost.summary.refresh-cron:0 0 0 * * *}", zone = "${milepost.time-zone:UTC}")
	void refreshDaily() {
		this.jobs.runScheduled(REFRESH_LOCK, () -> {
			int rows = this.summaries.refreshAll();
			logger.info("Program summaries refreshed for the day: {} rows", rows);
		});
	}

	/** Every hour: the consistency check, for the metric. */
	@Scheduled(cron = "${milepost.summary.check-cron:0 20 * * * *}", zone = "${milepost.time-zone:UTC}")
	void checkHourly() {
		this.jobs.runScheduled(CHECK_LOCK, this.summaries::check);
	}

	/**
	 * Start-up: rows missing or computed for an earlier day (the instance was down at
	 * midnight, or the table is new) are computed now rather than on the first view.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void refreshAtStartup() {
		try {
			this.summaries.current();
		}
		catch (RuntimeException ex) {
			// the page computes what is missing when it is read
			logger.warn("Could not refresh the program summaries at start-up", ex);
		}
	}

	/**
	 * Earlier weeks' health records were written: trends may have changed (same
	 * transaction).
	 */
	@EventListener
	void healthRecorded(HealthRecorded event) {
		this.summaries.refreshAll();
	}

	/**
	 * The demo portfolio was written with plain SQL. Runs after the other listeners,
	 * which add the demo's register and health history.
	 */
	@EventListener
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
	void demoLoaded(DemoPortfolioLoaded event) {
		// the synthetic health history refreshed every row already when it wrote any;
		// otherwise the demo's programs have none yet
		this.summaries.current();
	}

}
