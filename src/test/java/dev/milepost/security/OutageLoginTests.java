package dev.milepost.security;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Signing in while the database cannot be reached is an outage (answered 503 further up),
 * not a missing remember-me token (for which the browser's cookie would be deleted) nor a
 * wrong password. No Spring context: the token store talks to a port where no database
 * listens.
 */
class OutageLoginTests {

	/** Nothing listens on port 1: every connection is refused at once. */
	private static final SimpleDriverDataSource NO_DATABASE = new SimpleDriverDataSource(new org.postgresql.Driver(),
			"jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "postgres", "");

	@Test
	void aTokenThatCannotBeLookedUpIsAFailureNotAMissingToken() {
		JdbcTokenRepositoryImpl stock = new JdbcTokenRepositoryImpl();
		stock.setDataSource(NO_DATABASE);
		assertThat(stock.getTokenForSeries("series")).as("Spring Security's own store answers 'no token'").isNull();

		SecurityConfiguration.RememberMeTokens tokens = new SecurityConfiguration.RememberMeTokens();
		tokens.setDataSource(NO_DATABASE);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> tokens.getTokenForSeries("series"));
	}

	@Test
	void aLoginThatCouldNotCheckThePasswordIsNotAWrongPassword() throws Exception {
		AuthenticationFailureHandler handler = SecurityConfiguration.loginFailureHandler();
		InternalAuthenticationServiceException unreachable = new InternalAuthenticationServiceException(
				"Could not load the user",
				new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("timeout")));
		assertThatExceptionOfType(InternalAuthenticationServiceException.class).isThrownBy(() -> handler
			.onAuthenticationFailure(new MockHttpServletRequest(), new MockHttpServletResponse(), unreachable));

		MockHttpServletResponse wrongPassword = new MockHttpServletResponse();
		handler.onAuthenticationFailure(new MockHttpServletRequest(), wrongPassword,
				new BadCredentialsException("Bad credentials"));
		assertThat(wrongPassword.getRedirectedUrl()).isEqualTo("/login?error");
	}

}
