package dev.milepost.security;

import java.util.UUID;

import javax.sql.DataSource;

import dev.milepost.shared.web.DatabaseOutage;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may do what on the web: every page needs a login; reading is open to every role;
 * every state-changing request needs the ADMIN or TPM role here, a CSRF token, and passes
 * the ownership checks of {@link Access} in the controllers; {@code /admin/**} is for
 * ADMIN only. Sessions live in the database (Spring Session JDBC) and "remember me"
 * tokens too, so any instance behind a load balancer can serve any user.
 * <p>
 * Logins go through {@link LockoutAuthenticationProvider} only, and every failed login
 * (wrong password, locked or disabled account, unknown user) gets the same answer, so
 * that the login page tells no stranger which accounts exist. Cookies are
 * {@code SameSite=Lax} and {@code HttpOnly}, and {@code Secure} when the request came
 * over HTTPS (also through a proxy sending {@code X-Forwarded-Proto}, see
 * {@code server.forward-headers-strategy}); such requests also get HSTS.
 * <p>
 * The actuator ({@code /actuator/**}, e.g. {@code /actuator/prometheus}) has a chain of
 * its own: only its health probes are public; everything else needs the ADMIN role, by
 * HTTP Basic (a scraper; the same lockout applies) or an administrator's session. A
 * scrape creates no session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * The unsubscribe link of mails: open to anyone holding a signed token
	 * (UnsubscribeController).
	 */
	static final String UNSUBSCRIBE = "/unsubscribe";

	/**
	 * Request attribute telling the 403 page that the CSRF token, not a permission, was
	 * missing.
	 */
	static final String CSRF_REFUSED = "csrfRefused";

	/** Browser features no page of Milepost uses, denied to every page and frame. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/** The one answer to every failed login. */
	static final String LOGIN_FAILED = "/login?error";

	/**
	 * {@code /actuator/**}: health (liveness, readiness) for anyone, the rest for ADMIN
	 * only; anonymous requests get 401 with a Basic challenge, not the login page.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, LockoutAuthenticationProvider logins,
			AuthenticationEventPublisher authenticationEvents) throws Exception {
		ProviderManager authentication = new ProviderManager(logins);
		authentication.setAuthenticationEventPublisher(authenticationEvents);
		http.securityMatcher("/actuator/**")
			.authenticationManager(authentication)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic((basic) -> basic.realmName("Milepost"))
			// a scraper every 15 s must not leave a session (a database row) each time
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, PersistentTokenRepository rememberMeTokens,
			UserDetailsService userDetailsService, LockoutAuthenticationProvider logins,
			AuthenticationEventPublisher authenticationEvents) throws Exception {
		// remember-me tokens are checked against the database, so this key only ties a
		// token to this run
		String rememberMeKey = UUID.randomUUID().toString();
		PersistentTokenBasedRememberMeServices rememberMe = new PersistentTokenBasedRememberMeServices(rememberMeKey,
				userDetailsService, rememberMeTokens);
		// Secure follows the request (HTTPS, or a trusted proxy's X-Forwarded-Proto:
		// https)
		rememberMe.setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
		// no fallback to another manager: a login the lockout refuses must not be checked
		// elsewhere
		ProviderManager authentication = new ProviderManager(logins,
				new RememberMeAuthenticationProvider(rememberMeKey));
		authentication.setAuthenticationEventPublisher(authenticationEvents);
		http.authenticationManager(authentication);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/error",
					"/actuator/health/**", UNSUBSCRIBE)
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/**")
			.authenticated()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.authenticated()
			// every user decides for themselves whether they get the leadership digest
			.requestMatchers(HttpMethod.POST, "/me/digest-subscription")
			.authenticated()
			.anyRequest()
			.hasAnyRole(Role.ADMIN.name(), Role.TPM.name()))
			// the signed token in the link authorises an unsubscribe; RFC 8058 one-click
			// POSTs come
			// from mail providers without cookie or CSRF token
			.csrf((csrf) -> csrf.ignoringRequestMatchers(UNSUBSCRIBE))
			.formLogin((form) -> form.loginPage("/login").failureHandler(loginFailureHandler()).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.rememberMe((remember) -> remember.rememberMeServices(rememberMe).key(rememberMeKey))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response, denied) -> {
				request.setAttribute(CSRF_REFUSED, denied instanceof CsrfException);
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				// only ever written on secure requests: plain http (local use) gets none
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true)));
		return http.build();
	}

	/**
	 * The only check of user names and passwords, also for the global authentication
	 * manager, so that no other path checks a password past the lockout.
	 */
	@Bean
	LockoutAuthenticationProvider lockoutAuthenticationProvider(LoginAttempts attempts,
			UserDetailsService userDetailsService, PasswordEncoder passwordEncoder, MeterRegistry meters) {
		return new LockoutAuthenticationProvider(attempts, userDetailsService, passwordEncoder, meters);
	}

	/**
	 * Where a failed login goes: {@value #LOGIN_FAILED}, whatever the reason, except that
	 * a database that could not be reached to check the password is not a wrong password:
	 * that failure goes on to the 503 page.
	 */
	static AuthenticationFailureHandler loginFailureHandler() {
		SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler(LOGIN_FAILED);
		return (request, response, failure) -> {
			if (DatabaseOutage.causedBy(failure)) {
				throw failure;
			}
			handler.onAuthenticationFailure(request, response, failure);
		};
	}

	@Bean
	PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
		RememberMeTokens repository = new RememberMeTokens();
		repository.setDataSource(dataSource);
		return repository;
	}

	/**
	 * Spring Security's JDBC token store, except that a database it cannot reach is a
	 * failure (answered with the 503 page) rather than "no such token": for that answer
	 * remember-me deletes the browser's cookie, so an outage would sign out every
	 * remembered user.
	 */
	static final class RememberMeTokens extends JdbcTokenRepositoryImpl {

		@Override
		public PersistentRememberMeToken getTokenForSeries(String seriesId) {
			try {
				return getJdbcTemplate().queryForObject(DEF_TOKEN_BY_SERIES_SQL,
						(row, number) -> new PersistentRememberMeToken(row.getString(1), row.getString(2),
								row.getString(3), row.getTimestamp(4)),
						seriesId);
			}
			catch (EmptyResultDataAccessException ex) {
				return null;
			}
		}

	}

	/** {@code {bcrypt}...} for new passwords; understands every id-prefixed format. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
