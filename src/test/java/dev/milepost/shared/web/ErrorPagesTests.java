package dev.milepost.shared.web;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.RequestDispatcher;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container's error page, in a web slice (no database), fed the request attributes a
 * real error dispatch carries: each status gets the application's own page or an RFC 9457
 * problem, {@code /error} itself is a 404, and a database outage is a 503 with
 * {@code Retry-After} whose page offers a posted form to be sent again, with the values
 * as typed and without passwords.
 */
@WebMvcTest(controllers = ErrorPages.class)
@Import({ ErrorPagesTests.ErrorViews.class, Money.class })
@WithMockUser
class ErrorPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void errorAskedForDirectlyIsNotFound() {
		MvcTestResult page = this.mvc.get().uri("/error").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatus(404);
		assertThat(page).bodyText().contains("Not found").doesNotContain("999", "Whitelabel");

		MvcTestResult problem = this.mvc.get().uri("/error").accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(problem).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem).bodyJson().extractingPath("$.status").isEqualTo(404);
	}

	@Test
	void anUnexpectedFailureIsTheApplicationsGeneralPage() {
		MvcTestResult page = this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(page).hasStatus(500);
		assertThat(page).bodyText()
			.contains("<!DOCTYPE html>", "Something went wrong", "HTTP 500")
			.doesNotContain("secret detail", "IllegalStateException", "Whitelabel");

		MvcTestResult problem = this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/programs/7")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(problem).hasStatus(500).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem).bodyText().contains("\"instance\":\"/programs/7\"").doesNotContain("secret detail");
	}

	@Test
	void aDatabaseThatCannotBeReachedIsA503PageWithRetryAfter() {
		MvcTestResult page = this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, connectionFailure())
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/programs")
			.requestAttr(RequestDispatcher.ERROR_QUERY_STRING, "status=ACTIVE")
			.requestAttr(RequestDispatcher.ERROR_METHOD, "GET")
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(page).hasStatus(503).hasHeader("Retry-After", "10");
		assertThat(page).bodyText()
			.contains("Milepost is briefly unavailable", "nothing you sent was saved", "try again in 10 seconds",
					"href=\"/programs?status=ACTIVE\"")
			.doesNotContain("Exception", "Send it again")
			.as("no CSRF token: it lives in the session, which the database keeps")
			.doesNotContain("name=\"_csrf\"");
	}

	@Test
	void otherClientsGetTheOutageAsAProblemDocument() {
		MvcTestResult problem = this.mvc.get()
			.uri("/error")
			.with(outage())
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/programs")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(problem).hasStatus(503)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", "10");
		assertThat(problem).bodyJson().extractingPath("$.title").isEqualTo("Service briefly unavailable");
		assertThat(problem).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The database cannot be reached, so nothing you sent was saved. Try again in 10 seconds.");
		assertThat(problem).bodyJson().extractingPath("$.instance").isEqualTo("/programs");
	}

	@Test
	void aFormPostedDuringTheOutageIsOfferedToBeSentAgainAsTyped() {
		MvcTestResult page = postedDuringOutage("/milestones/7/progress").param("version", "3")
			.param("forecastDate", "2027-02-01")
			.param("reason", "Vendor <late> & \"sorry\"")
			.param("_csrf", "the-token")
			.exchange();
		assertThat(page).hasStatus(503).hasHeader("Retry-After", "10");
		assertThat(page).bodyText()
			.contains("<form method=\"post\" action=\"/milestones/7/progress\">", "Send it again",
					"<input type=\"hidden\" name=\"version\" value=\"3\">",
					"<input type=\"hidden\" name=\"forecastDate\" value=\"2027-02-01\">",
					"<input type=\"hidden\" name=\"reason\" value=\"Vendor &lt;late&gt; &amp; &quot;sorry&quot;\">",
					"<input type=\"hidden\" name=\"_csrf\" value=\"the-token\">", "What you sent",
					"<dd class=\"col-sm-9 text-break\">Vendor &lt;late&gt; &amp; &quot;sorry&quot;</dd>")
			.doesNotContain("<dt class=\"col-sm-3\">_csrf</dt>");
	}

	@Test
	void passwordsAreNeverWrittenIntoThePage() {
		MvcTestResult page = postedDuringOutage("/login").param("username", "olivia")
			.param("password", "hunter2-hunter2")
			.param("_csrf", "the-token")
			.exchange();
		assertThat(page).hasStatus(503);
		assertThat(page).bodyText()
			.contains("olivia")
			.doesNotContain("hunter2", "password")
			.as("without the password, sending it again would only fail")
			.doesNotContain("Send it again");
	}

	@Test
	void aChangeThatWentToCommitBeforeTheDatabaseWentAwayIsNotCalledUnsaved() {
		MvcTestResult page = postedDuringOutage("/programs").with((request) -> {
			DatabaseOutage.of(request).markCommitting();
			return request;
		}).param("name", "Apollo").exchange();
		assertThat(page).hasStatus(503);
		assertThat(page).bodyText()
			.contains("your change may have been saved", "Reload the page to check")
			.doesNotContain("nothing you sent was saved", "Send it again");
	}

	/**
	 * The error dispatch of a form posted to {@code path} (an error dispatch is itself a
	 * GET).
	 */
	private MockMvcRequestBuilder postedDuringOutage(String path) {
		return this.mvc.get()
			.uri("/error")
			.with(outage())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
			.requestAttr(RequestDispatcher.ERROR_METHOD, "POST")
			.accept(MediaType.TEXT_HTML);
	}

	/** What the outage filter records before it hands the request to the error page. */
	private static RequestPostProcessor outage() {
		return (request) -> {
			DatabaseOutage.of(request).markUnavailable();
			return request;
		};
	}

	/**
	 * Boot's choice of {@code templates/error/{status}.html}, which a web slice lacks (it
	 * is only configured beside a real DispatcherServlet).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ErrorViews {

		@Bean
		DefaultErrorViewResolver conventionErrorViewResolver(ApplicationContext context) {
			return new DefaultErrorViewResolver(context, new WebProperties.Resources());
		}

	}

	private static Exception connectionFailure() {
		return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new JDBCConnectionException("Unable to acquire JDBC Connection",
						new SQLTransientConnectionException("Connection is not available, request timed out")));
	}

}
