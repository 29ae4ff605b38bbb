package dev.milepost.report;

import dev.milepost.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's account as far as the leadership digest is concerned: where it would be mailed
 * and whether the user subscribed to it. Pages outside {@code report} ("My work") read it
 * here; subscribing and leaving stay with the digest's mail.
 */
@Component
public class DigestAccounts {

	private final JdbcClient jdbc;

	DigestAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The user's id, address and digest subscription, in one statement.
	 * @param username the user's login name
	 * @return the account
	 * @throws NotFoundException when there is no such user
	 */
	@Transactional(readOnly = true)
	public Account account(String username) {
		return this.jdbc.sql("""
				select u.id, u.email, exists (select 1 from digest_subscriptions d where d.user_id = u.id) as subscribed
				from users u where u.username = :username""").param("username", username).query((rs, n) -> {
			String email = rs.getString("email");
			return new Account(rs.getLong("id"), (email == null || email.isBlank()) ? null : email,
					rs.getBoolean("subscribed"));
		}).optional().orElseThrow(() -> new NotFoundException("User", username));
	}

	/**
	 * @param id the user's id
	 * @param email {@code null} when the account has none
	 * @param subscribed whether the user receives the leadership digest
	 */
	public record Account(long id, String email, boolean subscribed) {
	}

}
