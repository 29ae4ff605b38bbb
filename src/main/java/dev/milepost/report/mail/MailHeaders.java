package dev.milepost.report.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The extra headers of an outbox row, stored as "Name: value" lines; and the Message-ID.
 */
final class MailHeaders {

	private MailHeaders() {
	}

	static String format(Map<String, String> headers) {
		if (headers == null || headers.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
		return text.toString();
	}

	static Map<String, String> parse(String text) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (text == null) {
			return headers;
		}
		for (String line : text.split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
			}
		}
		return headers;
	}

	/**
	 * The same Message-ID for every attempt of one dedupe key, so that a receiver can
	 * drop the duplicate the one unavoidable case leaves (sent, then died before marking
	 * SENT).
	 */
	static String messageId(String dedupeKey, String from) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
			int at = from.lastIndexOf('@');
			String domain = (at >= 0 && at < from.length() - 1) ? from.substring(at + 1).replace(">", "") : "milepost";
			return "<outbox." + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain + ">";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
