package dev.milepost;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties the portfolio (programs and everything in them, stakeholders, reports, digests,
 * mail) for tests of jobs that act on every program, so that what they see is exactly
 * what the test built, and releases every job lock (table {@code shedlock}) that a
 * previous test left held. Accounts stay. A revision is written so that cached portfolio
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
				  digest_subscriptions, mail_outbox cascade""").update();
		releaseLocks();
		this.jdbc.sql("insert into revisions (changed_at, username) values (:at, 'test-cleaner')")
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Releases every job lock as ShedLock does at the end of a run (its row stays, with
	 * {@code lock_until} no later than now), also locks a scheduled run keeps for a
	 * minute and locks a test took as "another instance".
	 */
	public void releaseLocks() {
		this.jdbc.sql("update shedlock set lock_until = locked_at where lock_until > locked_at").update();
	}

	/**
	 * Takes the lock {@code name} as another instance would while it runs the job (for
	 * five minutes by the database's clock, as ShedLock reckons); {@link #releaseLocks()}
	 * ends it.
	 */
	public void holdLockElsewhere(String name) {
		this.jdbc
			.sql("""
					insert into shedlock (name, lock_until, locked_at, locked_by)
					values (:name, timezone('utc', now()) + interval '5 minutes', timezone('utc', now()), 'another-instance')
					on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
					    locked_by = excluded.locked_by""")
			.param("name", name)
			.update();
	}

}
