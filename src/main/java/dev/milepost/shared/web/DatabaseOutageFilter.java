package dev.milepost.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.GenericFilterBean;

/**
 * The outermost filter (before Spring Session): a request that fails because the database
 * cannot be reached is answered with the 503 error page, whichever filter or controller
 * it failed in.
 * <p>
 * Spring Session loads the session, and Spring Security's remember-me its token, in
 * filters before any controller runs, so most requests meet an outage there. This filter
 * catches the failure, logs one line instead of a stack trace and hands the request to
 * the container's error page ({@code sendError(503)}), which {@link ErrorPages} renders.
 * That error dispatch must not ask the database again: it would fail, and the container
 * would show its own bare page. So the session the request could not store is forgotten,
 * and during the error dispatch the request's cookies are hidden: neither the session nor
 * remember-me is looked up, the page is rendered as for a visitor, and the browser keeps
 * both cookies, still signed in when the database is back.
 * <p>
 * The {@link #ASSETS} are the same for everyone, so their requests never carry cookies
 * past this filter: several layers look up the session whenever a request names one
 * (remember-me, the anonymous user's details, Spring MVC's flash attributes), which with
 * Spring Session JDBC is a query per style sheet, and during an outage a wait and a 503
 * that would leave even the outage page without its style.
 */
final class DatabaseOutageFilter extends GenericFilterBean {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	/**
	 * The style sheets, scripts and icon every page loads (public in the security
	 * configuration); a path ending in a slash stands for everything under it.
	 */
	static final List<String> ASSETS = List.of("/css/", "/js/", "/webjars/", "/favicon.svg");

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		DatabaseOutage outage = DatabaseOutage.of(request);
		DatabaseOutage previous = outage.bind();
		try {
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
				boolean cookieless = outage.isUnavailable() || isAsset(request, failedUri);
				chain.doFilter(cookieless ? new WithoutCookies(request) : request, response);
			}
			else {
				filter(isAsset(request, request.getRequestURI()) ? new WithoutCookies(request) : request, response,
						chain, outage);
			}
		}
		finally {
			DatabaseOutage.restore(previous);
		}
	}

	private static void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			DatabaseOutage outage) throws IOException, ServletException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// a lost connection may surface as something else, such as a failed rollback
			if (!(DatabaseOutage.causedBy(ex) || outage.isUnavailable()) || response.isCommitted()) {
				throw ex;
			}
			outage.markUnavailable();
			logger.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
					rootCause(ex));
			forgetUnsavedSession(request);
			// drop whatever the failed attempt had set (content type, length,
			// disposition); the error
			// dispatch writes the security headers again
			response.reset();
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

	/** Whether {@code uri} is one of the {@link #ASSETS}. */
	private static boolean isAsset(HttpServletRequest request, Object uri) {
		if (!(uri instanceof String path) || !path.startsWith(request.getContextPath())) {
			return false;
		}
		String withinApplication = path.substring(request.getContextPath().length());
		return ASSETS.stream()
			.anyMatch((asset) -> asset.endsWith("/") ? withinApplication.startsWith(asset)
					: withinApplication.equals(asset));
	}

	/**
	 * Spring Session keeps the request's session (a new one, say, holding the login
	 * page's CSRF token) in request attributes named after
	 * {@link org.springframework.session.SessionRepository}; the error dispatch would
	 * find it there and try to store it again.
	 */
	private static void forgetUnsavedSession(HttpServletRequest request) {
		for (String name : Collections.list(request.getAttributeNames())) {
			if (name.startsWith(SessionRepositoryFilter.SESSION_REPOSITORY_ATTR)) {
				request.removeAttribute(name);
			}
		}
	}

	private static String rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/**
	 * A request without its cookies (an asset's, or the error page's during an outage).
	 */
	private static final class WithoutCookies extends HttpServletRequestWrapper {

		WithoutCookies(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Cookie[] getCookies() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public String getRequestedSessionId() {
			return null;
		}

	}

}
