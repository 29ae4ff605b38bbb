package dev.milepost.report.digest;

import dev.milepost.IntegrationTest;
import dev.milepost.PortfolioCleaner;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

/**
 * ^ * The weekly job in auto-publish mode ({@code milepost.reports.auto-publish=true}):
 * unpublished reports are published (a failing one does not stop the others), no
 * reminders are sent, and the digest, published after them, has their asks.
 */
@IntegrationTest
class WeeklyReportJobAutoPublishTests {

	@Autowired
	WeeklyReportJob job;

	@Autowired
	DigestService digests;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The real service, a spy (see {@link IntegrationTest}) made to fail for one program.
	 */
	@Autowired
	ReportService reports;

	@Autowired
	PortfolioCleaner portfolio;

	DigestFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.portfolio.clean();
		this.fixtures = new DigestFixtures(this.jdbc, this.data);
	}

	@Test
	void publishesDraftAndMissingReportsEachOnItsOwnAndThenTheDigest() {
		IsoWeek week = IsoWeek.parse("2022-W33");
		Program drafting = this.fixtures.program("auto-drafting@example.org");
		Program failing = this.fixtures.program("auto-failing@example.org");
		Program missing = this.fixtures.program("auto-missing@example.org");
		this.fixtures.report(drafting, week, 1, "DRAFT", "Approve the second vendor");
		this.fixtures.report(failing, week, 1, "DRAFT", "Never published");
		doThrow(new IllegalStateException("Simulated failure")).when(this.reports).publish(eq(failing.getId()), any());

		WeeklyRun run = this.job.runFor(week, true);

		assertThat(run.failed()).isEqualTo(1);
		assertThat(run.reminders()).isZero();
		assertThat(run.autoPublished()).isEqualTo(2);
		assertThat(latest(drafting, week)).isEqualTo("PUBLISHED by weekly-job");
		assertThat(latest(missing, week)).isEqualTo("PUBLISHED by weekly-job");
		assertThat(latest(failing, week)).isEqualTo("DRAFT by null");
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where dedupe_key like :k")
			.param("k", "reminder:%:2022-W33:%")
			.query(Long.class)
			.single()).isZero();
		DigestContent digest = this.digests.content(this.digests.find(week).orElseThrow());
		assertThat(digest.asks()).anySatisfy((ask) -> {
			assertThat(ask.program().key()).isEqualTo(drafting.getKey());
			assertThat(ask.text()).isEqualTo("Approve the second vendor");
		});
		assertThat(digest.withoutReport()).extracting(DigestContent.ProgramRef::key)
			.contains(failing.getKey())
			.doesNotContain(drafting.getKey(), missing.getKey());

		WeeklyRun again = this.job.runFor(week, true);
		assertThat(again.autoPublished()).isZero();
		assertThat(again.failed()).isEqualTo(1);
		assertThat(again.digestPublished()).isFalse();
	}

	private String latest(Program program, IsoWeek week) {
		return this.jdbc.sql("""
				select status || ' by ' || coalesce(published_by, 'null') from status_reports
				where program_id = :p and iso_week = :w order by version_no desc fetch first 1 rows only""")
			.param("p", program.getId())
			.param("w", week.toString())
			.query(String.class)
			.single();
	}

}
