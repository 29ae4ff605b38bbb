package dev.milepost.outage;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.milepost.MilepostApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real database outage: Milepost runs on a PostgreSQL cluster of its own, which these
 * tests stop and start the way an operator would ({@code pg_ctl stop -m fast}), and real
 * HTTP clients (a browser, a script, a remembered user) use it meanwhile. While the
 * database is away the instance leaves readiness within seconds and answers every request
 * quickly with its own 503 page (a problem document for clients that do not ask for
 * HTML), keeps a posted form to send again, and signs nobody out; when the database is
 * back it heals by itself, with every acknowledged save still there.
 * <p>
 * The time figures (read from the application's {@link Clock}) are logged under
 * {@code outage-figures}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOutageTests {

	private static final Logger figures = LoggerFactory.getLogger("outage-figures");

	private static final String ADMIN = "outage-admin";

	private static final String PASSWORD = "outage-admin-password";

	private static final String OUTAGE_HEADLINE = "Milepost is briefly unavailable";

	private static final String NOTHING_SAVED = "nothing you sent was saved";

	private static final Duration PAGE_WITHIN = Duration.ofSeconds(3);

	private static final Duration READINESS_WITHIN = Duration.ofSeconds(5);

	private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(5);

	/** No request waits longer than this, whatever the server does. */
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

	private static final AtomicInteger keys = new AtomicInteger();

	private ThrowAwayPostgres database;

	private ConfigurableApplicationContext milepost;

	private Clock clock;

	private int port;

	private JdbcClient jdbc;

	private long ownerId;

	@BeforeAll
	void startMilepostOnItsOwnDatabase() {
		if (!ThrowAwayPostgres.isInstalled()) {
			String missing = "The outage tests need PostgreSQL's server programs (initdb, pg_ctl) under "
					+ "/usr/lib/postgresql: apt-get install postgresql.";
			assertThat(System.getenv("CI")).as(missing + " CI=true: failing instead of skipping.")
				.isNotEqualToIgnoringCase("true");
			Assumptions.abort(missing + " Skipped because CI is not true.");
		}
		this.database = ThrowAwayPostgres.create();
		this.milepost = new SpringApplicationBuilder(MilepostApplication.class).run(
				"--spring.datasource.url=" + this.database.url(),
				"--spring.datasource.username=" + this.database.username(), "--spring.datasource.password=",
				"--server.port=0", "--spring.main.banner-mode=off", "--milepost.demo-data=false",
				"--milepost.scheduling.enabled=false", "--milepost.admin.username=" + ADMIN,
				"--milepost.admin.password=" + PASSWORD);
		this.clock = this.milepost.getBean(Clock.class);
		this.port = Integer.parseInt(this.milepost.getEnvironment().getProperty("local.server.port"));
		this.jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.url(),
				this.database.username(), ""));
		this.ownerId = this.jdbc.sql("select id from users where username = ?").param(ADMIN).query(Long.class).single();
	}

	@AfterAll
	void stopEverything() {
		try {
			if (this.milepost != null) {
				this.milepost.close();
			}
		}
		finally {
			if (this.database != null) {
				this.database.close();
			}
		}
	}

	/**
	 * Each test starts with the database up and the instance ready, whatever the last one
	 * left.
	 */
	@BeforeEach
	void databaseIsUp() {
		if (!this.database.isRunning()) {
			this.database.start();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> readiness().statusCode() == 200);
	}

	@Test
	void readinessGoesDownWithTheDatabaseAndUpWhenItIsBackWhileLivenessStaysUp() throws Exception {
		Instant stopped = stopDatabase();
		await().atMost(READINESS_WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> readiness().statusCode() == 503);
		Duration down = since(stopped);
		assertThat(readiness().body()).contains("DOWN");
		HttpResponse<String> liveness = send(HttpRequest.newBuilder(uri("/actuator/health/liveness")));
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("UP");

		Instant started = startDatabase();
		await().atMost(READINESS_WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> readiness().statusCode() == 200);
		Duration up = since(started);
		figures.info("readiness DOWN {} ms after the database stopped, UP {} ms after it started", down.toMillis(),
				up.toMillis());
	}

	/**
	 * The first request after the stop finds its pooled connection dead and fails at
	 * once; the next finds no connection to be had and waits for one (the connection
	 * timeout). Both are measured.
	 */
	@Test
	void aSignedInBrowserGetsTheOutagePageWithRetryAfterWithinThreeSeconds() throws Exception {
		Visitor browser = Visitor.signedIn(this, true);
		stopDatabase();

		for (String request : List.of("first", "next")) {
			Timed page = timed(() -> browser.get("/programs", "text/html"));
			assertOutagePage(page.response());
			assertThat(page.took()).isLessThan(PAGE_WITHIN);
			assertThat(page.response().headers().allValues("Set-Cookie")).as("no cookie is changed or deleted")
				.isEmpty();
			figures.info("signed-in page, {} request: 503 after {} ms", request, page.took().toMillis());
		}

		startDatabase();
		await().atMost(RECOVERY_WITHIN).until(() -> browser.get("/programs", "text/html").statusCode() == 200);
		assertThat(browser.get("/programs", "text/html").body()).as("still signed in")
			.contains("Signed in as " + ADMIN);
	}

	@Test
	void theOutagePageKeepsItsStyleBecauseItsAssetsNeedNoDatabase() throws Exception {
		Visitor browser = Visitor.signedIn(this, true);
		stopDatabase();
		assertOutagePage(browser.get("/programs", "text/html"));

		for (String asset : List.of("/css/milepost.css", "/webjars/bootstrap/css/bootstrap.min.css",
				"/webjars/htmx.org/dist/htmx.min.js", "/js/milepost.js", "/favicon.svg")) {
			Timed loaded = timed(() -> browser.get(asset, "*/*"));
			assertThat(loaded.response().statusCode()).as(asset).isEqualTo(200);
			assertThat(loaded.took()).as(asset).isLessThan(Duration.ofSeconds(1));
			assertThat(loaded.response().headers().allValues("Set-Cookie")).as(asset).isEmpty();
		}
	}

	@Test
	void aClientThatDoesNotAskForHtmlGetsAProblemDocument() throws Exception {
		Visitor client = Visitor.signedIn(this, false);
		stopDatabase();

		for (String request : List.of("first", "next")) {
			Timed problem = timed(() -> client.get("/programs", "application/json"));
			assertThat(problem.response().statusCode()).isEqualTo(503);
			assertThat(problem.response().headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(problem.response().headers().firstValue("Retry-After")).hasValue("10");
			assertThat(problem.response().body()).contains("\"status\":503",
					"\"title\":\"Service briefly unavailable\"", NOTHING_SAVED, "\"instance\":\"/programs\"");
			assertThat(problem.took()).isLessThan(PAGE_WITHIN);
			figures.info("problem document, {} request: 503 after {} ms", request, problem.took().toMillis());
		}
	}

	@Test
	void theLoginPageIsTheOutagePage() throws Exception {
		stopDatabase();

		for (String request : List.of("first", "next")) {
			Timed login = timed(() -> new Visitor(this).get("/login", "text/html"));
			assertOutagePage(login.response());
			assertThat(login.took()).isLessThan(PAGE_WITHIN);
			figures.info("login page, {} request: 503 after {} ms", request, login.took().toMillis());
		}
	}

	@Test
	void aFormPostedDuringTheOutageIsShownAgainWithTheTypedValuesAndCanBeSentAgain() throws Exception {
		Visitor browser = Visitor.signedIn(this, false);
		String key = uniqueKey();
		String name = "Typed <during> the \"outage\" & kept";
		String token = browser.formToken("/programs/new");
		stopDatabase();

		HttpResponse<String> refused = browser.post("/programs", form("key", key, "name", name, "status", "ACTIVE",
				"ownerId", Long.toString(this.ownerId), "budgetCurrency", "EUR", "_csrf", token));

		assertOutagePage(refused);
		Map<String, String> resend = hiddenFields(refused.body());
		assertThat(resend).containsEntry("key", key)
			.containsEntry("name", name)
			.containsEntry("status", "ACTIVE")
			.containsEntry("budgetCurrency", "EUR")
			.containsEntry("_csrf", token);
		assertThat(refused.body()).contains("action=\"/programs\"", "Send it again", HtmlUtils.htmlEscape(name));

		startDatabase();
		// recovered within the bound the issue sets; until then a request may still meet
		// a
		// connection the pool has not yet found broken and be refused once more
		await().atMost(RECOVERY_WITHIN).until(() -> browser.get("/programs", "text/html").statusCode() == 200);
		assertThat(countPrograms(key)).as("nothing was saved during the outage").isZero();
		HttpResponse<String> sentAgain = browser.post("/programs", form(resend));
		assertThat(sentAgain.statusCode()).as("sent again once the database is back").isEqualTo(302);
		assertThat(this.jdbc.sql("select name from programs where program_key = ?")
			.param(key)
			.query(String.class)
			.single()).isEqualTo(name);
	}

	@Test
	void aRememberedUserStaysRememberedThroughTheOutage() throws Exception {
		Visitor browser = Visitor.signedIn(this, true);
		String rememberMe = browser.cookie("remember-me");
		assertThat(rememberMe).isNotNull();
		Visitor remembered = new Visitor(this);
		remembered.setCookie("remember-me", rememberMe);
		stopDatabase();

		HttpResponse<String> page = remembered.get("/programs", "text/html");
		HttpResponse<String> style = remembered.get("/css/milepost.css", "text/css");

		assertOutagePage(page);
		assertThat(page.headers().allValues("Set-Cookie")).as("the remember-me cookie is not deleted").isEmpty();
		assertThat(style.statusCode()).isEqualTo(200);
		assertThat(style.headers().allValues("Set-Cookie")).as("not by the page's style sheet either").isEmpty();
		startDatabase();
		await().atMost(RECOVERY_WITHIN).until(() -> readiness().statusCode() == 200);
		await().atMost(RECOVERY_WITHIN).until(() -> remembered.get("/programs", "text/html").statusCode() == 200);
		HttpResponse<String> back = remembered.get("/programs", "text/html");
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Signed in as " + ADMIN);
	}

	@Test
	void errorAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Not found").doesNotContain("999", "Whitelabel");
		HttpResponse<String> problem = send(HttpRequest.newBuilder(uri("/error")));
		assertThat(problem.statusCode()).isEqualTo(404);
		assertThat(problem.body()).contains("\"status\":404").doesNotContain("999");
	}

	/**
	 * Two clients save programs before, during and after an outage; when the database is
	 * back the instance is ready and saves again within seconds, and every save it
	 * acknowledged (a redirect to the new program) is in the database.
	 */
	@Test
	void itHealsByItselfAndLosesNoAcknowledgedSave() throws Exception {
		List<Visitor> clients = List.of(Visitor.signedIn(this, false), Visitor.signedIn(this, false));
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Map<String, String> unavailablePages = new ConcurrentHashMap<>();
		AtomicInteger unavailable = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();
		List<String> otherAnswers = new java.util.concurrent.CopyOnWriteArrayList<>();
		AtomicBoolean saving = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			for (Visitor client : clients) {
				String token = client.formToken("/programs/new");
				running.add(pool.submit(() -> {
					while (saving.get()) {
						String key = uniqueKey();
						HttpResponse<String> answer = client.post("/programs", form("key", key, "name", "Saved " + key,
								"status", "ACTIVE", "ownerId", Long.toString(this.ownerId), "_csrf", token));
						if (answer.statusCode() == 302) {
							acknowledged.add(key);
						}
						else if (answer.statusCode() == 503) {
							unavailable.incrementAndGet();
							unavailablePages.put(key, answer.body());
						}
						else {
							other.incrementAndGet();
							otherAnswers.add(answer.statusCode() + " "
									+ answer.body().substring(0, Math.min(300, answer.body().length())));
						}
					}
					return null;
				}));
			}
			await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged.size() >= 20);
			int beforeOutage = acknowledged.size();
			stopDatabase();
			await().atMost(Duration.ofSeconds(20)).until(() -> unavailable.get() >= 4);

			Instant started = startDatabase();
			await().atMost(RECOVERY_WITHIN)
				.pollInterval(Duration.ofMillis(100))
				.until(() -> readiness().statusCode() == 200);
			Duration ready = since(started);
			int acknowledgedAtRestart = acknowledged.size();
			await().atMost(RECOVERY_WITHIN)
				.pollInterval(Duration.ofMillis(50))
				.until(() -> acknowledged.size() > acknowledgedAtRestart);
			Duration saved = since(started);
			saving.set(false);
			for (Future<?> client : running) {
				client.get();
			}

			assertThat(other).as("answers other than saved (302) or unavailable (503): %s", otherAnswers).hasValue(0);
			List<String> stored = this.jdbc.sql("select program_key from programs where program_key = any (?)")
				.param(acknowledged.toArray(String[]::new))
				.query(String.class)
				.list();
			assertThat(stored).as("every acknowledged save is in the database").hasSameSizeAs(acknowledged);
			List<String> committedThough503 = this.jdbc
				.sql("select program_key from programs where program_key = any (?)")
				.param(unavailablePages.keySet().toArray(String[]::new))
				.query(String.class)
				.list();
			// the database went away after the save had committed, before the answer: the
			// page must not deny it
			assertThat(committedThough503)
				.allSatisfy((key) -> assertThat(unavailablePages.get(key)).contains("your change may have been saved")
					.doesNotContain(NOTHING_SAVED, "Send it again"));
			figures.info(
					"recovery: ready {} ms and saving {} ms after the database started; {} saves acknowledged "
							+ "({} before the outage), {} answered 503 ({} of them committed all the same), {} lost",
					ready.toMillis(), saved.toMillis(), acknowledged.size(), beforeOutage, unavailable.get(),
					committedThough503.size(), acknowledged.size() - stored.size());
		}
		finally {
			saving.set(false);
			pool.shutdownNow();
		}
	}

	private Timed timed(Callable<HttpResponse<String>> request) throws Exception {
		Instant asked = this.clock.instant();
		HttpResponse<String> response = request.call();
		return new Timed(response, since(asked));
	}

	private record Timed(HttpResponse<String> response, Duration took) {
	}

	private static void assertOutagePage(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<!DOCTYPE html>", OUTAGE_HEADLINE, NOTHING_SAVED)
			.doesNotContain("HTTP Status", "Whitelabel", "Exception", "\tat ");
	}

	private Instant stopDatabase() {
		this.database.stop();
		return this.clock.instant();
	}

	private Instant startDatabase() {
		this.database.start();
		return this.clock.instant();
	}

	private Duration since(Instant start) {
		return Duration.between(start, this.clock.instant());
	}

	private int countPrograms(String key) {
		return this.jdbc.sql("select count(*) from programs where program_key = ?")
			.param(key)
			.query(Integer.class)
			.single();
	}

	private HttpResponse<String> readiness() throws Exception {
		return send(HttpRequest.newBuilder(uri("/actuator/health/readiness")));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.build()
			.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String uniqueKey() {
		return "O" + Integer.toString(keys.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 10000, 36)
			.toUpperCase(java.util.Locale.ROOT);
	}

	private static String form(String... pairs) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&").append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
		}
		return form.toString();
	}

	private static String form(Map<String, String> fields) {
		List<String> pairs = new ArrayList<>();
		fields.forEach((name, value) -> {
			pairs.add(name);
			pairs.add(value);
		});
		return form(pairs.toArray(String[]::new));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The hidden fields of the page's "send it again" form, unescaped. */
	private static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		Matcher matcher = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"").matcher(html);
		while (matcher.find()) {
			fields.put(HtmlUtils.htmlUnescape(matcher.group(1)), HtmlUtils.htmlUnescape(matcher.group(2)));
		}
		return fields;
	}

	/** One browser or script with its own cookies, talking to the instance. */
	static final class Visitor {

		private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.build();

		private final PostgresOutageTests test;

		Visitor(PostgresOutageTests test) {
			this.test = test;
		}

		static Visitor signedIn(PostgresOutageTests test, boolean rememberMe) throws Exception {
			Visitor visitor = new Visitor(test);
			String token = visitor.formToken("/login");
			HttpResponse<String> login = visitor.post("/login",
					form("username", ADMIN, "password", PASSWORD, "_csrf", token)
							+ (rememberMe ? "&remember-me=on" : ""));
			assertThat(login.statusCode()).as("signed in").isEqualTo(302);
			assertThat(login.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
			return visitor;
		}

		String formToken(String page) throws Exception {
			Matcher matcher = FORM_TOKEN.matcher(get(page, "text/html").body());
			assertThat(matcher.find()).as("%s carries a CSRF token", page).isTrue();
			return HtmlUtils.htmlUnescape(matcher.group(1));
		}

		HttpResponse<String> get(String path, String accept) throws Exception {
			return this.client.send(HttpRequest.newBuilder(this.test.uri(path))
				.timeout(REQUEST_TIMEOUT)
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return this.client.send(HttpRequest.newBuilder(this.test.uri(path))
				.timeout(REQUEST_TIMEOUT)
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
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

		void setCookie(String name, String value) {
			HttpCookie cookie = new HttpCookie(name, value);
			cookie.setPath("/");
			cookie.setVersion(0);
			this.cookies.getCookieStore().add(this.test.uri("/"), cookie);
		}

	}

}
