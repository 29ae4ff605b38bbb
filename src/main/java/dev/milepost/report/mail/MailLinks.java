package dev.milepost.report.mail;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links in mails, from {@code milepost.base-url} (where users reach the
 * application, e.g. {@code https://milepost.example.com}; default
 * {@code http://localhost:8080}).
 */
@Component
public class MailLinks {

	/**
	 * Stands for the recipient's unsubscribe link in a mail rendered once for all
	 * recipients.
	 */
	public static final String UNSUBSCRIBE_PLACEHOLDER = "urn:milepost:unsubscribe";

	private final String baseUrl;

	private final UnsubscribeTokens tokens;

	MailLinks(@Value("${milepost.base-url:http://localhost:8080}") String baseUrl, UnsubscribeTokens tokens) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.tokens = tokens;
	}

	/** {@code path} starting with a slash, made absolute. */
	public String to(String path) {
		return this.baseUrl + path;
	}

	public String unsubscribe(Unsubscription unsubscription) {
		return to("/unsubscribe?token=" + this.tokens.sign(unsubscription));
	}

	/**
	 * One recipient's copy of a mail rendered once for all with
	 * {@link #UNSUBSCRIBE_PLACEHOLDER} as its unsubscribe link: the recipient's signed
	 * link put in, and the RFC 8058 headers ({@code List-Unsubscribe},
	 * {@code List-Unsubscribe-Post}) plus {@code Auto-Submitted}.
	 */
	public OutgoingMail personal(String dedupeKey, Recipient recipient, String subject, String text, String html) {
		String unsubscribe = unsubscribe(recipient.unsubscription());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		headers.put("Auto-Submitted", "auto-generated");
		return new OutgoingMail(dedupeKey, recipient.email(), subject,
				text.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe), html.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe),
				headers);
	}

}
