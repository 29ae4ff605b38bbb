package dev.milepost.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.milepost.TestClockConfiguration;
import dev.milepost.security.SharedSessionTests.Browser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lockout on the embedded H2 database (PostgreSQL mode), which counts with the same
 * conditional update as PostgreSQL: parallel wrong passwords lock the account after
 * {@code milepost.login.max-failures} of them. Configured like
 * {@code EmbeddedDefaultTests} so that both share one cached application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:milepost-embedded-default;MODE=PostgreSQL;"
				+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(TestClockConfiguration.class)
class EmbeddedLockoutTests {

	@LocalServerPort
	int port;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelWrongPasswordsLockTheAccountAfterFiveOnH2() throws Exception {
		String username = LoginSecurityTests.uniqueName("h2-storm");
		User user = this.users
			.saveAndFlush(new User(username, "H2 Storm", "{noop}" + username + "-password", EnumSet.of(Role.VIEWER)));
		List<Callable<HttpResponse<String>>> logins = new ArrayList<>();
		for (int attempt = 0; attempt < 30; attempt++) {
			logins.add(new Browser(this.port).loginLater(username, "wrong-" + attempt, false));
		}

		List<HttpResponse<String>> responses = ParallelLoginTests.allAtOnce(logins);

		assertThat(responses).allSatisfy((response) -> assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith(SecurityConfiguration.LOGIN_FAILED)));
		Map<String, Object> row = this.jdbc.sql("select failed_logins, locked_until from users where id = ?")
			.param(user.getId())
			.query()
			.singleRow();
		assertThat(row.get("failed_logins")).isEqualTo(5);
		assertThat(row.get("locked_until")).isNotNull();
		assertThat(
				new Browser(this.port).login(username, username + "-password", false).headers().firstValue("Location"))
			.as("the right password while locked")
			.hasValueSatisfying((to) -> assertThat(to).endsWith(SecurityConfiguration.LOGIN_FAILED));
	}

}
