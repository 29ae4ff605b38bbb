package dev.milepost;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties the portfolio (programs and everything in them, stakeholders, reports, digests,
 * mail) for tests of jobs that act on every program, so that what they see is exactly
 * what the test built. Accounts stay. A revision is written so that cached portfolio
 * health is recomputed.
 */
@TestComponent
public class PortfolioCleaner {

	private final JdbcClient jdbc;

	private final Clock clock;

	public PortfolioCleaner(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void clean() {
		this.jdbc.sql("""
				truncate programs, stakeholders, status_reports, health_snapshots, health_overrides, digests,
				  digest_subscriptions, mail_outbox, shedlock cascade""").update();
		this.jdbc.sql("insert into revisions (changed_at, username) values (:at, 'test-cleaner')")
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

}
