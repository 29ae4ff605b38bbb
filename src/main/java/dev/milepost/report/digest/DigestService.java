package dev.milepost.report.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.milepost.report.IsoWeek;
import dev.milepost.shared.CurrentActor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published leadership digests, one per ISO week (table {@code digests}). Publishing
 * freezes the content drafted now as JSON; a week is published once: the unique week
 * decides between two publishers, also on two instances, and only the one whose row was
 * inserted announces {@link DigestPublished}.
 */
@Service
public class DigestService {

	private static final String COLUMNS = "id, iso_week, snapshot, published_by, published_at";

	private final JdbcClient jdbc;

	private final DigestDrafter drafter;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public DigestService(JdbcClient jdbc, DigestDrafter drafter, JsonMapper json, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.drafter = drafter;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** The published digest of the week, if there is one. */
	@Transactional(readOnly = true)
	public Optional<StoredDigest> find(IsoWeek week) {
		return this.jdbc.sql("select " + COLUMNS + " from digests where iso_week = :w")
			.param("w", week.toString())
			.query(DigestService::row)
			.optional();
	}

	/**
	 * One page of the published digests, newest week first; the snapshots are not read.
	 */
	@Transactional(readOnly = true)
	public Page<StoredDigest> archive(Pageable pageable) {
		List<StoredDigest> rows = this.jdbc.sql("""
				select id, iso_week, null as snapshot, published_by, published_at from digests
				order by iso_week desc limit :limit offset :offset""")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(DigestService::row)
			.list();
		long total = this.jdbc.sql("select count(*) from digests").query(Long.class).single();
		return new PageImpl<>(rows, pageable, total);
	}

	/** The stored content of a published digest. */
	public DigestContent content(StoredDigest digest) {
		return this.json.readValue(digest.snapshot(), DigestContent.class);
	}

	/**
	 * Publishes the digest of {@code week} unless it is published already: its content,
	 * computed now, is stored as JSON with the publisher (the current user) and time, and
	 * {@link DigestPublished} is sent in this transaction. Publishing a published week
	 * changes nothing and sends nothing; of two concurrent publications exactly one
	 * inserts the row.
	 * @return the week's digest and whether this call published it
	 */
	@Transactional
	public Publication publish(IsoWeek week) {
		Optional<StoredDigest> existing = find(week);
		if (existing.isPresent()) {
			return new Publication(existing.get(), false);
		}
		String snapshot = this.json.writeValueAsString(this.drafter.draft(week));
		boolean inserted;
		try {
			// on conflict: another publisher holds or committed this week's row; this one
			// waits for
			// it and then inserts nothing, without failing (so the transaction stays
			// usable)
			inserted = this.jdbc.sql("""
					insert into digests (iso_week, snapshot, published_by, published_at)
					values (:w, :snapshot, :by, :at)
					on conflict do nothing""")
				.param("w", week.toString())
				.param("snapshot", snapshot)
				.param("by", CurrentActor.name())
				.param("at", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			inserted = false; // a database that reports the conflict instead
		}
		StoredDigest digest = find(week).orElseThrow();
		if (inserted) {
			this.events.publishEvent(new DigestPublished(digest.id(), digest.week()));
		}
		return new Publication(digest, inserted);
	}

	private static StoredDigest row(ResultSet rs, int n) throws SQLException {
		return new StoredDigest(rs.getLong("id"), rs.getString("iso_week"), rs.getString("snapshot"),
				rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class));
	}

	/**
	 * @param digest the week's digest
	 * @param published whether this call published it ({@code false}: it was published
	 * before)
	 */
	public record Publication(StoredDigest digest, boolean published) {
	}

}
