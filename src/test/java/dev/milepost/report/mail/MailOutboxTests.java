package dev.milepost.report.mail;

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

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Queuing: once per dedupe key, also when two callers race. */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class MailOutboxTests {

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecondEnqueueOfTheSameKeyIsANoOp() {
		String key = "report:1:" + TestData.uniqueKey().toLowerCase(Locale.ROOT) + "@example.org";
		OutgoingMail mail = new OutgoingMail(key, "alice@example.org", "Week 47", "Text", "<p>HTML</p>",
				Map.of("List-Unsubscribe", "<https://milepost.example/u/1>"));

		assertThat(this.outbox.enqueue(mail)).isTrue();
		assertThat(this.outbox.enqueue(mail)).isFalse();
		assertThat(this.outbox.enqueue(new OutgoingMail(key, "other@example.org", "Other", "Other", null))).isFalse();

		List<Map<String, Object>> rows = this.jdbc.sql("select * from mail_outbox where dedupe_key = ?")
			.param(key)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("recipient", "alice@example.org")
			.containsEntry("subject", "Week 47")
			.containsEntry("status", "PENDING")
			.containsEntry("attempts", 0)
			.containsEntry("headers", "List-Unsubscribe: <https://milepost.example/u/1>\n");
		assertThat(rows.get(0).get("next_attempt_at")).isNotNull();
	}

	@Test
	void racingEnqueuesOfOneKeyQueueOneRow() throws Exception {
		String token = TestData.uniqueKey().toLowerCase(Locale.ROOT);
		int keys = 20;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < keys; i++) {
				String key = "race:" + token + ":" + i;
				CyclicBarrier start = new CyclicBarrier(2);
				Callable<Boolean> enqueue = () -> {
					start.await(10, TimeUnit.SECONDS);
					return this.outbox.enqueue(new OutgoingMail(key, token + "@example.org", "Race", "Text", null));
				};
				List<Future<Boolean>> results = new ArrayList<>();
				results.add(pool.submit(enqueue));
				results.add(pool.submit(enqueue));
				int won = 0;
				for (Future<Boolean> result : results) {
					won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
				}
				assertThat(won).as("callers told 'new' for " + key).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc
			.sql("select dedupe_key, count(*) from mail_outbox where dedupe_key like ? "
					+ "group by dedupe_key having count(*) > 1")
			.param("race:" + token + ":%")
			.query()
			.listOfRows()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where dedupe_key like ?")
			.param("race:" + token + ":%")
			.query(Long.class)
			.single()).isEqualTo(keys);
	}

	@Test
	void backoffDoublesFromTheBaseUpToTheCap() {
		MailProperties properties = new MailProperties(null, 0, null, null, null, 0, null);
		assertThat(properties.backoff(1)).hasMinutes(1);
		assertThat(properties.backoff(2)).hasMinutes(2);
		assertThat(properties.backoff(3)).hasMinutes(4);
		assertThat(properties.backoff(7)).hasMinutes(60);
		assertThat(properties.backoff(50)).hasMinutes(60);
		assertThat(properties.maxAttempts()).isEqualTo(8);
	}

}
