package dev.milepost.report.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import dev.milepost.shared.CurrentActor;
import dev.milepost.stakeholder.DigestMembership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to the leadership digest (table {@code digest_subscriptions}): users
 * subscribe themselves, stakeholders are subscribed by whoever edits stakeholders; either
 * leaves through the unsubscribe link of a digest mail. Subscribing twice, or leaving
 * twice, changes nothing.
 */
@Service
public class DigestSubscriptions implements DigestMembership {

	private final JdbcClient jdbc;

	private final Clock clock;

	DigestSubscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean receivesDigest(long stakeholderId) {
		return count("stakeholder_id", stakeholderId) > 0;
	}

	/**
	 * @return whether the subscription is new
	 */
	@Transactional
	public boolean subscribeUser(long userId) {
		return insert("user_id", userId);
	}

	/**
	 * @return whether the subscription is new
	 */
	@Transactional
	public boolean subscribeStakeholder(long stakeholderId) {
		return insert("stakeholder_id", stakeholderId);
	}

	/**
	 * @return whether there was a subscription
	 */
	@Transactional
	public boolean unsubscribeUser(long userId) {
		return delete("user_id", userId);
	}

	/**
	 * @return whether there was a subscription
	 */
	@Transactional
	public boolean unsubscribeStakeholder(long stakeholderId) {
		return delete("stakeholder_id", stakeholderId);
	}

	/**
	 * Everyone the digest goes to: subscribed enabled users with an address and
	 * subscribed stakeholders not archived, by name. One statement.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> recipients() {
		return this.jdbc.sql("""
				select u.display_name as name, u.email as email, u.id as user_id, null as stakeholder_id
				from digest_subscriptions d join users u on u.id = d.user_id
				where u.enabled and u.email is not null and u.email <> ''
				union all
				select s.name, s.email, null, s.id
				from digest_subscriptions d join stakeholders s on s.id = d.stakeholder_id
				where not s.archived
				order by 1, 2""").query((rs, n) -> {
			long userId = rs.getLong("user_id");
			boolean user = !rs.wasNull();
			Unsubscription leave = user ? Unsubscription.digestOfUser(userId)
					: Unsubscription.digestOfStakeholder(rs.getLong("stakeholder_id"));
			return new Recipient(rs.getString("name"), rs.getString("email").toLowerCase(Locale.ROOT), leave);
		}).list();
	}

	private long count(String column, long id) {
		return this.jdbc.sql("select count(*) from digest_subscriptions where " + column + " = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private boolean insert(String column, long id) {
		return this.jdbc
			.sql("insert into digest_subscriptions (" + column + ", created_by, created_at) "
					+ "values (:id, :by, :now) on conflict do nothing")
			.param("id", id)
			.param("by", CurrentActor.name())
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update() == 1;
	}

	private boolean delete(String column, long id) {
		return this.jdbc.sql("delete from digest_subscriptions where " + column + " = :id")
			.param("id", id)
			.update() > 0;
	}

}
