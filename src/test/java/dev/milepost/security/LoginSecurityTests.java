package dev.milepost.security;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The login form and the protections around it, through the real security filter chain:
 * lockout after five failures (and no password in the log), one answer for every failed
 * sign-in, CSRF, security headers, remember-me, and the demo accounts hint staying hidden
 * outside demo mode.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	MvcTestResult login(String username, String password) {
		return this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	/** TestData's users have the password {@code <username>-password}. */
	static String passwordOf(User user) {
		return user.getUsername() + "-password";
	}

	// --- lockout

	/** What the login page says after any failed sign-in, with the default settings. */
	static final String ONE_ANSWER = "Wrong user name or password, or the account is locked or disabled. "
			+ "After 5 failed sign-ins in a row an account is locked for 15 minutes.";

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPasswordUntilTheLockEnds(CapturedOutput output) {
		User user = this.data.user(uniqueName("lock"), Role.TPM);
		String wrong = "Wr0ng-" + UUID.randomUUID();

		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(login(user.getUsername(), wrong)).as("attempt " + attempt)
				.hasStatus(HttpStatus.FOUND)
				.hasRedirectedUrl("/login?error");
		}
		assertThat(lockedUntil(user)).isAfter(this.clock.instant().plus(14, ChronoUnit.MINUTES));
		assertThat(failedLogins(user)).isEqualTo(5);

		MvcTestResult refused = login(user.getUsername(), passwordOf(user));
		assertThat(refused).as("locked: the same answer as a wrong password")
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?error");
		Cookie rememberMe = refused.getResponse().getCookie("remember-me");
		assertThat(rememberMe == null || rememberMe.getMaxAge() == 0).as("no remember-me login for a locked account")
			.isTrue();

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(login(user.getUsername(), passwordOf(user))).as("still locked after 14 minutes")
			.hasRedirectedUrl("/login?error");
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(login(user.getUsername(), passwordOf(user))).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		assertThat(lockedUntil(user)).as("a successful login clears the expired lock").isNull();
		assertThat(failedLogins(user)).isZero();

		assertThat(output)
			.contains("Login failed for '" + user.getUsername() + "' from 127.0.0.1: 1 consecutive failure(s)")
			.contains("Login failed for '" + user.getUsername() + "' from 127.0.0.1: account locked until")
			.contains("Login refused for '" + user.getUsername() + "' from 127.0.0.1: account locked until")
			.doesNotContain(wrong)
			.doesNotContain(passwordOf(user));
	}

	@Test
	void aWrongPasswordAfterAnExpiredLockCountsFromOneAgain() {
		User user = this.data.user(uniqueName("again"), Role.TPM);
		for (int attempt = 1; attempt <= 5; attempt++) {
			login(user.getUsername(), "wrong");
		}
		assertThat(lockedUntil(user)).isNotNull();

		this.clock.advance(Duration.ofMinutes(16));
		assertThat(login(user.getUsername(), "wrong")).hasRedirectedUrl("/login?error");
		assertThat(failedLogins(user)).isEqualTo(1);
		assertThat(lockedUntil(user)).as("one failure after the lock does not lock again").isNull();
	}

	@Test
	void aSuccessfulLoginResetsTheFailureCount() {
		User user = this.data.user(uniqueName("count"), Role.TPM);
		for (int attempt = 1; attempt <= 4; attempt++) {
			login(user.getUsername(), "wrong");
		}
		assertThat(login(user.getUsername(), passwordOf(user))).hasRedirectedUrl("/");
		assertThat(failedLogins(user)).isZero();
		assertThat(login(user.getUsername(), "wrong")).hasRedirectedUrl("/login?error");
		assertThat(lockedUntil(user)).as("4 + 1 failures with a success between do not lock").isNull();
	}

	@Test
	void theRightPasswordOnTheLastAttemptStillSignsIn() {
		User user = this.data.user(uniqueName("last"), Role.TPM);
		for (int attempt = 1; attempt <= 4; attempt++) {
			login(user.getUsername(), "wrong");
		}
		assertThat(login(user.getUsername(), passwordOf(user))).hasRedirectedUrl("/");
		assertThat(lockedUntil(user)).isNull();
	}

	@Test
	void aDisabledAccountCannotSignInAndGetsTheSameAnswer() {
		User user = this.data.user(uniqueName("off"), Role.TPM);
		this.jdbc.sql("update users set enabled = false where id = ?").param(user.getId()).update();

		assertThat(login(user.getUsername(), passwordOf(user))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void anUnknownUserGetsTheSameAnswer(CapturedOutput output) {
		String nobody = uniqueName("nobody");
		assertThat(login(nobody, "whatever")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
		assertThat(output).contains("Login failed for unknown user '" + nobody + "'").doesNotContain("whatever");
	}

	@Test
	void theLoginPageGivesOneAnswerAndNoLongerKnowsLockedOrDisabled() {
		String error = body(this.mvc.get().uri("/login?error").exchange());
		assertThat(error).contains(ONE_ANSWER);
		for (String old : new String[] { "/login?locked", "/login?disabled" }) {
			MvcTestResult page = this.mvc.get().uri(old).exchange();
			assertThat(page).hasStatusOk();
			assertThat(body(page)).as(old).doesNotContain("alert-danger").doesNotContain("This account is");
		}
	}

	@Test
	void anAccountCreatedOnTheAdminScreenCanSignIn() {
		String username = uniqueName("fresh");
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(user("test-admin").roles("ADMIN"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Fresh Face")
			.param("roles", "VIEWER")
			.param("password", "fresh-face-password")
			.exchange()).hasStatus(HttpStatus.FOUND);

		assertThat(login(username, "fresh-face-password")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
	}

	// --- CSRF

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
		User target = this.data.user(uniqueName("csrf"), Role.TPM);

		MvcTestResult refused = this.mvc.post()
			.uri("/admin/users/" + target.getId() + "/disable")
			.with(user("test-admin").roles("ADMIN"))
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(refused.getRequest().getAttribute("csrfRefused")).as("the 403 page explains the expired form")
			.isEqualTo(true);
		assertThat(enabled(target)).isTrue();

		MvcTestResult forged = this.mvc.post()
			.uri("/admin/users/" + target.getId() + "/disable")
			.with(user("test-admin").roles("ADMIN"))
			.with(csrf().useInvalidToken())
			.exchange();
		assertThat(forged).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(enabled(target)).isTrue();
	}

	@Test
	void anHtmxRequestSendingTheTokenAsHeaderIsAccepted() {
		User target = this.data.user(uniqueName("htmx"), Role.TPM);

		MvcTestResult accepted = this.mvc.post()
			.uri("/admin/users/" + target.getId() + "/disable")
			.with(user("test-admin").roles("ADMIN"))
			.with(csrf().asHeader())
			.header("HX-Request", "true")
			.exchange();

		assertThat(accepted).hasStatus(HttpStatus.FOUND);
		assertThat(accepted.getRequest().getHeader("X-CSRF-TOKEN")).isNotBlank();
		assertThat(enabled(target)).isFalse();
	}

	@Test
	void loginItselfNeedsTheCsrfToken() {
		User user = this.data.user(uniqueName("nocsrf"), Role.TPM);
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", user.getUsername())
			.param("password", passwordOf(user))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
	}

	// --- headers

	@Test
	void pagesCarryTheSecurityHeaders() {
		for (MvcTestResult page : new MvcTestResult[] { this.mvc.get().uri("/login").exchange(),
				this.mvc.get().uri("/admin/users").with(user("test-admin").roles("ADMIN")).exchange() }) {
			assertThat(page).hasStatusOk();
			assertThat(page).headers().hasValue("X-Content-Type-Options", "nosniff");
			assertThat(page).headers().hasValue("X-Frame-Options", "DENY");
			assertThat(page).headers().containsHeader("Referrer-Policy");
			assertThat(page).headers()
				.hasValue("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
			assertThat(page).as("no HSTS over plain http").headers().doesNotContainHeader("Strict-Transport-Security");
			String csp = page.getResponse().getHeader("Content-Security-Policy");
			assertThat(csp)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
						"object-src 'none'")
				.doesNotContain("unsafe-inline")
				.doesNotContain("unsafe-eval");
		}
	}

	// --- remember me

	@Test
	void rememberMeCookieAloneSignsTheUserIn() {
		User user = this.data.user(uniqueName("remember"), "Remy Remember", Role.VIEWER);

		MvcTestResult signedIn = this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", user.getUsername())
			.param("password", passwordOf(user))
			.param("remember-me", "on")
			.exchange();

		assertThat(signedIn).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		Cookie rememberMe = signedIn.getResponse().getCookie("remember-me");
		assertThat(rememberMe).isNotNull();
		assertThat(rememberMe.getMaxAge()).isPositive();
		assertThat(rememberMe.isHttpOnly()).isTrue();

		assertThat(this.mvc.get().uri("/programs").exchange()).as("no cookie: not signed in")
			.hasStatus(HttpStatus.FOUND);
		MvcTestResult remembered = this.mvc.get()
			.uri("/programs")
			.cookie(new Cookie("remember-me", rememberMe.getValue()))
			.exchange();
		assertThat(remembered).hasStatusOk();
		assertThat(body(remembered)).contains("Signed in as " + user.getUsername());
	}

	@Test
	void withoutRememberMeThereIsNoCookie() {
		User user = this.data.user(uniqueName("forget"), Role.VIEWER);
		MvcTestResult signedIn = login(user.getUsername(), passwordOf(user));
		assertThat(signedIn).hasRedirectedUrl("/");
		assertThat(signedIn.getResponse().getCookie("remember-me")).isNull();
	}

	// --- demo accounts hint

	@Test
	void loginPageHidesTheDemoAccountsOutsideDemoMode() {
		MvcTestResult page = this.mvc.get().uri("/login").exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("Sign in").doesNotContain("Demo accounts").doesNotContain("password: demo");
	}

	private Instant lockedUntil(User user) {
		return this.jdbc.sql("select locked_until from users where id = ?")
			.param(user.getId())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)))
			.single()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

	private int failedLogins(User user) {
		return this.jdbc.sql("select failed_logins from users where id = ?")
			.param(user.getId())
			.query(Integer.class)
			.single();
	}

	private boolean enabled(User user) {
		return this.jdbc.sql("select enabled from users where id = ?")
			.param(user.getId())
			.query(Boolean.class)
			.single();
	}

}
