package dev.milepost.shared.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page ({@code /error}), in place of Boot's: the application's own
 * page ({@code templates/error/{status}.html}, else {@code error/error.html}) for
 * browsers, an RFC 9457 problem ({@code application/problem+json}) for every other
 * client, never a stack trace or an exception's message.
 * <p>
 * A failure to reach the database is a 503 with {@code Retry-After}, whether it reached
 * the container as an exception or as the {@code sendError(503)} of the
 * {@link DatabaseOutageFilter}. Its page says that nothing sent was saved (or, when a
 * change had gone to commit before the database went away, that it may have been) and
 * offers to send a posted form again, with the values as typed. Nothing here reads the
 * database: during an outage the layout leaves out what needs the session. {@code /error}
 * asked for directly is a 404.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class ErrorPages extends AbstractErrorController {

	static final String FALLBACK_VIEW = "error/error";

	/** How long clients are asked to wait before trying again during an outage. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	/** Model attribute telling the layout to leave out what needs the session. */
	static final String DATABASE_UNAVAILABLE = "databaseUnavailable";

	private final MessageSource messages;

	ErrorPages(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers, MessageSource messages) {
		super(errorAttributes, errorViewResolvers);
		this.messages = messages;
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = status(request);
		DatabaseOutage outage = DatabaseOutage.of(request);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("status", status.value());
		if (outage.isUnavailable()) {
			model.put(DATABASE_UNAVAILABLE, true);
		}
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
			model.put("retryAfter", RETRY_AFTER.toSeconds());
			model.put("changesMayBeSaved", outage.mayHaveSaved());
			retryLink(request).ifPresent((link) -> model.put("retryUrl", link));
			Resend resend = Resend.of(request);
			if (resend != null) {
				model.put("resend", resend);
			}
		}
		response.setStatus(status.value());
		ModelAndView view = resolveErrorView(request, response, status, model);
		return (view != null) ? view : new ModelAndView(FALLBACK_VIEW, model, status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		path(request).map(ErrorPages::uri).ifPresent(problem::setInstance);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			Locale locale = LocaleContextHolder.getLocale();
			problem.setTitle(this.messages.getMessage("error.503.problem.title", null, locale));
			problem.setDetail(this.messages.getMessage("error.503.problem.detail",
					new Object[] { RETRY_AFTER.toSeconds() }, locale));
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
		}
		return response.body(problem);
	}

	/** A client that accepts neither HTML nor JSON gets the status alone. */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Void> notAcceptable(HttpServletRequest request) {
		HttpStatus status = status(request);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
		}
		return response.build();
	}

	static HttpStatus status(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseOutage.causedBy(failure)) {
			DatabaseOutage.of(request).markUnavailable();
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
			// no error dispatch: someone asked for /error itself, and there is nothing to
			// see there
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = HttpStatus.resolve(code);
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/**
	 * The path the failed request was sent to, if it is one of ours (a single leading
	 * slash).
	 */
	private static Optional<String> path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		boolean local = path != null && path.startsWith("/") && !path.startsWith("//");
		return local ? Optional.of(path) : Optional.empty();
	}

	/** The method of the failed request (an error dispatch itself is a GET). */
	private static String method(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_METHOD);
		return (original instanceof String method) ? method : request.getMethod();
	}

	/** Where "Try again" leads after a failed GET: the same address, with its query. */
	private static Optional<String> retryLink(HttpServletRequest request) {
		if (!"GET".equals(method(request))) {
			return Optional.empty();
		}
		Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		return path(request).map((path) -> (query instanceof String q && !q.isEmpty()) ? path + "?" + q : path);
	}

	private static URI uri(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A form posted during an outage, to be sent again as it was: to the same address,
	 * with every field (the CSRF token too, so that sending it again is checked like the
	 * first time), except passwords, which are never written into a page.
	 *
	 * @param action where the form was posted
	 * @param fields the fields to send again, in the order they came
	 * @param typed the fields as the user typed or chose them, for display (not the CSRF
	 * token)
	 * @param complete whether nothing was left out, so that sending it again makes sense
	 */
	record Resend(String action, List<Field> fields, List<Field> typed, boolean complete) {

		private static final String CSRF_PARAMETER = "_csrf";

		/**
		 * The form posted in {@code request}, {@code null} for anything but a posted
		 * form.
		 */
		static Resend of(HttpServletRequest request) {
			String contentType = request.getContentType();
			if (!"POST".equals(method(request)) || contentType == null
					|| !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
				return null;
			}
			String action = path(request).orElse(null);
			if (action == null) {
				return null;
			}
			List<Field> fields = new ArrayList<>();
			boolean complete = true;
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (parameter.getKey().toLowerCase(Locale.ROOT).contains("password")) {
					complete = false;
					continue;
				}
				for (String value : parameter.getValue()) {
					fields.add(new Field(parameter.getKey(), value));
				}
			}
			List<Field> typed = fields.stream().filter((field) -> !CSRF_PARAMETER.equals(field.name())).toList();
			return fields.isEmpty() ? null : new Resend(action, List.copyOf(fields), typed, complete);
		}

	}

	/** One posted value. */
	record Field(String name, String value) {

	}

}
