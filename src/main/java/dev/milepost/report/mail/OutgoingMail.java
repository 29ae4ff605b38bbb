package dev.milepost.report.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One mail to one recipient, as handed to {@link MailOutbox#enqueue(OutgoingMail)}.
 *
 * @param dedupeKey what makes this mail unique, e.g.
 * {@code report:123:alice@example.org}: a mail with a key already in the outbox is never
 * queued again (at most 200 characters)
 * @param recipient the address
 * @param subject the subject line
 * @param text the plain text part
 * @param html the HTML part, or {@code null} for a text-only mail
 * @param headers extra headers (e.g. {@code List-Unsubscribe},
 * {@code List-Unsubscribe-Post}), in order
 */
public record OutgoingMail(String dedupeKey, String recipient, String subject, String text, String html,
		Map<String, String> headers) {

	public OutgoingMail {
		Objects.requireNonNull(dedupeKey, "dedupeKey");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		if (dedupeKey.isBlank() || dedupeKey.length() > 200) {
			throw new IllegalArgumentException("A dedupe key has 1 to 200 characters: '" + dedupeKey + "'");
		}
		headers = (headers != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(headers)) : Map.of();
		for (Map.Entry<String, String> header : headers.entrySet()) {
			if (header.getKey().contains(":") || header.getKey().contains("\n") || header.getValue().contains("\n")) {
				throw new IllegalArgumentException("Not a header: " + header.getKey());
			}
		}
	}

	public OutgoingMail(String dedupeKey, String recipient, String subject, String text, String html) {
		this(dedupeKey, recipient, subject, text, html, Map.of());
	}

}
