package dev.milepost.shared.web;

import dev.milepost.shared.BadRequestException;
import dev.milepost.shared.ConflictException;
import dev.milepost.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Application-wide web conventions: form strings are trimmed (blank becomes null) and
 * malformed requests are answered with an error page that says what to fix, never a stack
 * trace.
 */
@ControllerAdvice
class WebErrorHandling {

	private static final Logger logger = LoggerFactory.getLogger(WebErrorHandling.class);

	static final String BAD_REQUEST_VIEW = "error/400";

	static final String CONFLICT_VIEW = "error/409";

	static final String NOT_FOUND_VIEW = "error/404";

	private final MessageSource messages;

	private final Money money;

	WebErrorHandling(MessageSource messages, Money money) {
		this.messages = messages;
		this.money = money;
	}

	/**
	 * {@link Money} as the variable {@code money} too, for the report fragments that the
	 * PDF and the mails render outside a request, where {@code @money} does not resolve.
	 */
	@ModelAttribute("money")
	Money money() {
		return this.money;
	}

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setBindingErrorProcessor(new DateBindingErrors());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, Model model, HttpServletResponse response) {
		String expected = describe(ex.getRequiredType());
		return badRequest("'" + ex.getValue() + "' is not a valid " + expected + " for '" + ex.getName() + "'.", model,
				response);
	}

	@ExceptionHandler(TypeMismatchException.class)
	String typeMismatch(TypeMismatchException ex, Model model, HttpServletResponse response) {
		return badRequest("'" + ex.getValue() + "' is not a valid " + describe(ex.getRequiredType()) + ".", model,
				response);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	String missingParameter(MissingServletRequestParameterException ex, Model model, HttpServletResponse response) {
		return badRequest("The request needs a '" + ex.getParameterName() + "' value.", model, response);
	}

	/**
	 * Rendered here rather than through the servlet error page so that the 404 page is
	 * the same whether or not a container error dispatch happens.
	 */
	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return NOT_FOUND_VIEW;
	}

	@ExceptionHandler(BadRequestException.class)
	String badRequest(BadRequestException ex, Model model, HttpServletResponse response) {
		return badRequest(ex.getMessage(), model, response);
	}

	@ExceptionHandler(ConflictException.class)
	String conflict(ConflictException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("message",
				this.messages.getMessage(ex.messageCode(), ex.arguments(), LocaleContextHolder.getLocale()));
		return CONFLICT_VIEW;
	}

	@ExceptionHandler(PropertyReferenceException.class)
	String unknownProperty(PropertyReferenceException ex, Model model, HttpServletResponse response) {
		return badRequest("Cannot sort or filter by '" + ex.getPropertyName() + "'.", model, response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	String methodNotSupported(HttpRequestMethodNotSupportedException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		model.addAttribute("message", "This address does not accept a " + ex.getMethod() + " request.");
		return BAD_REQUEST_VIEW;
	}

	/**
	 * Last line of defence for a stale write that a controller did not turn into its own
	 * conflict form: the user is told, nothing is overwritten.
	 */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String conflict(ObjectOptimisticLockingFailureException ex, Model model, HttpServletResponse response) {
		logger.info("Optimistic lock conflict: {}", ex.getMessage());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return CONFLICT_VIEW;
	}

	private static String badRequest(String message, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("message", message);
		return BAD_REQUEST_VIEW;
	}

	private static String describe(Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
			return "number";
		}
		if (type == java.time.LocalDate.class) {
			return "date (use YYYY-MM-DD)";
		}
		if (type.isEnum()) {
			StringBuilder names = new StringBuilder();
			for (Object constant : type.getEnumConstants()) {
				names.append(names.isEmpty() ? "" : ", ").append(((Enum<?>) constant).name());
			}
			return "choice (one of " + names + ")";
		}
		return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

}
