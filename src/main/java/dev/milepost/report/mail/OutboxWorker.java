package dev.milepost.report.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends due outbox rows, each claimed first so that two workers (two application
 * instances) never send the same row, one after the other over one SMTP connection per
 * batch.
 *
 * <p>
 * <b>Claim</b>: a portable conditional update, the same on PostgreSQL and H2 (no
 * {@code FOR UPDATE SKIP LOCKED}, which H2 lacks): {@code update ... set claimed_by = me,
 * claimed_until = now + lease where id = ? and status = 'PENDING' and (claimed_until is null or
 * claimed_until < now)}. Only the worker whose update changed 1 row sends; the database's
 * row lock makes the second of two racing updates see the first one's claim and change 0
 * rows. A claim is a lease ({@code milepost.mail.claim-lease}, default 60 s): if its
 * worker dies, the row is due again once {@code claimed_until} passed, and the next run
 * of any worker sends it.
 *
 * <p>
 * <b>At least once, honestly</b>: SMTP has no two-phase commit, so "accepted by the
 * server" and "marked SENT" cannot be one transaction. The row is marked SENT by the very
 * next statement after the server's acceptance (its 250 reply to the message data), a
 * single auto-committed UPDATE with nothing in between. If the process dies (or the
 * database cannot be reached) in that window, or while the server is still receiving the
 * message, the claim lapses and the mail is sent again after the lease: at most one
 * duplicate per crash, the mail that was in flight. Every attempt carries the same
 * {@code Message-ID} derived from the dedupe key, so receivers that de-duplicate on it
 * show one mail.
 *
 * <p>
 * <b>Failure</b>: attempts + 1, {@code last_error} = exception class and message (no
 * stack), next attempt after {@link MailProperties#backoff(int)}; FAILED once
 * {@code max-attempts} is reached.
 */
public class OutboxWorker {

	private static final Logger logger = LoggerFactory.getLogger(OutboxWorker.class);

	private final JdbcClient jdbc;

	private final JavaMailSender sender;

	private final MailProperties properties;

	private final Clock clock;

	private final String id;

	private final Counter sentCount;

	private final Counter retryCount;

	private final Counter failedCount;

	/** A worker whose deliveries are counted nowhere (tests, tools). */
	public OutboxWorker(JdbcClient jdbc, JavaMailSender sender, MailProperties properties, Clock clock, String id) {
		this(jdbc, sender, properties, clock, id, new SimpleMeterRegistry());
	}

	/**
	 * A worker that counts its deliveries in {@code milepost.mail.deliveries}
	 * (Prometheus: {@code milepost_mail_deliveries_total}), tag {@code outcome}:
	 * {@code sent}, {@code retry} (a failed attempt that will be retried) or
	 * {@code failed} (the last attempt failed).
	 */
	public OutboxWorker(JdbcClient jdbc, JavaMailSender sender, MailProperties properties, Clock clock, String id,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
		this.id = id;
		this.sentCount = deliveries(meters, "sent");
		this.retryCount = deliveries(meters, "retry");
		this.failedCount = deliveries(meters, "failed");
	}

	private static Counter deliveries(MeterRegistry meters, String outcome) {
		return Counter.builder("milepost.mail.deliveries")
			.description("Attempts to deliver an outbox mail by outcome (sent, retry, failed: gave up)")
			.tag("outcome", outcome)
			.register(meters);
	}

	public String id() {
		return this.id;
	}

	/**
	 * One run: every due PENDING row (up to the batch size) that this worker manages to
	 * claim is sent or rescheduled.
	 * @return how many rows this run sent
	 */
	public int runOnce() {
		return batch().sent();
	}

	/**
	 * Runs batch after batch while batches come back full and sending works: a
	 * publication that queued thousands of mails goes out in one go instead of one batch
	 * per schedule tick. Stops at the first batch that is not full or in which nothing
	 * could be sent (SMTP down: the rows wait for their backoff).
	 * @return how many rows were sent
	 */
	public int drain() {
		int sent = 0;
		while (true) {
			Batch batch = batch();
			sent += batch.sent();
			if (batch.found() < this.properties.batchSize() || batch.sent() == 0) {
				return sent;
			}
		}
	}

	private Batch batch() {
		Instant now = this.clock.instant();
		List<Long> due = this.jdbc.sql("""
				select id from mail_outbox
				where status = 'PENDING' and next_attempt_at <= :now
				  and (claimed_until is null or claimed_until < :now)
				order by next_attempt_at, id
				limit :limit""")
			.param("now", at(now))
			.param("limit", this.properties.batchSize())
			.query(Long.class)
			.list();
		int sent = 0;
		try (Connection connection = new Connection()) {
			for (Long row : due) {
				// claimed one by one, right before sending: a lease taken for the whole
				// batch could lapse
				// while a slow server is still working through it, and another instance
				// would take the rest
				if (claim(row) && deliver(row, connection)) {
					sent++;
				}
			}
		}
		return new Batch(due.size(), sent);
	}

	/**
	 * @param found due rows selected; @param sent of those, sent by this worker
	 */
	private record Batch(int found, int sent) {
	}

	private boolean claim(Long row) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				update mail_outbox set claimed_by = :me, claimed_until = :until
				where id = :id and status = 'PENDING' and (claimed_until is null or claimed_until < :now)""")
			.param("me", this.id)
			.param("until", at(now.plus(this.properties.claimLease())))
			.param("id", row)
			.param("now", at(now))
			.update() == 1;
	}

	private boolean deliver(Long row, Connection connection) {
		Map<String, Object> mail = this.jdbc.sql("select * from mail_outbox where id = :id")
			.param("id", row)
			.query()
			.singleRow();
		int attempts = ((Number) mail.get("attempts")).intValue() + 1;
		if (connection.refused != null) {
			// the server could not be reached for an earlier row of this batch: no second
			// try now
			failed(row, attempts, connection.refused);
			return false;
		}
		try {
			connection.send(message(mail));
		}
		catch (RuntimeException | MessagingException ex) {
			failed(row, attempts, ex);
			return false;
		}
		// the next statement after the server accepted it, nothing in between: a crash
		// here is the one window in which the mail goes out twice (after the lease)
		this.jdbc.sql("""
				update mail_outbox set status = 'SENT', sent_at = :now, claimed_by = null, claimed_until = null,
				    last_error = null, attempts = attempts + 1, version = version + 1
				where id = :id""").param("now", at(this.clock.instant())).param("id", row).update();
		this.sentCount.increment();
		return true;
	}

	/**
	 * One SMTP connection for a batch: opening one per mail costs more than the mail
	 * itself (about 50 ms against 4 ms on a local server). Opened at the first mail;
	 * after a failed send it is closed and the next mail opens a new one; if opening
	 * fails, the rest of the batch is not tried (each of its rows counts the failed
	 * attempt and waits for its backoff). A sender that is not a
	 * {@link JavaMailSenderImpl} gets one {@code send} per mail.
	 */
	private final class Connection implements AutoCloseable {

		private Transport transport;

		private Exception refused;

		void send(MimeMessage message) throws MessagingException {
			if (!(OutboxWorker.this.sender instanceof JavaMailSenderImpl impl)) {
				OutboxWorker.this.sender.send(message);
				return;
			}
			// no isConnected() check: over SMTP it is a NOOP round trip per mail; a
			// broken connection
			// shows as a failed send, which closes it
			if (this.transport == null) {
				try {
					this.transport = connect(impl);
				}
				catch (MessagingException | RuntimeException ex) {
					this.refused = new MailSendException("Mail server connection failed", ex);
					throw (MailSendException) this.refused;
				}
			}
			if (message.getSentDate() == null) {
				message.setSentDate(Date.from(OutboxWorker.this.clock.instant()));
			}
			String messageId = message.getMessageID();
			message.saveChanges();
			if (messageId != null) {
				message.setHeader("Message-ID", messageId); // saveChanges makes a new one
			}
			try {
				this.transport.sendMessage(message, message.getAllRecipients());
			}
			catch (MessagingException | RuntimeException ex) {
				close(); // its state is unknown: the next mail starts a fresh
							// conversation
				throw ex;
			}
		}

		private Transport connect(JavaMailSenderImpl impl) throws MessagingException {
			String protocol = (impl.getProtocol() != null) ? impl.getProtocol() : "smtp";
			Transport connecting = session(impl, protocol).getTransport(protocol);
			String username = impl.getUsername();
			String password = impl.getPassword();
			if ("".equals(username)) {
				username = null;
				if ("".equals(password)) {
					password = null;
				}
			}
			connecting.connect(impl.getHost(), impl.getPort(), username, password);
			return connecting;
		}

		@Override
		public void close() {
			if (this.transport != null) {
				try {
					this.transport.close();
				}
				catch (MessagingException ex) {
					logger.debug("Closing the SMTP connection failed", ex);
				}
				this.transport = null;
			}
		}

	}

	/**
	 * The sender's session, with TCP_NODELAY on its plain sockets unless a socket factory
	 * is configured or TLS starts at connect (STARTTLS wraps the plain socket and keeps
	 * it). Without it, Nagle's algorithm and the server's delayed ACK hold the end of
	 * every message for about 40 ms: measured 55 ms against 12 ms per 80 kB mail to
	 * GreenMail.
	 */
	static Session session(JavaMailSenderImpl impl, String protocol) {
		Properties properties = impl.getJavaMailProperties();
		String prefix = "mail." + protocol;
		if (!"smtp".equals(protocol) || Boolean.parseBoolean(properties.getProperty(prefix + ".ssl.enable"))
				|| properties.containsKey(prefix + ".socketFactory")
				|| properties.containsKey(prefix + ".socketFactory.class")) {
			return impl.getSession();
		}
		Properties noDelay = new Properties();
		noDelay.putAll(properties);
		noDelay.put(prefix + ".socketFactory", NoDelaySocketFactory.INSTANCE);
		return Session.getInstance(noDelay);
	}

	private MimeMessage message(Map<String, Object> mail) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		String html = (String) mail.get("body_html");
		MimeMessageHelper helper = new MimeMessageHelper(message, html != null, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.from());
		helper.setTo((String) mail.get("recipient"));
		helper.setSubject((String) mail.get("subject"));
		if (html != null) {
			helper.setText((String) mail.get("body_text"), html);
		}
		else {
			helper.setText((String) mail.get("body_text"));
		}
		for (Map.Entry<String, String> header : MailHeaders.parse((String) mail.get("headers")).entrySet()) {
			message.addHeader(header.getKey(), header.getValue());
		}
		message.setHeader("Message-ID", MailHeaders.messageId((String) mail.get("dedupe_key"), this.properties.from()));
		return message;
	}

	private void failed(Long row, int attempts, Exception ex) {
		boolean giveUp = attempts >= this.properties.maxAttempts();
		String error = ex.getClass().getName() + ": " + ex.getMessage();
		if (error.length() > 1000) {
			error = error.substring(0, 1000);
		}
		logger.info("Mail {} attempt {} failed{}: {}", row, attempts, giveUp ? " (giving up)" : "", error);
		(giveUp ? this.failedCount : this.retryCount).increment();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update mail_outbox set status = :status, attempts = :attempts, next_attempt_at = :next,
				    last_error = :error, claimed_by = null, claimed_until = null, version = version + 1
				where id = :id""")
			.param("status", (giveUp ? MailStatus.FAILED : MailStatus.PENDING).name())
			.param("attempts", attempts)
			.param("next", at(now.plus(this.properties.backoff(attempts))))
			.param("error", error)
			.param("id", row)
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
