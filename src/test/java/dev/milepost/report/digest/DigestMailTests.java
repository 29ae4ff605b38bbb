package dev.milepost.report.digest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.raid.RegisterRows;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.mail.DigestSubscriptions;
import dev.milepost.report.mail.TestMail;
import dev.milepost.report.mail.OutboxIsolation;
import dev.milepost.report.mail.OutboxWorker;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leadership digest by e-mail, through a real SMTP server in the test JVM: every
 * subscriber (user or stakeholder) gets it once, with both parts and the unsubscribe
 * headers; publishing the week again, or two publishers racing, sends nothing more.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class DigestMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(39125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@Autowired
	DigestService digests;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	DigestSubscriptions subscriptions;

	@Autowired
	OutboxWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	String leaderEmail;

	String stakeholderEmail;

	Program red;

	@BeforeEach
	void subscribers() {
		this.portfolio.clean();
		OutboxIsolation.parkQueuedMails(this.jdbc);
		String tag = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		User leader = this.data.user("digest-" + tag, "Lee " + tag, Role.VIEWER);
		this.leaderEmail = "lee-" + tag + "@example.org";
		this.jdbc.sql("update users set email = :email where id = :id")
			.param("email", this.leaderEmail)
			.param("id", leader.getId())
			.update();
		this.subscriptions.subscribeUser(leader.getId());
		this.stakeholderEmail = "sam-" + tag + "@example.org";
		this.jdbc.sql("""
				insert into stakeholders (name, email, influence, interest, created_at, updated_at)
				values (:name, :email, 'HIGH', 'HIGH', :now, :now)""")
			.param("name", "Sam " + tag)
			.param("email", this.stakeholderEmail)
			.param("now", TestClock.runNowAtUtc())
			.update();
		this.subscriptions.subscribeStakeholder(this.jdbc.sql("select id from stakeholders where email = ?")
			.param(this.stakeholderEmail)
			.query(Long.class)
			.single());
		// a program that is RED: a milestone 30 days overdue
		this.red = this.data.program();
		long project = this.data.project(this.red).getId();
		this.jdbc.sql("""
				insert into milestones (project_id, name, baseline_date, forecast_date, status, created_at, updated_at)
				values (:p, 'Cut-over <night>', :today - 30, :today - 30, 'IN_PROGRESS', :at, :at)""")
			.param("today", TestClock.runToday())
			.param("p", project)
			.param("at", TestClock.runNowAtUtc())
			.update();
	}

	@Test
	void everySubscriberGetsThePublishedDigestOnceWithBothPartsAndTheUnsubscribeHeaders() throws Exception {
		IsoWeek week = IsoWeek.parse("2025-W07");
		assertThat(this.digests.publish(week).published()).isTrue();
		assertThat(this.digests.publish(week).published()).isFalse();
		this.worker.runOnce();
		this.worker.runOnce();

		for (String to : List.of(this.leaderEmail, this.stakeholderEmail)) {
			List<MimeMessage> received = TestMail.receivedBy(smtp, to);
			assertThat(received).as(to).hasSize(1);
			MimeMessage mail = received.get(0);
			assertThat(mail.getSubject()).startsWith("Leadership digest 2025-W07 · ")
				.contains(" red, ", " amber, ", " green");
			assertThat(TestMail.part(mail, "text/plain")).contains("Week 2025-W07, 2025-02-10 to 2025-02-16", "RED (",
					this.red.getKey(), "Cut-over <night>");
			assertThat(TestMail.part(mail, "text/html")).contains("Portfolio, week 2025-W07");
			assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost:8080/unsubscribe?token=d");
			assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		}
		String html = TestMail.part(TestMail.receivedBy(smtp, this.leaderEmail).get(0), "text/html");
		assertThat(html).contains(this.red.getKey(), "Cut-over &lt;night&gt;", "<table role=\"presentation\"")
			.doesNotContain("Cut-over <night>", "urn:milepost:unsubscribe", "<script", "<svg");
	}

	@Test
	void theMailListsWhatIsAskedOfLeadershipWithNeededByDatesAndAbsoluteLinks() throws Exception {
		IsoWeek week = IsoWeek.parse("2025-W09");
		RegisterRows rows = new RegisterRows(this.jdbc);
		LocalDate today = TestClock.runToday();
		long cfo = rows.stakeholder("Dana CFO", "dana-" + TestData.uniqueKey() + "@example.org");
		// the red program published no report
		long escalation = rows.escalation(this.red, null, "Build farm <down>", "IN_PROGRESS", this.data.owner().getId(),
				"Approve two contractors", cfo, today.minusDays(4));
		long decision = rows.decision(this.red, "Hosting region", "NEEDED", today.plusDays(6), cfo);

		assertThat(this.digests.publish(week).published()).isTrue();
		this.worker.runOnce();

		MimeMessage mail = TestMail.receivedBy(smtp, this.leaderEmail).get(0);
		String text = TestMail.part(mail, "text/plain");
		assertThat(text).contains("Asked of leadership this week", this.red.getKey(),
				"needed by " + today.minusDays(4) + " (4 days overdue): Escalation: Build farm <down>",
				"Approve two contractors", "http://localhost:8080/issues/" + escalation,
				"needed by " + today.plusDays(6) + ": Decision needed: Hosting region",
				"http://localhost:8080/decisions/" + decision);
		assertThat(text.indexOf("/issues/" + escalation)).as("overdue first")
			.isLessThan(text.indexOf("/decisions/" + decision));
		String html = TestMail.part(mail, "text/html");
		assertThat(html)
			.contains("Asked of leadership this week", "Build farm &lt;down&gt;",
					"href=\"http://localhost:8080/issues/" + escalation + "\"",
					"href=\"http://localhost:8080/decisions/" + decision + "\"", today.minusDays(4).toString(),
					"4 days overdue", today.plusDays(6).toString(), "asked of Dana CFO")
			.doesNotContain("Build farm <down>");
	}

	@Test
	void twoPublishersRacingSendOneDigestPerSubscriber() throws Exception {
		IsoWeek week = IsoWeek.parse("2025-W08");
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> runs = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				Callable<Boolean> publish = () -> {
					start.await(10, TimeUnit.SECONDS);
					return this.digests.publish(week).published();
				};
				runs.add(pool.submit(publish));
			}
			int published = 0;
			for (Future<Boolean> run : runs) {
				published += run.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(published).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		this.worker.runOnce();
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where dedupe_key like 'digest:%' and recipient = ?")
			.param(this.leaderEmail)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(TestMail.receivedBy(smtp, this.leaderEmail)).hasSize(1);
		assertThat(TestMail.receivedBy(smtp, this.stakeholderEmail)).hasSize(1);
	}

}
