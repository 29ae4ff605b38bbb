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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Milepost instances behind an imaginary load balancer: both use one database, so a user
 * signed in through instance A is signed in on instance B (Spring Session JDBC), signing out on
 * A signs out on B, and a remember-me cookie issued by A works on B. Real HTTP, real cookies.
 */
class SharedSessionTests {

	static final String ADMIN = "shared-admin";

	static final String PASSWORD = "shared-admin-password";

	static FreshDatabase database;

	static ConfigurableApplicationContext instanceA;

	static ConfigurableApplicationContext instanceB;

	@BeforeAll
	static void startTwoInstances() {
		database = FreshDatabase.create("milepost_sessions");
		instanceA = MilepostInstances.start(database, "--milepost.admin.username=" + ADMIN,
				"--milepost.admin.password=" + PASSWORD);
		instanceB = MilepostInstances.start(database, "--milepost.admin.username=" + ADMIN,
				"--milepost.admin.password=" + PASSWORD);
	}

	@AfterAll
	static void stopThem() {
		if (instanceB != null) {
			instanceB.close();
		}
		if (instanceA != null) {
			instanceA.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void aSessionStartedOnOneInstanceIsValidOnTheOtherUntilLogout() throws Exception {
		Browser browser = new Browser(MilepostInstances.port(instanceA));
		HttpResponse<String> login = browser.login(ADMIN, PASSWORD, false);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		String session = browser.cookie("SESSION");
		assertThat(session).as("session cookie from instance A").isNotNull();

		HttpResponse<String> onB = getWithCookie(MilepostInstances.port(instanceB), "/admin/users", "SESSION=" + session);
		assertThat(onB.statusCode()).as("instance B knows the session").isEqualTo(200);
		assertThat(onB.body()).contains("Signed in as " + ADMIN, "Users");

		HttpResponse<String> logout = browser.logout();
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login?logout"));

		HttpResponse<String> afterLogout = getWithCookie(MilepostInstances.port(instanceB), "/admin/users",
				"SESSION=" + session);
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	@Test
	void aRememberMeCookieFromOneInstanceSignsInOnTheOther() throws Exception {
		Browser browser = new Browser(MilepostInstances.port(instanceA));
		assertThat(browser.login(ADMIN, PASSWORD, true).statusCode()).isEqualTo(302);
		String rememberMe = browser.cookie("remember-me");
		assertThat(rememberMe).isNotNull();

		HttpResponse<String> onB = getWithCookie(MilepostInstances.port(instanceB), "/", "remember-me=" + rememberMe);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Signed in as " + ADMIN);
	}

	@Test
	void disablingAnAccountOnOneInstanceEndsItsSessionOnTheOther() throws Exception {
		Browser admin = new Browser(MilepostInstances.port(instanceA));
		assertThat(admin.login(ADMIN, PASSWORD, false).statusCode()).isEqualTo(302);
		String username = "shared-tpm-" + System.nanoTime() % 100000;
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users", "username=" + username
				+ "&displayName=Shared+Tpm&roles=TPM&password=shared-tpm-password");
		assertThat(created.statusCode()).isEqualTo(302);
		String userPage = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

		Browser tpm = new Browser(MilepostInstances.port(instanceB));
		assertThat(tpm.login(username, "shared-tpm-password", false).statusCode()).isEqualTo(302);
		assertThat(tpm.get("/programs").statusCode()).isEqualTo(200);

		HttpResponse<String> disabled = admin.submit(userPage, userPage + "/disable", "");
		assertThat(disabled.statusCode()).isEqualTo(302);

		HttpResponse<String> afterDisable = tpm.get("/programs");
		assertThat(afterDisable.statusCode()).as("the session on instance B is gone").isEqualTo(302);
		assertThat(afterDisable.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(tpm.login(username, "shared-tpm-password", false).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?disabled"));
	}

	@Test
	void withoutAnyCookieTheOtherInstanceAsksForALogin() throws Exception {
		HttpResponse<String> anonymous = getWithCookie(MilepostInstances.port(instanceB), "/", null);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
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
			String token = token(get("/login").body(), FORM_TOKEN);
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token)
					+ (rememberMe ? "&remember-me=on" : "");
			return post("/login", form);
		}

		HttpResponse<String> logout() throws Exception {
			String token = token(get("/").body(), META_TOKEN);
			return post("/logout", "_csrf=" + encode(token));
		}

		/** Opens {@code page} for its CSRF token, then posts {@code form} to {@code action}. */
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
