package dev.milepost.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Milepost instances behind an imaginary load balancer: both use one database, so a
 * user signed in through instance A is signed in on instance B (Spring Session JDBC),
 * signing out on A signs out on B, and a remember-me cookie issued by A works on B. Real
 * HTTP, real cookies.
 * <p>
 * Instance A is the shared test application; instance B is started here against the same
 * database without any {@code milepost.admin.*} setting, which also shows that once users
 * exist none is needed to start.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionTests {

	static final String ADMIN = "shared-admin";

	/** The password {@link TestData} gives the account. */
	static final String PASSWORD = "shared-admin-password";

	@LocalServerPort
	int portA;

	int portB;

	ConfigurableApplicationContext instanceB;

	@BeforeAll
	void startASecondInstance(@Autowired TestData data, @Autowired JdbcConnectionDetails database) {
		data.user(ADMIN, Role.ADMIN);
		this.instanceB = MilepostInstances.start(
				new String[] { "--spring.datasource.url=" + database.getJdbcUrl(),
						"--spring.datasource.username=" + database.getUsername(),
						"--spring.datasource.password=" + nullToEmpty(database.getPassword()) },
				UserBootstrapTests.NO_ADMIN_USERNAME, UserBootstrapTests.NO_ADMIN_PASSWORD);
		this.portB = MilepostInstances.port(this.instanceB);
	}

	@AfterAll
	void stopIt() {
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	@Test
	void aSessionStartedOnOneInstanceIsValidOnTheOtherUntilLogout() throws Exception {
		Browser browser = new Browser(this.portA);
		HttpResponse<String> login = browser.login(ADMIN, PASSWORD, false);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		String session = browser.cookie("SESSION");
		assertThat(session).as("session cookie from instance A").isNotNull();

		HttpResponse<String> onB = getWithCookie(this.portB, "/admin/users", "SESSION=" + session);
		assertThat(onB.statusCode()).as("instance B knows the session").isEqualTo(200);
		assertThat(onB.body()).contains("Signed in as " + ADMIN, "Users");

		HttpResponse<String> logout = browser.logout();
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?logout"));

		HttpResponse<String> afterLogout = getWithCookie(this.portB, "/admin/users", "SESSION=" + session);
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	@Test
	void aRememberMeCookieFromOneInstanceSignsInOnTheOther() throws Exception {
		Browser browser = new Browser(this.portA);
		assertThat(browser.login(ADMIN, PASSWORD, true).statusCode()).isEqualTo(302);
		String rememberMe = browser.cookie("remember-me");
		assertThat(rememberMe).isNotNull();

		HttpResponse<String> onB = getWithCookie(this.portB, "/", "remember-me=" + rememberMe);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Signed in as " + ADMIN);
	}

	@Test
	void disablingAnAccountOnOneInstanceEndsItsSessionOnTheOther() throws Exception {
		Browser admin = new Browser(this.portA);
		assertThat(admin.login(ADMIN, PASSWORD, false).statusCode()).isEqualTo(302);
		String username = "shared-tpm-" + System.nanoTime() % 100000;
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users",
				"username=" + username + "&displayName=Shared+Tpm&roles=TPM&password=shared-tpm-password");
		assertThat(created.statusCode()).isEqualTo(302);
		String userPage = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

		Browser tpm = new Browser(this.portB);
		assertThat(tpm.login(username, "shared-tpm-password", false).statusCode()).isEqualTo(302);
		assertThat(tpm.get("/programs").statusCode()).isEqualTo(200);

		HttpResponse<String> disabled = admin.submit(userPage, userPage + "/disable", "");
		assertThat(disabled.statusCode()).isEqualTo(302);

		HttpResponse<String> afterDisable = tpm.get("/programs");
		assertThat(afterDisable.statusCode()).as("the session on instance B is gone").isEqualTo(302);
		assertThat(afterDisable.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(tpm.login(username, "shared-tpm-password", false).headers().firstValue("Location"))
			.as("the one answer to every failed login, which does not say \"disabled\"")
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
	}

	@Test
	void withoutAnyCookieTheOtherInstanceAsksForALogin() throws Exception {
		HttpResponse<String> anonymous = getWithCookie(this.portB, "/", null);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	private static HttpResponse<String> getWithCookie(int port, String path, String cookie) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** One browser talking to one instance, keeping its cookies. */
	static final class Browser {

		private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private static final Pattern META_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.build();

		private final int port;

		Browser(int port) {
			this.port = port;
		}

		HttpResponse<String> login(String username, String password, boolean rememberMe) throws Exception {
			return loginLater(username, password, rememberMe).call();
		}

		/**
		 * Opens the login page now (session and CSRF token); the returned call posts the
		 * form, so that many browsers can post at the same moment.
		 */
		Callable<HttpResponse<String>> loginLater(String username, String password, boolean rememberMe)
				throws Exception {
			String token = token(get("/login").body(), FORM_TOKEN);
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token)
					+ (rememberMe ? "&remember-me=on" : "");
			return () -> post("/login", form);
		}

		HttpResponse<String> logout() throws Exception {
			String token = token(get("/").body(), META_TOKEN);
			return post("/logout", "_csrf=" + encode(token));
		}

		/**
		 * Opens {@code page} for its CSRF token, then posts {@code form} to
		 * {@code action}.
		 */
		HttpResponse<String> submit(String page, String action, String form) throws Exception {
			String token = token(get(page).body(), META_TOKEN);
			return post(action, (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(token));
		}

		String cookie(String name) {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals(name))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpResponse<String> post(String path, String form) throws Exception {
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

		private static String token(String html, Pattern pattern) {
			Matcher matcher = pattern.matcher(html);
			assertThat(matcher.find()).as("page carries a CSRF token").isTrue();
			return matcher.group(1);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
