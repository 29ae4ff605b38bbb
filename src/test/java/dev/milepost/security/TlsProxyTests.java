package dev.milepost.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Milepost behind a TLS-terminating proxy, over real HTTP to the embedded Tomcat (MockMvc
 * would skip Tomcat's handling of {@code X-Forwarded-*}): with
 * {@code X-Forwarded-Proto: https} from the proxy, the session and remember-me cookies
 * are Secure, HttpOnly and SameSite=Lax, HSTS is sent, redirects stay on https and the
 * log names the client's address; the same requests without the proxy's headers (plain
 * local http) get no Secure cookies and no HSTS, so that http keeps working.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TlsProxyTests {

	/** What a TLS proxy in front of the application adds to each request. */
	static final Map<String, String> PROXY = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7",
			"X-Forwarded-Host", "milepost.example.org", "X-Forwarded-Port", "443");

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void behindATlsProxyTheLoginCookiesAreSecureHttpOnlyAndSameSiteLax() throws Exception {
		User user = this.data.user(LoginSecurityTests.uniqueName("tls"), Role.VIEWER);

		HttpResponse<String> page = get("/login", PROXY, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(attributes(cookie(page, "SESSION"))).contains("secure", "httponly", "samesite=lax");

		HttpResponse<String> login = login(page, user.getUsername(), LoginSecurityTests.passwordOf(user), PROXY);

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValue("https://milepost.example.org/");
		assertThat(attributes(cookie(login, "SESSION"))).as("the session after login")
			.contains("secure", "httponly", "samesite=lax");
		assertThat(attributes(cookie(login, "remember-me"))).contains("secure", "httponly", "samesite=lax");
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
	}

	@Test
	void overPlainHttpTheCookiesAreNotSecureAndThereIsNoHsts() throws Exception {
		User user = this.data.user(LoginSecurityTests.uniqueName("plain"), Role.VIEWER);

		HttpResponse<String> page = get("/login", Map.of(), null);
		assertThat(attributes(cookie(page, "SESSION"))).contains("httponly", "samesite=lax").doesNotContain("secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> login = login(page, user.getUsername(), LoginSecurityTests.passwordOf(user), Map.of());

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).isIn("/", "http://localhost:" + this.port + "/"));
		assertThat(attributes(cookie(login, "SESSION"))).contains("httponly", "samesite=lax").doesNotContain("secure");
		assertThat(attributes(cookie(login, "remember-me"))).contains("httponly", "samesite=lax")
			.doesNotContain("secure");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void behindTheProxyAnAnonymousVisitorIsSentToTheHttpsLoginPage() throws Exception {
		HttpResponse<String> home = get("/", PROXY, null);

		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValue("https://milepost.example.org/login");
	}

	@Test
	void everyPageCarriesThePermissionsPolicyAndHstsOnlyOverHttps() throws Exception {
		HttpResponse<String> secure = get("/login", PROXY, null);
		HttpResponse<String> plain = get("/login", Map.of(), null);

		for (HttpResponse<String> page : List.of(secure, plain)) {
			assertThat(page.headers().firstValue("Permissions-Policy"))
				.hasValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
		}
		assertThat(secure.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void aFailedLoginBehindTheProxyLogsTheClientsAddress(CapturedOutput output) throws Exception {
		User user = this.data.user(LoginSecurityTests.uniqueName("addr"), Role.VIEWER);

		HttpResponse<String> login = login(get("/login", PROXY, null), user.getUsername(), "wrong", PROXY);

		assertThat(login.headers().firstValue("Location")).hasValue("https://milepost.example.org/login?error");
		assertThat(output).contains("Login failed for '" + user.getUsername() + "' from 203.0.113.7");
	}

	private HttpResponse<String> login(HttpResponse<String> loginPage, String username, String password,
			Map<String, String> headers) throws Exception {
		Matcher token = FORM_TOKEN.matcher(loginPage.body());
		assertThat(token.find()).as("login page carries a CSRF token").isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&remember-me=on&_csrf="
				+ encode(token.group(1));
		HttpRequest.Builder request = request("/login", headers, "SESSION=" + value(cookie(loginPage, "SESSION")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, Map<String, String> headers, String cookie) throws Exception {
		return this.http.send(request(path, headers, cookie).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, Map<String, String> headers, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		headers.forEach(request::header);
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request;
	}

	/** The {@code Set-Cookie} header of the named cookie, as sent. */
	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(name + "="))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
	}

	private static String value(String setCookie) {
		return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
	}

	/**
	 * The attributes after the value, lower case and without spaces: {@code secure},
	 * {@code samesite=lax}.
	 */
	private static List<String> attributes(String setCookie) {
		return Arrays.stream(setCookie.split(";"))
			.skip(1)
			.map((attribute) -> attribute.trim().toLowerCase(Locale.ROOT).replace(" ", ""))
			.toList();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
