package dev.milepost.report.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs and checks the tokens of unsubscribe links:
 * {@code <payload>.<HMAC-SHA256 of the payload,
 * base64url>}, e.g. {@code r-12-345.Xq3...}. Only the holder of the key can make a token,
 * so a link works without an account and cannot be altered to unsubscribe somebody else.
 * The key is {@code milepost.mail.unsubscribe-secret}, or else one generated at first use
 * and kept in {@code app_secrets} (inserted once under a race: the primary key decides,
 * both read the winner).
 */
@Component
public class UnsubscribeTokens {

	static final String SECRET_NAME = "unsubscribe-link-key";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile byte[] key;

	UnsubscribeTokens(MailProperties properties, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		if (properties.unsubscribeSecret() != null) {
			this.key = properties.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
		}
	}

	public String sign(Unsubscription unsubscription) {
		String payload = unsubscription.payload();
		return payload + "." + ENCODER.encodeToString(mac(payload));
	}

	/**
	 * The unsubscription the token was signed for; empty if it is malformed or its
	 * signature is wrong.
	 */
	public Optional<Unsubscription> verify(String token) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		int dot = token.lastIndexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String payload = token.substring(0, dot);
		// compared as text, so that only the one canonical encoding of the signature
		// passes (a
		// base64 decoder would also accept variants differing in the unused bits of the
		// last character)
		byte[] expected = ENCODER.encodeToString(mac(payload)).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		return Unsubscription.parse(payload);
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private byte[] key() {
		byte[] current = this.key;
		if (current == null) {
			current = storedKey();
			this.key = current;
		}
		return current;
	}

	private byte[] storedKey() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		this.jdbc
			.sql("insert into app_secrets (name, secret, created_at) values (:name, :secret, :now) "
					+ "on conflict do nothing")
			.param("name", SECRET_NAME)
			.param("secret", Base64.getEncoder().encodeToString(random))
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
		String stored = this.jdbc.sql("select secret from app_secrets where name = :name")
			.param("name", SECRET_NAME)
			.query(String.class)
			.single();
		return Base64.getDecoder().decode(stored);
	}

}
