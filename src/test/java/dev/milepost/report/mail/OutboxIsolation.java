package dev.milepost.report.mail;

import dev.milepost.TestClock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test classes share one database per JVM, and many of them queue mails (reports
 * published, reminders of the weekly job) that nobody sends. A test that runs the worker
 * parks those first, so that a run's batch holds the test's own mails and not a hundred
 * older ones.
 */
public final class OutboxIsolation {

	private OutboxIsolation() {
	}

	/** Makes every PENDING row queued so far due only in a hundred years. */
	public static void parkQueuedMails(JdbcClient jdbc) {
		jdbc.sql("update mail_outbox set next_attempt_at = :later where status = 'PENDING'")
			.param("later", TestClock.runNowAtUtc().plusYears(100))
			.update();
	}

}
