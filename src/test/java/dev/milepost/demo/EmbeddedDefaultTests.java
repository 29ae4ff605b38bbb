package dev.milepost.demo;

import dev.milepost.TestClockConfiguration;
import dev.milepost.raid.LeadershipAsksQuery;
import dev.milepost.raid.UserRegisterQuery;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.digest.DigestDrafter;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup experience of {@code ./mvnw spring-boot:run}: the embedded H2 database
 * in PostgreSQL mode (in memory here, so it starts empty; the real default is a file
 * under {@code ./data/}), no demo-data setting, hence the demo portfolio is loaded, and
 * every main screen answers over real HTTP with demo content and no error page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:milepost-embedded-default;MODE=PostgreSQL;"
				+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Import(TestClockConfiguration.class)
class EmbeddedDefaultTests {

	/** Keeps the session cookie: every test browses as the demo admin. */
	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(new CookieManager())
		.build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DemoDataLoader loader;

	@Autowired
	private Clock clock;

	@Autowired
	private LeadershipAsksQuery leadershipAsks;

	@Autowired
	private UserRegisterQuery userRegister;

	@BeforeEach
	void signInAsTheDemoAdmin() throws Exception {
		HttpResponse<String> loginPage = get("/login");
		assertThat(loginPage.body()).as("demo accounts are shown in demo mode").contains("Demo accounts");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
		assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
		HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=admin&password=" + DemoDataLoader.DEMO_PASSWORD + "&_csrf=" + csrf.group(1)))
			.build();
		HttpResponse<String> signedIn = this.http.send(login, HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
	}

	@Test
	void loadsTheDemoPortfolioIntoTheEmbeddedDatabase() {
		assertThat(this.loader.isEnabled()).isTrue();
		assertThat(names("select program_key from programs")).contains("PAY", "CLOUD", "DATA", "MOBILE", "SOC2", "CRM");
		assertThat(this.jdbc.sql("select count(*) from milestones").query(Integer.class).single())
			.isGreaterThanOrEqualTo(80);
		assertThat(this.loader.loadIfWanted()).as("not loaded twice").isFalse();
	}

	@Test
	void overviewShowsDemoPrograms() throws Exception {
		assertPageShowsAny("/", names("select name from programs"));
	}

	@Test
	void programListShowsDemoPrograms() throws Exception {
		assertPageShowsAny("/programs", names("select name from programs"));
	}

	@Test
	void projectListShowsDemoProjects() throws Exception {
		assertPageShowsAny("/projects", names("select name from projects"));
	}

	@Test
	void milestoneListShowsDemoMilestones() throws Exception {
		assertPageShowsAny("/milestones", names("select name from milestones"));
	}

	@Test
	void riskListShowsDemoRisks() throws Exception {
		assertPageShowsAny("/risks", names("select title from risks"));
	}

	@Test
	void stakeholderListShowsDemoStakeholders() throws Exception {
		assertPageShowsAny("/stakeholders", names("select name from stakeholders"));
	}

	@Test
	void theDigestPreviewAndMyWorkReadTheRegisterOnH2() throws Exception {
		assertPageShowsAny("/reports/digest/" + IsoWeek.current(this.clock),
				names("select title from decisions where status = 'NEEDED' and archived = false"));
		assertPageShowsAny("/me", List.of("My work"));
		assertThat(this.leadershipAsks.portfolio(DigestDrafter.ASKS_LIMIT).items()).isNotEmpty();
		String owner = this.jdbc
			.sql("""
					select u.username from issues i join users u on u.id = i.owner_id
					where i.status in ('OPEN', 'IN_PROGRESS') and i.archived = false order by i.id fetch first 1 rows only""")
			.query(String.class)
			.single();
		assertThat(this.userRegister.forUser(owner, 20).issues().items()).isNotEmpty();
	}

	@Test
	void programPageShowsTheProgram() throws Exception {
		assertDetailPage("/programs/", "select id, name from programs order by id");
	}

	@Test
	void projectPageShowsTheProject() throws Exception {
		assertDetailPage("/projects/", "select id, name from projects order by id");
	}

	@Test
	void reportDraftShowsTheDemoEscalationOnH2() throws Exception {
		// the register lists are one UNION ALL statement: it must run on H2 too
		Long program = this.jdbc
			.sql("select program_id from issues where escalation_ask is not null order by id fetch first 1 rows only")
			.query(Long.class)
			.single();
		assertPageShowsAny("/programs/" + program + "/reports/" + IsoWeek.current(this.clock).toString(),
				List.of("Approve two contract engineers for six weeks"));
	}

	@Test
	void milestonePageShowsTheMilestone() throws Exception {
		assertDetailPage("/milestones/", "select id, name from milestones order by id");
	}

	@Test
	void riskPageShowsTheRisk() throws Exception {
		assertDetailPage("/risks/", "select id, title as name from risks order by id");
	}

	@Test
	void stakeholderPageShowsTheStakeholder() throws Exception {
		assertDetailPage("/stakeholders/", "select id, name from stakeholders order by id");
	}

	@Test
	void errorsAreReadablePagesOverRealHttp() throws Exception {
		HttpResponse<String> missing = get("/programs/987654321");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Not found").doesNotContain("Exception");

		HttpResponse<String> noSuchPage = get("/no-such-page");
		assertThat(noSuchPage.statusCode()).isEqualTo(404);
		assertThat(noSuchPage.body()).contains("Not found").doesNotContain("Whitelabel");

		HttpRequest forged = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/programs/1/archive"))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> refused = this.http.send(forged, HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).as("POST without CSRF token").isEqualTo(403);
		assertThat(refused.body()).contains("This change was not accepted").doesNotContain("Exception");
		assertThat(this.jdbc.sql("select archived from programs where id = 1").query(Boolean.class).single()).isFalse();
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		HttpResponse<String> page = get("/");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
	}

	private void assertDetailPage(String path, String firstRowSql) throws Exception {
		Row first = this.jdbc.sql(firstRowSql).query(Row.class).list().get(0);
		assertPageShowsAny(path + first.id(), List.of(first.name()));
	}

	private void assertPageShowsAny(String path, List<String> expected) throws Exception {
		assertThat(expected).as("demo rows to look for").isNotEmpty();
		HttpResponse<String> response;
		try {
			response = get(path);
		}
		catch (IOException ex) {
			// a template that fails after the response is committed cuts the body off
			// mid-stream
			throw new AssertionError("GET " + path + " broke off mid-response (server error while rendering?): " + ex,
					ex);
		}
		String body = response.body();
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		assertThat(body).as("GET %s", path).doesNotContain("Exception").doesNotContain("Whitelabel");
		assertThat(expected).as("GET %s shows demo content", path)
			.anyMatch((text) -> body.contains(text) || body.contains(HtmlUtils.htmlEscape(text)));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private List<String> names(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

	record Row(long id, String name) {
	}

}
