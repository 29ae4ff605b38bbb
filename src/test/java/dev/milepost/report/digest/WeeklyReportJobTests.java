package dev.milepost.report.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportService;
import dev.milepost.shared.Jobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The weekly job with auto-publish off (the default): reminders to the owners of
 * unpublished reports, once; the digest; the lock that lets one of two simultaneous runs
 * do the work, whichever way they start (schedule, direct call, the admin's "run now"),
 * and refuses the other.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
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

	/** The real service, a spy (see {@link IntegrationTest}). */
	@Autowired
	ReportService reports;

	DigestFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.portfolio.clean();
		this.fixtures = new DigestFixtures(this.jdbc, this.data);
	}

	/**
	 * A scheduled run keeps its lock a minute: other tests' runs must not be refused.
	 */
	@AfterEach
	void releaseLocks() {
		this.portfolio.releaseLocks();
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
		String week = this.job.previousWeek().toString();
		int before = this.events.runs(week).size();
		List<Boolean> ran = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> calls = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					return this.job.runWeekly();
				}));
			}
			start.countDown();
			for (Future<Boolean> call : calls) {
				ran.add(call.get(120, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(ran).as("which call ran the job").containsExactlyInAnyOrder(true, false);
		assertThat(this.events.runs(week)).as("runs of %s", week).hasSize(before + 1);
		assertThat(this.jdbc.sql("select count(*) from digests where iso_week = :w")
			.param("w", week)
			.query(Long.class)
			.single()).isEqualTo(1);
		// held at least a minute after a scheduled run, so a third call now does
		// nothing either, nor does the admin's button
		assertThat(this.job.runWeekly()).isFalse();
		assertThat(this.events.runs(week)).hasSize(before + 1);
		assertThat(this.jdbc.sql("select count(*) from shedlock where name = :name and lock_until > locked_at")
			.param("name", WeeklyReportJob.LOCK)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(
				this.mvc.post().uri("/admin/reports/weekly-run").with(csrf()).with(user("test-admin").roles("ADMIN")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("already running on another instance (or has just run there)");
	}

	/**
	 * The defect of issue 11: two instances' "Run weekly job now" at once both published
	 * every report; the constraints refused the second copies, and its admin read "44
	 * failed" over 44 logged ReportConflictExceptions. Now the second run is refused
	 * before it does anything. The first run is held inside its first publication until
	 * the second has been answered, so that the two overlap for certain.
	 */
	@Test
	void ofTwoSimultaneousRunsOnDemandOneRunsAndTheOtherIsRefused(CapturedOutput output) throws Exception {
		IsoWeek week = IsoWeek.parse("2022-W12");
		List<Program> programs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Program program = this.fixtures.program("concurrent-" + i + "@example.org");
			this.fixtures.report(program, week, 1, "DRAFT", null);
			programs.add(program);
		}
		CountDownLatch refused = new CountDownLatch(1);
		doAnswer((call) -> {
			assertThat(refused.await(60, TimeUnit.SECONDS)).as("the other run was answered").isTrue();
			return call.callRealMethod();
		}).when(this.reports).publish(anyLong(), any());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CompletionService<WeeklyRun> runs = new ExecutorCompletionService<>(pool);
		try {
			CountDownLatch start = new CountDownLatch(1);
			for (int i = 0; i < 2; i++) {
				runs.submit(() -> {
					start.await();
					return this.job.runFor(week, true);
				});
			}
			start.countDown();

			Future<WeeklyRun> first = runs.poll(60, TimeUnit.SECONDS);
			assertThat(first).as("one run is answered while the other works").isNotNull();
			assertThatRefused(first);
			refused.countDown();
			Future<WeeklyRun> second = runs.poll(120, TimeUnit.SECONDS);
			assertThat(second).isNotNull();
			WeeklyRun run = second.get();
			assertThat(run.autoPublished()).isEqualTo(3);
			assertThat(run.failed()).isZero();
			assertThat(run.digestPublished()).isTrue();
		}
		finally {
			refused.countDown();
			pool.shutdownNow();
		}

		for (Program program : programs) {
			assertThat(
					this.jdbc.sql("select count(*) from status_reports where program_id = :p and status = 'PUBLISHED'")
						.param("p", program.getId())
						.query(Long.class)
						.single())
				.isEqualTo(1);
		}
		assertThat(this.events.runs(week.toString())).hasSize(1);
		assertThat(output.getAll()).doesNotContain("ReportConflictException").doesNotContain("Could not publish");
		assertThat(this.jdbc
			.sql("select count(*) from shedlock where name = :name and lock_until > timezone('utc', now())")
			.param("name", WeeklyReportJob.LOCK)
			.query(Long.class)
			.single()).as("a run on demand releases its lock when it ends").isZero();
	}

	@Test
	void theAdminIsToldTheJobRunsElsewhereAndNothingIsDone() {
		String week = this.job.previousWeek().toString();
		Program drafting = this.fixtures.program("refused-run-owner@example.org");
		this.fixtures.report(drafting, IsoWeek.parse(week), 1, "DRAFT", null);
		this.portfolio.holdLockElsewhere(WeeklyReportJob.LOCK);
		int before = this.events.runs(week).size();

		MvcTestResult result = this.mvc.post()
			.uri("/admin/reports/weekly-run")
			.with(csrf())
			.with(user("test-admin").roles("ADMIN"))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("The weekly job is already running on another instance (or has just run there)")
			.doesNotContain("failed");
		assertThat(this.events.runs(week)).hasSize(before);
		assertThat(reminders(drafting, IsoWeek.parse(week))).isEmpty();
		assertThat(this.jdbc.sql("select locked_by from shedlock where name = :name")
			.param("name", WeeklyReportJob.LOCK)
			.query(String.class)
			.single()).as("the other instance's lock is left alone").isEqualTo("another-instance");

		this.portfolio.releaseLocks();
		assertThat(
				this.mvc.post().uri("/admin/reports/weekly-run").with(csrf()).with(user("test-admin").roles("ADMIN")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(reminders(drafting, IsoWeek.parse(week))).hasSize(1);
	}

	private static void assertThatRefused(Future<WeeklyRun> run) {
		try {
			WeeklyRun unexpected = run.get();
			throw new AssertionError("both runs did the work; this one: " + unexpected);
		}
		catch (ExecutionException ex) {
			assertThat(ex.getCause()).isInstanceOf(Jobs.JobRefusedException.class);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
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
