package dev.milepost.report.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links in mails, from {@code milepost.base-url} (where users reach the application, e.g.
 * {@code https://milepost.example.com}; default {@code http://localhost:8080}).
 */
@Component
public class MailLinks {

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

}
