package dev.milepost.health;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dev.milepost.healthrecord.HealthMessages;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Renders reasons in English through the application's real messages, so that evaluator
 * tests read as sentences and fail when a code has no message.
 */
final class English {

	static final ResourceBundleMessageSource MESSAGES = messages();

	static final HealthMessages TEXT = new HealthMessages(MESSAGES);

	private English() {
	}

	static String text(Reason reason) {
		return TEXT.text(reason, Locale.ENGLISH);
	}

	/** What a reason says: its health, its rule and its English text. */
	record Said(Health health, HealthRule rule, String text) {

	}

	static Said said(Health health, HealthRule rule, String text) {
		return new Said(health, rule, text);
	}

	static List<Said> said(List<Reason> reasons) {
		return reasons.stream().map((reason) -> new Said(reason.health(), reason.rule(), text(reason))).toList();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/dashboard", "messages/common");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
