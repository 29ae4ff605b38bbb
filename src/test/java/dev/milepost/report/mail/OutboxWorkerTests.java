package dev.milepost.report.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.milepost.report.mail.TestMail.deadSender;
import static dev.milepost.report.mail.TestMail.receivedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Delivery through a real SMTP server in the test JVM (GreenMail on the port of the test
 * configuration): once, multipart, with the extra headers; retries when SMTP is down; two
 * workers never send one row twice; FAILED after the last attempt and back through the
 * admin's retry. The schedule is off in tests: every run is a direct
 * {@link OutboxWorker#runOnce()}.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class OutboxWorkerTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(39125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxWorker worker;

	@Autowired
	JavaMailSender sender;

	@Autowired
	MailProperties properties;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void parkOtherTestsMails() {
		OutboxIsolation.parkQueuedMails(this.jdbc);
	}

	@Test
	void sendsAQueuedMailOnceWithTextHtmlAndItsHeaders() throws Exception {
		String to = address("once");
		String key = "report:42:" + to;
		this.outbox.enqueue(new OutgoingMail(key, to, "Status report W47", "Plain text body", "<p>HTML <b>body</b></p>",
				Map.of("List-Unsubscribe", "<https://milepost.example/unsubscribe/abc>", "List-Unsubscribe-Post",
						"List-Unsubscribe=One-Click")));

		this.worker.runOnce();
		this.worker.runOnce();

		List<MimeMessage> received = receivedBy(smtp, to);
		assertThat(received).hasSize(1);
		MimeMessage message = received.get(0);
		assertThat(message.getSubject()).isEqualTo("Status report W47");
		assertThat(message.getFrom()[0].toString()).isEqualTo("milepost@localhost");
		assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(to);
		assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<https://milepost.example/unsubscribe/abc>");
		assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(message.getMessageID()).isEqualTo(MailHeaders.messageId(key, "milepost@localhost"));
		String body = GreenMailUtil.getBody(message);
		assertThat(message.getContent()).isInstanceOf(Multipart.class);
		assertThat(body).contains("Plain text body")
			.contains("<p>HTML <b>body</b></p>")
			.contains("text/plain")
			.contains("text/html");

		Map<String, Object> row = row(key);
		assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 1);
		assertThat(row.get("sent_at")).isNotNull();
		assertThat(row.get("claimed_by")).isNull();
	}

	@Test
	void whileSmtpIsDownMailsWaitAndAreDeliveredOnceWhenItIsBack() throws Exception {
		List<String> keys = new ArrayList<>();
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String to = address("down" + i);
			recipients.add(to);
			keys.add("down:" + to);
			this.outbox.enqueue(new OutgoingMail("down:" + to, to, "Down " + i, "Text " + i, "<p>" + i + "</p>"));
		}
		Instant before = this.clock.instant();

		worker("down", deadSender(), this.properties).runOnce();

		for (String key : keys) {
			Map<String, Object> row = row(key);
			assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 1);
			assertThat((String) row.get("last_error")).startsWith("org.springframework.mail.MailSendException")
				.doesNotContain("\tat ");
			assertThat(instant(row.get("next_attempt_at"))).isAfter(before.plus(Duration.ofSeconds(50)))
				.isBefore(this.clock.instant().plus(Duration.ofSeconds(70)));
		}
		// not due yet: a run with SMTP back does not touch them
		this.worker.runOnce();
		for (String key : keys) {
			assertThat(row(key)).containsEntry("status", "PENDING");
		}

		// the backoff has passed
		this.clock.advance(Duration.ofSeconds(71));
		this.worker.runOnce();
		this.worker.runOnce();

		for (int i = 0; i < 3; i++) {
			assertThat(receivedBy(smtp, recipients.get(i))).as("mails to " + recipients.get(i)).hasSize(1);
			assertThat(row(keys.get(i))).containsEntry("status", "SENT").containsEntry("attempts", 2);
		}
	}

	@Test
	void drainingSendsBatchAfterBatchUntilNothingIsDue() throws Exception {
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			String to = address("drain" + i);
			recipients.add(to);
			this.outbox.enqueue(new OutgoingMail("drain:" + to, to, "Drain " + i, "Text", null));
		}
		MailProperties batchOfThree = new MailProperties(this.properties.from(), this.properties.maxAttempts(),
				this.properties.backoffBase(), this.properties.backoffMax(), this.properties.claimLease(), 3, null);

		assertThat(worker("drainer", this.sender, batchOfThree).drain()).isEqualTo(7);

		for (String to : recipients) {
			assertThat(receivedBy(smtp, to)).as("mails to " + to).hasSize(1);
		}
		assertThat(worker("drainer", deadSender(), batchOfThree).drain()).as("nothing due, nothing sent").isZero();
	}

	@Test
	void aMailThatCannotBeSentDoesNotStopTheOthersOfItsBatch() throws Exception {
		String first = address("batch-first");
		String last = address("batch-last");
		this.outbox.enqueue(new OutgoingMail("batch:" + first, first, "First", "Text", null));
		this.outbox.enqueue(new OutgoingMail("batch:broken:" + first, "not an address@@", "Broken", "Text", null));
		this.outbox.enqueue(new OutgoingMail("batch:" + last, last, "Last", "Text", null));

		this.worker.runOnce();

		assertThat(receivedBy(smtp, first)).hasSize(1);
		assertThat(receivedBy(smtp, last)).hasSize(1);
		Map<String, Object> broken = row("batch:broken:" + first);
		assertThat(broken).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		assertThat((String) broken.get("last_error")).contains("AddressException");
	}

	@Test
	void twoWorkersRacingOverTheSameRowsDeliverEachMailOnce() throws Exception {
		int mails = 30;
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < mails; i++) {
			String to = address("race" + i);
			recipients.add(to);
			this.outbox.enqueue(new OutgoingMail("race:" + to, to, "Race " + i, "Text", "<p>Text</p>"));
		}
		OutboxWorker one = worker("instance-one", this.sender, this.properties);
		OutboxWorker two = worker("instance-two", this.sender, this.properties);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> runs = new ArrayList<>();
		try {
			for (OutboxWorker w : List.of(one, two)) {
				Callable<Integer> run = () -> {
					start.await(10, TimeUnit.SECONDS);
					return w.runOnce();
				};
				runs.add(pool.submit(run));
			}
			for (Future<Integer> run : runs) {
				run.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		for (String to : recipients) {
			assertThat(receivedBy(smtp, to)).as("mails to " + to).hasSize(1);
			assertThat(row("race:" + to)).containsEntry("status", "SENT").containsEntry("attempts", 1);
		}
	}

	@Test
	void afterTheLastAttemptAMailIsFailedUntilAnAdminRetriesIt() throws Exception {
		String to = address("failed");
		String key = "failed:" + to;
		this.outbox.enqueue(new OutgoingMail(key, to, "Failing", "Text", "<p>Text</p>"));
		MailProperties twoAttempts = new MailProperties(this.properties.from(), 2, this.properties.backoffBase(),
				this.properties.backoffMax(), this.properties.claimLease(), this.properties.batchSize(), null);
		OutboxWorker dead = worker("dead", deadSender(), twoAttempts);

		dead.runOnce();
		assertThat(row(key)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		makeDue(key);
		dead.runOnce();
		Map<String, Object> failed = row(key);
		assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 2);
		assertThat((String) failed.get("last_error")).contains("MailSendException");
		makeDue(key);
		this.worker.runOnce();
		assertThat(receivedBy(smtp, to)).as("a FAILED mail is not sent by the worker").isEmpty();

		Long id = ((Number) failed.get("id")).longValue();
		assertThat(this.mvc.post().uri("/admin/outbox/{id}/retry", id).with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/outbox");
		Map<String, Object> retried = row(key);
		assertThat(retried).containsEntry("status", "PENDING").containsEntry("attempts", 2);
		assertThat(instant(retried.get("next_attempt_at"))).isBeforeOrEqualTo(this.clock.instant());

		this.worker.runOnce();
		assertThat(receivedBy(smtp, to)).hasSize(1);
		assertThat(row(key)).containsEntry("status", "SENT").containsEntry("attempts", 3);

		assertThat(this.mvc.post().uri("/admin/outbox/{id}/retry", id).with(csrf())).hasStatus(409)
			.bodyText()
			.contains("Only a failed mail can be retried");
		assertThat(row(key)).containsEntry("status", "SENT");
		assertThat(this.mvc.post().uri("/admin/outbox/{id}/retry", id).with(csrf()).with(user("viewer").roles("TPM")))
			.hasStatus(403);
	}

	@Test
	void theTestEmailGoesThroughTheOutboxAndArrives() throws Exception {
		String to = address("test-mail");
		assertThat(this.mvc.post().uri("/admin/outbox/test").param("address", to).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsKey("flash");
		Map<String, Object> row = this.jdbc.sql("select * from mail_outbox where recipient = ?")
			.param(to)
			.query()
			.singleRow();
		assertThat(row).containsEntry("status", "PENDING");

		this.worker.runOnce();

		List<MimeMessage> received = receivedBy(smtp, to);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("Milepost test e-mail");
		assertThat(GreenMailUtil.getBody(received.get(0))).contains("mail delivery works");

		assertThat(this.mvc.post().uri("/admin/outbox/test").param("address", "not an address").with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("Send test email");
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where recipient = 'not an address'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theAdminPageCountsAndListsRowsFilteredByStatus() {
		String token = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		String pending = "pending-" + token + "@example.org";
		String failed = "failed-" + token + "@example.org";
		this.outbox.enqueue(new OutgoingMail("page:" + pending, pending, "Pending " + token, "Text", null));
		this.outbox.enqueue(new OutgoingMail("page:" + failed, failed, "Failed " + token, "Text", null));
		this.jdbc
			.sql("update mail_outbox set status = 'FAILED', attempts = 8, last_error = :error, "
					+ "next_attempt_at = :later where dedupe_key = :key")
			.param("error", "org.springframework.mail.MailSendException: Mail server connection failed " + token)
			.param("later", TestClock.runNowAtUtc().plusYears(1))
			.param("key", "page:" + failed)
			.update();
		long failedCount = this.outbox.counts().get(MailStatus.FAILED);

		assertThat(this.mvc.get().uri("/admin/outbox?status=FAILED&size=100")).hasStatusOk()
			.bodyText()
			.contains(failed, "Failed " + token, "Mail server connection failed " + token, ">Retry<")
			.doesNotContain(pending)
			.containsPattern("data-status=\"FAILED\"[^>]*>\\s*<span>Failed</span>\\s*<span[^>]*>" + failedCount + "<");
		assertThat(this.mvc.get().uri("/admin/outbox?status=PENDING&sort=next&dir=asc&size=100")).hasStatusOk()
			.bodyText()
			.contains(pending)
			.doesNotContain(failed);
		assertThat(this.mvc.get().uri("/admin/outbox?sort=subject")).hasStatus(400);
		assertThat(this.mvc.get().uri("/admin/outbox").with(user("a-tpm").roles("TPM"))).hasStatus(403);
	}

	private OutboxWorker worker(String id, JavaMailSender sender, MailProperties properties) {
		return new OutboxWorker(this.jdbc, sender, properties, this.clock, id);
	}

	private void makeDue(String key) {
		this.jdbc.sql("update mail_outbox set next_attempt_at = :now where dedupe_key = :key")
			.param("now", TestClock.runNowAtUtc().minusSeconds(1))
			.param("key", key)
			.update();
	}

	private Map<String, Object> row(String key) {
		return this.jdbc.sql("select * from mail_outbox where dedupe_key = ?").param(key).query().singleRow();
	}

	private static Instant instant(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return ((OffsetDateTime) value).toInstant();
	}

	private static String address(String name) {
		return name + "-" + TestData.uniqueKey().toLowerCase(Locale.ROOT) + "@example.org";
	}

}
