package dev.milepost.security;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.milepost.IntegrationTest;
import dev.milepost.TestClock;
import dev.milepost.TestData;
import dev.milepost.security.SharedSessionTests.Browser;
import dev.milepost.shared.MilepostProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Many wrong passwords for one account at the same moment, over real HTTP as a
 * brute-force attacker would send them, each from its own session: the lockout counts in
 * the database before any password is checked, so no more than
 * {@code milepost.login.max-failures} of them are checked, every one gets the same
 * answer, and the account ends locked with a count that adds up.
 */
@IntegrationTest
class ParallelLoginTests {

	static final int ATTEMPTS = 60;

	private static final Logger logger = LoggerFactory.getLogger(ParallelLoginTests.class);

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MilepostProperties properties;

	@Autowired
	MockMvcTester mvc;

	@Test
	void parallelWrongPasswordsHaveAtMostMaxFailuresCheckedAndLockTheAccount() throws Exception {
		User user = this.data.user(LoginSecurityTests.uniqueName("storm"), Role.TPM);
		int maxFailures = this.properties.login().maxFailures();
		Duration lockDuration = this.properties.login().lockDuration();
		List<Callable<HttpResponse<String>>> logins = new ArrayList<>();
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			logins.add(new Browser(this.port).loginLater(user.getUsername(), "wrong-" + attempt, false));
		}
		double checkedBefore = count("success") + count("failure");
		double lockedBefore = count("locked");

		Instant stormStarted = this.clock.instant();
		List<HttpResponse<String>> responses = allAtOnce(logins);

		double checked = count("success") + count("failure") - checkedBefore;
		double refused = count("locked") - lockedBefore;
		logger.info("{} parallel wrong logins: {} password(s) checked, {} refused unchecked", ATTEMPTS, (long) checked,
				(long) refused);
		assertThat(responses).as("one answer for all").allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith(SecurityConfiguration.LOGIN_FAILED));
		});
		assertThat(checked).as("passwords checked").isLessThanOrEqualTo(maxFailures).isEqualTo(maxFailures);
		assertThat(refused).as("refused without a check").isEqualTo(ATTEMPTS - maxFailures);
		Map<String, Object> row = row(user);
		assertThat(row.get("failed_logins")).isEqualTo(maxFailures);
		assertThat(((Timestamp) row.get("locked_until")).toInstant()).isCloseTo(stormStarted.plus(lockDuration),
				within(1, ChronoUnit.MINUTES));

		MvcTestResult adminPage = this.mvc.get()
			.uri("/admin/users/" + user.getId())
			.with(user("test-admin").roles(Role.ADMIN.name()))
			.exchange();
		assertThat(adminPage).as("the admin page still shows the lock").bodyText().contains("user-locked");

		Browser owner = new Browser(this.port);
		String password = LoginSecurityTests.passwordOf(user);
		assertThat(owner.login(user.getUsername(), password, false).headers().firstValue("Location"))
			.as("the right password while locked")
			.hasValueSatisfying((to) -> assertThat(to).endsWith(SecurityConfiguration.LOGIN_FAILED));
		assertThat(row(user).get("failed_logins")).as("a refusal counts nothing").isEqualTo(maxFailures);

		this.clock.advance(lockDuration.plusMinutes(1));
		assertThat(owner.login(user.getUsername(), password, false).headers().firstValue("Location"))
			.as("the right password after the lock")
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/").doesNotContain("/login"));
		assertThat(row(user)).containsEntry("failed_logins", 0).containsEntry("locked_until", null);
	}

	/** Runs every call on a thread of its own, all released at the same moment. */
	static List<HttpResponse<String>> allAtOnce(List<Callable<HttpResponse<String>>> calls) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (Callable<HttpResponse<String>> call : calls) {
				futures.add(threads.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get(30, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private double count(String outcome) {
		return this.meters.get(LockoutAuthenticationProvider.METER).tag("outcome", outcome).counter().count();
	}

	private Map<String, Object> row(User user) {
		return this.jdbc.sql("select failed_logins, locked_until from users where id = ?")
			.param(user.getId())
			.query()
			.singleRow();
	}

}
