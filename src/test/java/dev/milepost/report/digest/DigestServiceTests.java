package dev.milepost.report.digest;

import java.util.ArrayList;
import java.util.List;
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
import dev.milepost.report.digest.DigestService.Publication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a digest: the content is frozen, a week is published once, and of two
 * concurrent publishers exactly one inserts the row and announces it.
 */
@IntegrationTest
class DigestServiceTests {

	@Autowired
	DigestService digests;

	@Autowired
	PortfolioCleaner portfolio;

	@Autowired
	DigestEvents events;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	DigestFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.portfolio.clean();
		this.fixtures = new DigestFixtures(this.jdbc, this.data);
	}

	@Test
	void publishingFreezesTheContentAndAnnouncesItOnce() {
		IsoWeek week = IsoWeek.parse("2024-W05");
		Program program = this.data.program();
		this.fixtures.report(program, week, 1, "PUBLISHED", "Frozen ask");

		Publication first = this.digests.publish(week);

		assertThat(first.published()).isTrue();
		assertThat(first.digest().week()).isEqualTo("2024-W05");
		assertThat(first.digest().publishedBy()).isEqualTo("anonymous");
		assertThat(this.events.published("2024-W05"))
			.containsExactly(new DigestPublished(first.digest().id(), "2024-W05"));
		DigestContent stored = this.digests.content(first.digest());
		assertThat(stored.asks()).anySatisfy((ask) -> assertThat(ask.text()).isEqualTo("Frozen ask"));

		// later changes do not reach the published digest, and publishing again does
		// nothing
		this.jdbc.sql("update status_reports set asks = 'Changed later' where program_id = :p")
			.param("p", program.getId())
			.update();
		Publication again = this.digests.publish(week);

		assertThat(again.published()).isFalse();
		assertThat(again.digest()).isEqualTo(first.digest());
		assertThat(this.digests.content(again.digest()).asks())
			.anySatisfy((ask) -> assertThat(ask.text()).isEqualTo("Frozen ask"))
			.noneSatisfy((ask) -> assertThat(ask.text()).isEqualTo("Changed later"));
		assertThat(this.events.published("2024-W05")).hasSize(1);
		assertThat(rows("2024-W05")).isEqualTo(1);
	}

	@Test
	void twoConcurrentPublishersMakeOneDigestAndOneEvent() throws Exception {
		String week = "2024-W06";
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				// a fresh week per round, so that both threads really race for the insert
				IsoWeek isoWeek = IsoWeek.parse(week).next().next().next();
				week = isoWeek.toString();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Publication>> results = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					results.add(pool.submit(() -> {
						start.await();
						return this.digests.publish(isoWeek);
					}));
				}
				start.countDown();
				List<Publication> publications = new ArrayList<>();
				for (Future<Publication> result : results) {
					publications.add(result.get(60, TimeUnit.SECONDS));
				}

				assertThat(rows(week)).as("digests of %s", week).isEqualTo(1);
				assertThat(this.events.published(week)).as("events of %s", week).hasSize(1);
				assertThat(publications).filteredOn(Publication::published).hasSize(1);
				assertThat(publications).extracting((p) -> p.digest().id())
					.containsOnly(this.events.published(week).get(0).digestId());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long rows(String week) {
		return this.jdbc.sql("select count(*) from digests where iso_week = :w")
			.param("w", week)
			.query(Long.class)
			.single();
	}

}
