package dev.milepost.report.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.milepost.shared.ConflictException;
import dev.milepost.shared.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The mail outbox (table {@code mail_outbox}): every mail the application sends is queued
 * here once per dedupe key and delivered by the {@link OutboxWorker}.
 */
@Service
public class MailOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues a mail unless one with the same dedupe key was ever queued (whatever became
	 * of it). Safe under a race of two callers: the unique constraint decides, and the
	 * statement does not fail (so it does not spoil a caller's transaction on
	 * PostgreSQL).
	 * @return whether the mail was new
	 */
	public boolean enqueue(OutgoingMail mail) {
		Instant now = this.clock.instant();
		try {
			int inserted = this.jdbc.sql("""
					insert into mail_outbox (dedupe_key, recipient, subject, body_text, body_html, headers, status,
					    attempts, next_attempt_at, created_at, version)
					values (:key, :recipient, :subject, :text, :html, :headers, 'PENDING', 0, :now, :now, 0)
					on conflict do nothing""")
				.param("key", mail.dedupeKey())
				.param("recipient", mail.recipient())
				.param("subject", mail.subject())
				.param("text", mail.text())
				.param("html", mail.html())
				.param("headers", MailHeaders.format(mail.headers()))
				.param("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
				.update();
			return inserted == 1;
		}
		catch (DuplicateKeyException ex) {
			return false; // already queued
		}
	}

	/**
	 * How many mails were ever queued whose dedupe key starts with {@code prefix}, e.g.
	 * {@code report:12:}.
	 */
	public long queued(String prefix) {
		return this.jdbc.sql("select count(*) from mail_outbox where dedupe_key like :prefix")
			.param("prefix", prefix.replace("%", "\\%").replace("_", "\\_") + "%")
			.query(Long.class)
			.single();
	}

	/** Rows per status, every status present (0 when none). */
	public Map<MailStatus, Long> counts() {
		Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
		for (MailStatus status : MailStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) as n from mail_outbox group by status")
			.query((rs, n) -> Map.entry(MailStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach((e) -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/**
	 * One page of rows, optionally of one status; the pageable's sort properties are SQL
	 * columns (checked by the caller against a fixed list).
	 */
	public Page<OutboxRow> list(MailStatus status, Pageable pageable) {
		String where = (status != null) ? " where status = :status" : "";
		String order = pageable.getSort()
			.stream()
			.map((o) -> column(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
			.collect(Collectors.joining(", "));
		JdbcClient.StatementSpec select = this.jdbc
			.sql("select * from mail_outbox" + where + " order by " + (order.isEmpty() ? "id desc" : order)
					+ " limit :limit offset :offset")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset());
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*) from mail_outbox" + where);
		if (status != null) {
			select = select.param("status", status.name());
			count = count.param("status", status.name());
		}
		List<OutboxRow> rows = select.query(MailOutbox::row).list();
		long total = count.query(Long.class).single();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Puts a FAILED row back in the queue: PENDING, due now, attempts kept (so the next
	 * failure makes it FAILED again straight away).
	 * @throws OutboxRowNotFailedException when the row is not FAILED
	 */
	public void retry(long id) {
		int updated = this.jdbc.sql("""
				update mail_outbox set status = 'PENDING', next_attempt_at = :now, claimed_by = null,
				    claimed_until = null, version = version + 1
				where id = :id and status = 'FAILED'""")
			.param("id", id)
			.param("now", java.time.OffsetDateTime.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC))
			.update();
		if (updated == 0) {
			boolean exists = this.jdbc.sql("select count(*) from mail_outbox where id = :id")
				.param("id", id)
				.query(Long.class)
				.single() > 0;
			if (!exists) {
				throw new NotFoundException("Outbox mail", id);
			}
			throw new OutboxRowNotFailedException(id);
		}
	}

	private static String column(String property) {
		return switch (property) {
			case "created_at", "next_attempt_at", "sent_at", "recipient", "attempts", "status", "id" -> property;
			default -> throw new IllegalArgumentException("Not an outbox column: " + property);
		};
	}

	static OutboxRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new OutboxRow(rs.getLong("id"), rs.getString("dedupe_key"), rs.getString("recipient"),
				rs.getString("subject"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
				instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("created_at")));
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A retry asked for a row that is not FAILED. */
	public static class OutboxRowNotFailedException extends ConflictException {

		OutboxRowNotFailedException(long id) {
			super("outbox.retry.notFailed", id);
		}

	}

}
