package dev.milepost.security;

import dev.milepost.TestClockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In demo mode (the embedded H2 default) the login page names the demo accounts.
 * Configured like {@code EmbeddedDefaultTests} so that both share one cached application
 * context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:milepost-embedded-default;MODE=PostgreSQL;"
				+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(TestClockConfiguration.class)
class DemoLoginPageTests {

	@LocalServerPort
	private int port;

	@Test
	void loginPageShowsTheDemoAccountsInDemoMode() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Demo accounts (password: demo)",
				"admin (administrator) · tpm (TPM, owns most programs) · leader (read-only leadership)");
	}

}
