package dev.milepost.healthrecord;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.milepost.health.Reason;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link Reason} (message code + arguments) into text through the application's
 * messages ({@code messages/dashboard.properties}). Templates call it as
 * {@code ${@healthMessages.text(reason)}}: plain {@code #messages.msgWithParams} cannot
 * render the nested {@link Reason.Phrase} and {@link Reason.Names} arguments ("3
 * milestones overdue: A (2 days), B (1 day) and 4 more").
 */
@Component("healthMessages")
public class HealthMessages {

	private static final String MORE = "health.more";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

	private final MessageSource messages;

	public HealthMessages(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * In the current request's locale, with "KEY: " in front when the reason comes from a
	 * project.
	 */
	public String text(Reason reason) {
		return text(reason, LocaleContextHolder.getLocale());
	}

	public String text(Reason reason, Locale locale) {
		String text = message(reason.code(), reason.args(), locale);
		return (reason.source() != null) ? message(Reason.FROM, List.of(reason.source(), text), locale) : text;
	}

	private String message(String code, List<Object> args, Locale locale) {
		Object[] resolved = new Object[args.size()];
		for (int i = 0; i < resolved.length; i++) {
			resolved[i] = resolve(args.get(i), locale);
		}
		return this.messages.getMessage(code, resolved, locale);
	}

	private Object resolve(Object arg, Locale locale) {
		if (arg instanceof Reason.Phrase phrase) {
			return message(phrase.code(), phrase.args(), locale);
		}
		if (arg instanceof Reason.Names names) {
			List<String> shown = new ArrayList<>(names.shown().size());
			names.shown().forEach((name) -> shown.add(String.valueOf(resolve(name, locale))));
			String joined = String.join(", ", shown);
			return (names.more() > 0) ? joined + " " + message(MORE, List.of(names.more()), locale) : joined;
		}
		if (arg instanceof LocalDate date) {
			return DATE.withLocale(locale).format(date);
		}
		return arg;
	}

}
