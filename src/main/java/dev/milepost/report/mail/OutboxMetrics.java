package dev.milepost.report.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as gauges, each read from the database when metrics are scraped (one count
 * each): {@code milepost.mail.outbox.backlog} (Prometheus
 * {@code milepost_mail_outbox_backlog}: mails not yet sent, due or waiting for their
 * backoff), {@code milepost.mail.outbox.due} (of those, the ones due now and claimed by
 * no worker: what the next worker run takes) and {@code milepost.mail.outbox.failed}
 * (mails given up, waiting for an administrator's retry). A backlog that grows, or any
 * failed mail, is worth an alert. While the database cannot be reached they read NaN.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxMetrics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("milepost.mail.outbox.backlog", this, OutboxMetrics::backlog)
			.description("Mails in the outbox not sent yet (PENDING)")
			.register(registry);
		Gauge.builder("milepost.mail.outbox.due", this, OutboxMetrics::due)
			.description("PENDING mails due now and not claimed by a worker")
			.register(registry);
		Gauge.builder("milepost.mail.outbox.failed", this, OutboxMetrics::failed)
			.description("Mails given up after the last attempt (FAILED), until an admin retries them")
			.register(registry);
	}

	double backlog() {
		return this.jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'").query(Long.class).single();
	}

	double due() {
		return this.jdbc.sql("""
				select count(*) from mail_outbox
				where status = 'PENDING' and next_attempt_at <= :now
				  and (claimed_until is null or claimed_until < :now)""")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	double failed() {
		return this.jdbc.sql("select count(*) from mail_outbox where status = 'FAILED'").query(Long.class).single();
	}

}
