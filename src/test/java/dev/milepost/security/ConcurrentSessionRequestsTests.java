package dev.milepost.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.security.SharedSessionTests.Browser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several pages of one session opened at the same moment, right after signing in (a
 * browser restoring its tabs, a TPM opening programs in new tabs): each request creates
 * the session's CSRF token and the session store writes it. Real HTTP, real sessions in
 * PostgreSQL.
 */
@IntegrationTest
class ConcurrentSessionRequestsTests {

	static final int PAGES = 8;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void pagesOpenedAtOnceAfterSigningInAllAnswer() throws Exception {
		this.data.user("tabs-tpm", Role.TPM);
		Browser browser = new Browser(this.port);
		assertThat(browser.login("tabs-tpm", "tabs-tpm-password", false).statusCode()).isEqualTo(302);
		CyclicBarrier together = new CyclicBarrier(PAGES);
		ExecutorService pool = Executors.newFixedThreadPool(PAGES);
		try {
			List<Future<HttpResponse<String>>> pages = new ArrayList<>();
			for (int i = 0; i < PAGES; i++) {
				pages.add(pool.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					return browser.get("/me");
				}));
			}
			for (Future<HttpResponse<String>> page : pages) {
				HttpResponse<String> response = page.get(60, TimeUnit.SECONDS);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				assertThat(response.body()).contains("name=\"_csrf\"");
			}
		}
		finally {
			pool.shutdownNow();
		}
		// the session still works afterwards: a form posted with the token the page now
		// carries
		HttpResponse<String> logout = browser.logout();
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/login"));
	}

}
