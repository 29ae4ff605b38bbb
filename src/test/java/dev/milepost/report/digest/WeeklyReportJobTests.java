package dev.milepost.report.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.report.IsoWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The weekly job with auto-publish off (the default): reminders to the owners of
 * unpublished reports, once; the digest; the ShedLock that lets one of two simultaneous
 * runs do the work; the admin's "run now".
 */
@IntegrationTest
class WeeklyReportJobTests {

	@Autowired
	WeeklyReportJob job;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	DigestEvents events;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	DigestFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.portfolio.clean();
		this.fixtures = new DigestFixtures(this.jdbc, this.data);
	}

	@Test
	void remindsTheOwnerOfEachDraftOrMissingReportOnceAndPublishesTheDigest() {
		IsoWeek week = IsoWeek.parse("2022-W11");
		Program drafting = this.fixtures.program("drafting-owner@example.org");
		Program missing = this.fixtures.program("missing-owner@example.org");
		Program published = this.fixtures.program("published-owner@example.org");
		Program noAddress = this.fixtures.program(null);
		Program onHold = this.fixtures.program("on-hold-owner@example.org");
		this.jdbc.sql("update programs set status = 'ON_HOLD' where id = :id").param("id", onHold.getId()).update();
		this.fixtures.report(drafting, week, 1, "DRAFT", null);
		this.fixtures.report(published, week, 1, "PUBLISHED", null);
		this.fixtures.report(noAddress, week, 1, "DRAFT", null);

		WeeklyRun first = this.job.runFor(week);

		assertThat(first.week()).isEqualTo("2022-W11");
		assertThat(first.digestPublished()).isTrue();
		assertThat(first.autoPublished()).isZero();
		assertThat(reminders(drafting, week)).singleElement().satisfies((mail) -> {
			assertThat(mail.get("recipient")).isEqualTo("drafting-owner@example.org");
			assertThat((String) mail.get("subject")).contains(drafting.getKey())
				.contains("2022-W11")
				.contains("is still a draft");
			assertThat((String) mail.get("body_text")).contains("Hello Owner of " + drafting.getKey())
				.contains("2022-03-14 to 2022-03-20")
				.contains("http://localhost:8080/programs/" + drafting.getId() + "/reports/2022-W11");
			assertThat(mail.get("body_html")).isNull();
			assertThat(mail.get("dedupe_key"))
				.isEqualTo("reminder:" + drafting.getId() + ":2022-W11:" + this.fixtures.ownerId(drafting));
		});
		assertThat(reminders(missing, week)).singleElement()
			.satisfies((mail) -> assertThat((String) mail.get("subject")).contains("has not been written yet"));
		assertThat(reminders(published, week)).isEmpty();
		assertThat(reminders(noAddress, week)).isEmpty();
		assertThat(reminders(onHold, week)).isEmpty();
		assertThat(this.jdbc.sql("select published_by from digests where iso_week = '2022-W11'")
			.query(String.class)
			.single()).as("the scheduler's runs are signed by the job").isEqualTo("weekly-job");

		WeeklyRun second = this.job.runFor(week);

		assertThat(second.digestPublished()).isFalse();
		assertThat(second.reminders()).isZero();
		assertThat(reminders(drafting, week)).hasSize(1);
		assertThat(reminders(missing, week)).hasSize(1);
		assertThat(this.events.published("2022-W11")).hasSize(1);
		assertThat(this.jdbc.sql("select status from status_reports where program_id = :p")
			.param("p", drafting.getId())
			.query(String.class)
			.list()).as("auto-publish is off").containsExactly("DRAFT");
	}

	@Test
	void ofTwoSimultaneousScheduledRunsOnlyOneDoesTheWork() throws Exception {
		assertThat(AopUtils.isAopProxy(this.job)).as("the job is called through ShedLock's proxy").isTrue();
		this.jdbc.sql("delete from shedlock where name = :name").param("name", WeeklyReportJob.LOCK).update();
		String week = this.job.previousWeek().toString();
		int before = this.events.runs(week).size();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					this.job.runWeekly();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> call : calls) {
				call.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.events.runs(week)).as("runs of %s", week).hasSize(before + 1);
		assertThat(this.jdbc.sql("select count(*) from digests where iso_week = :w")
			.param("w", week)
			.query(Long.class)
			.single()).isEqualTo(1);
		// held at least a minute (lockAtLeastFor), so a third call now does nothing
		// either
		this.job.runWeekly();
		assertThat(this.events.runs(week)).hasSize(before + 1);
		assertThat(this.jdbc.sql("select count(*) from shedlock where name = :name and lock_until > locked_at")
			.param("name", WeeklyReportJob.LOCK)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAdminRunsTheJobForLastWeekAndSeesWhatItDid() throws Exception {
		String week = this.job.previousWeek().toString();
		Program drafting = this.fixtures.program("admin-run-owner@example.org");
		this.fixtures.report(drafting, IsoWeek.parse(week), 1, "DRAFT", null);

		String outbox = this.mvc.get()
			.uri("/admin/outbox")
			.with(user("test-admin").roles("ADMIN"))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(outbox).contains("action=\"/admin/reports/weekly-run\"")
			.contains("Run weekly job now")
			.contains("the week that ended last (" + week + ")");

		MvcTestResult result = this.mvc.post()
			.uri("/admin/reports/weekly-run")
			.with(csrf())
			.with(user("test-admin").roles("ADMIN"))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/outbox");
		String flash = (String) result.getMvcResult().getFlashMap().get("flash");
		assertThat(flash).startsWith("Weekly job for " + week + ": digest ")
			.contains("reminders queued")
			.contains("0 reports published automatically, 0 failed");
		assertThat(reminders(drafting, IsoWeek.parse(week))).hasSize(1);

		MvcTestResult again = this.mvc.post()
			.uri("/admin/reports/weekly-run")
			.with(csrf())
			.with(user("test-admin").roles("ADMIN"))
			.exchange();
		assertThat((String) again.getMvcResult().getFlashMap().get("flash"))
			.contains("digest was already published; 0 reminders queued");

		MvcTestResult tpm = this.mvc.post()
			.uri("/admin/reports/weekly-run")
			.with(csrf())
			.with(user("some-tpm").roles("TPM"))
			.exchange();
		assertThat(tpm).hasStatus(HttpStatus.FORBIDDEN);
	}

	private List<Map<String, Object>> reminders(Program program, IsoWeek week) {
		return this.jdbc.sql("select * from mail_outbox where dedupe_key like :key")
			.param("key", "reminder:" + program.getId() + ":" + week + ":%")
			.query()
			.listOfRows();
	}

}
