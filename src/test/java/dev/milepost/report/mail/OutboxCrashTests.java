package dev.milepost.report.mail;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.milepost.IntegrationTest;
import dev.milepost.TestClock;
import dev.milepost.TestData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

import static dev.milepost.report.mail.TestMail.receivedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The crash window of the outbox, on PostgreSQL and a real SMTP server (GreenMail): an
 * instance killed after the server accepted a mail but before the row was marked SENT
 * leaves the row claimed. No worker sends it while the claim lasts
 * ({@code milepost.mail.claim-lease}, 60 s); right after, the next run of any worker
 * sends it again, with the same Message-ID, so that a receiver that de-duplicates shows
 * one mail. The test clock is moved instead of waiting.
 */
@IntegrationTest
class OutboxCrashTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(39125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@Autowired
	MailOutbox outbox;

	/** The application's worker: another instance, or this one after its restart. */
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

	@BeforeEach
	void parkOtherTestsMails() {
		OutboxIsolation.parkQueuedMails(this.jdbc);
	}

	@Test
	void aMailInFlightWhenItsInstanceDiedIsSentAgainAfterTheLeaseWithTheSameMessageId() throws Exception {
		assertThat(this.properties.claimLease()).isEqualTo(Duration.ofSeconds(60));
		String to = "crash-" + TestData.uniqueKey().toLowerCase(Locale.ROOT) + "@example.org";
		String key = "crash:" + to;
		this.outbox.enqueue(new OutgoingMail(key, to, "In flight", "Text", "<p>Text</p>"));
		OutboxWorker dying = new OutboxWorker(this.jdbc, new DiesAfterSending(this.sender), this.properties, this.clock,
				"killed-instance");

		assertThatThrownBy(dying::runOnce).isInstanceOf(Killed.class);

		assertThat(receivedBy(smtp, to)).as("the server had accepted it").hasSize(1);
		Map<String, Object> claimed = row(key);
		assertThat(claimed).containsEntry("status", "PENDING")
			.containsEntry("claimed_by", "killed-instance")
			.containsEntry("attempts", 0);

		this.worker.runOnce();
		this.clock.advance(Duration.ofSeconds(58));
		this.worker.runOnce();
		assertThat(receivedBy(smtp, to)).as("not sent again while the claim lasts").hasSize(1);
		assertThat(row(key)).containsEntry("claimed_by", "killed-instance");

		this.clock.advance(Duration.ofSeconds(3));
		assertThat(this.worker.runOnce()).isEqualTo(1);

		List<MimeMessage> received = receivedBy(smtp, to);
		assertThat(received).as("the one duplicate of the crash").hasSize(2);
		assertThat(received.get(1).getMessageID()).isEqualTo(received.get(0).getMessageID())
			.isEqualTo(MailHeaders.messageId(key, "milepost@localhost"));
		assertThat(row(key)).containsEntry("status", "SENT").containsEntry("attempts", 1);
		assertThat(row(key).get("claimed_by")).isNull();

		this.clock.advance(Duration.ofMinutes(5));
		this.worker.runOnce();
		assertThat(receivedBy(smtp, to)).as("and never again").hasSize(2);
	}

	@Test
	void aMailClaimedByAnInstanceThatDiedBeforeSendingGoesOutOnceAfterTheLease() throws Exception {
		String to = "claimed-" + TestData.uniqueKey().toLowerCase(Locale.ROOT) + "@example.org";
		String key = "claimed:" + to;
		this.outbox.enqueue(new OutgoingMail(key, to, "Claimed", "Text", null));
		this.jdbc.sql("update mail_outbox set claimed_by = 'dead', claimed_until = :until where dedupe_key = :key")
			.param("until", TestClock.runNowAtUtc().plus(this.properties.claimLease()))
			.param("key", key)
			.update();

		this.worker.runOnce();
		assertThat(receivedBy(smtp, to)).isEmpty();

		this.clock.advance(this.properties.claimLease().plusSeconds(1));
		this.worker.runOnce();
		assertThat(receivedBy(smtp, to)).hasSize(1);
		assertThat(row(key)).containsEntry("status", "SENT");
	}

	@Test
	void theClaimLeaseIsBoundFromItsPropertyAndRefusedBelowTenSeconds() {
		assertThat(bind("45s").claimLease()).isEqualTo(Duration.ofSeconds(45));
		assertThat(bind("10s").claimLease()).isEqualTo(Duration.ofSeconds(10));
		assertThatThrownBy(() -> bind("9s")).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("milepost.mail.claim-lease must be at least 10s");
		assertThat(new MailProperties(null, 0, null, null, null, 0, null).claimLease())
			.isEqualTo(Duration.ofSeconds(60));
	}

	private static MailProperties bind(String lease) {
		return new Binder(new MapConfigurationPropertySource(Map.of("milepost.mail.claim-lease", lease)))
			.bind("milepost.mail", MailProperties.class)
			.get();
	}

	private Map<String, Object> row(String key) {
		return this.jdbc.sql("select * from mail_outbox where dedupe_key = ?").param(key).query().singleRow();
	}

	/** What a kill -9 looks like from inside: nothing after it runs. */
	static final class Killed extends Error {

		Killed() {
			super("killed after the SMTP server accepted the mail");
		}

	}

	/**
	 * Hands every mail to the real SMTP server and then "dies": the worker never gets to
	 * mark the row SENT.
	 */
	private static final class DiesAfterSending implements JavaMailSender {

		private final JavaMailSender delegate;

		DiesAfterSending(JavaMailSender delegate) {
			this.delegate = delegate;
		}

		@Override
		public MimeMessage createMimeMessage() {
			return this.delegate.createMimeMessage();
		}

		@Override
		public MimeMessage createMimeMessage(InputStream contentStream) {
			return this.delegate.createMimeMessage(contentStream);
		}

		@Override
		public void send(MimeMessage... mimeMessages) {
			this.delegate.send(mimeMessages);
			throw new Killed();
		}

		@Override
		public void send(MimeMessagePreparator... mimeMessagePreparators) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void send(SimpleMailMessage... simpleMessages) {
			throw new UnsupportedOperationException();
		}

	}

}
