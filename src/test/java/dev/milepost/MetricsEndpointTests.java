package dev.milepost;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.milepost.report.digest.WeeklyReportJob;
import dev.milepost.report.mail.MailOutbox;
import dev.milepost.report.mail.OutboxWorker;
import dev.milepost.report.mail.OutgoingMail;
import dev.milepost.security.Role;
import dev.milepost.shared.Jobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * {@code /actuator/prometheus}: for administrators only (HTTP Basic or an admin's
 * session), anonymous 401, every other role 403, the probes public; and the outbox and
 * job metrics read what the test made happen.
 */
@IntegrationTest
class MetricsEndpointTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(39125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxWorker worker;

	@Autowired
	WeeklyReportJob job;

	@Autowired
	JdbcClient jdbc;

	/** Empties the outbox (the gauges count every row) and releases job locks. */
	@BeforeEach
	@AfterEach
	void clean() {
		this.portfolio.clean();
	}

	@Test
	void onlyAdministratorsReadTheMetrics() {
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatus(401)
			.headers()
			.hasHeaderSatisfying("WWW-Authenticate",
					(values) -> assertThat(values).singleElement().asString().startsWith("Basic realm=\"Milepost\""));
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(user("a-viewer").roles(Role.VIEWER.name())))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(user("a-tpm").roles(Role.TPM.name())))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/actuator/info").with(user("a-tpm").roles(Role.TPM.name()))).hasStatus(403);
		this.data.user("metrics-tpm", Role.TPM);
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(httpBasic("metrics-tpm", "metrics-tpm-password")))
			.hasStatus(403);
		this.data.user("metrics-admin", Role.ADMIN);
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(httpBasic("metrics-admin", "wrong-password")))
			.hasStatus(401);

		assertThat(
				this.mvc.get().uri("/actuator/prometheus").with(httpBasic("metrics-admin", "metrics-admin-password")))
			.hasStatusOk()
			.bodyText()
			.contains("# TYPE milepost_mail_outbox_backlog gauge");
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(user("session-admin").roles(Role.ADMIN.name())))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
	}

	@Test
	void outboxGaugesCountTheRowsAndCountersTheDeliveriesAndJobRuns() throws Exception {
		String token = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		for (int i = 0; i < 3; i++) {
			queue("due-" + i + "-" + token);
		}
		String later = queue("later-" + token);
		this.jdbc.sql("update mail_outbox set next_attempt_at = :later where recipient = :to")
			.param("later", TestClock.runNowAtUtc().plusHours(1))
			.param("to", later)
			.update();
		String claimed = queue("claimed-" + token);
		this.jdbc.sql("update mail_outbox set claimed_by = 'elsewhere', claimed_until = :until where recipient = :to")
			.param("until", TestClock.runNowAtUtc().plusMinutes(1))
			.param("to", claimed)
			.update();
		for (int i = 0; i < 2; i++) {
			String failed = queue("failed-" + i + "-" + token);
			this.jdbc.sql("update mail_outbox set status = 'FAILED', attempts = 8 where recipient = :to")
				.param("to", failed)
				.update();
		}

		String before = scrape();
		assertThat(value(before, "milepost_mail_outbox_backlog", "")).isEqualTo(5);
		assertThat(value(before, "milepost_mail_outbox_due", "")).isEqualTo(3);
		assertThat(value(before, "milepost_mail_outbox_failed", "")).isEqualTo(2);

		assertThat(this.worker.runOnce()).isEqualTo(3);
		this.job.runFor(this.job.previousWeek());
		this.portfolio.holdLockElsewhere("weekly-reports");
		assertThatThrownBy(() -> this.job.runFor(this.job.previousWeek())).isInstanceOf(Jobs.JobRefusedException.class);

		String after = scrape();
		assertThat(value(after, "milepost_mail_outbox_backlog", "")).isEqualTo(2);
		assertThat(value(after, "milepost_mail_outbox_due", "")).isZero();
		assertThat(value(after, "milepost_mail_outbox_failed", "")).isEqualTo(2);
		String sent = "outcome=\"sent\"";
		assertThat(value(after, "milepost_mail_deliveries_total", sent)
				- value(before, "milepost_mail_deliveries_total", sent))
			.isEqualTo(3);
		String ran = "job=\"weekly-reports\",outcome=\"ran\"";
		String refused = "job=\"weekly-reports\",outcome=\"refused\"";
		assertThat(value(after, "milepost_job_runs_total", ran) - value(before, "milepost_job_runs_total", ran))
			.isEqualTo(1);
		assertThat(value(after, "milepost_job_runs_total", refused) - value(before, "milepost_job_runs_total", refused))
			.isEqualTo(1);
	}

	private String queue(String name) {
		String to = name + "@example.org";
		this.outbox.enqueue(new OutgoingMail("metrics:" + to, to, "Metrics", "Text", null));
		return to;
	}

	private String scrape() throws Exception {
		return this.mvc.get()
			.uri("/actuator/prometheus")
			.with(user("metrics-scraper").roles(Role.ADMIN.name()))
			.exchange()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The value of the sample {@code name} whose labels contain {@code labels} (0 when
	 * there is none yet, as for a counter never incremented).
	 */
	private static long value(String scrape, String name, String labels) {
		Matcher samples = Pattern.compile("(?m)^" + name + "(\\{([^}]*)\\})? (\\S+)$").matcher(scrape);
		while (samples.find()) {
			String found = (samples.group(2) != null) ? samples.group(2) : "";
			if (found.contains(labels)) {
				return Math.round(Double.parseDouble(samples.group(3)));
			}
		}
		return 0;
	}

}
