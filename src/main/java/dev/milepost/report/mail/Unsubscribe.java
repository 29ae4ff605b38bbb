package dev.milepost.report.mail;

import java.util.Locale;
import java.util.Optional;

import dev.milepost.shared.CurrentActor;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an unsubscribe link does, without an account: the token names the mail and the
 * person; {@link #describe} says it in words for the confirmation page, {@link #apply}
 * stops it. Both are safe to repeat. A program report is stopped on the stakeholder's
 * program link (through the stakeholder module, so history records it, as made by the
 * address the link was sent to).
 */
@Service
public class Unsubscribe {

	private final UnsubscribeTokens tokens;

	private final JdbcClient jdbc;

	private final StakeholderService stakeholders;

	private final DigestSubscriptions digest;

	Unsubscribe(UnsubscribeTokens tokens, JdbcClient jdbc, StakeholderService stakeholders,
			DigestSubscriptions digest) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.stakeholders = stakeholders;
		this.digest = digest;
	}

	/**
	 * The link's subject in words; empty when the token is not valid or names nobody (any
	 * more).
	 */
	@Transactional(readOnly = true)
	public Optional<Described> describe(String token) {
		return this.tokens.verify(token).flatMap(this::describe);
	}

	/**
	 * Stops the mail the token names. Not one transaction: each change commits in its
	 * own, while {@link CurrentActor} still names the address, so that the history record
	 * does too.
	 * @return what was stopped, and whether it was still on; empty when the token is not
	 * valid
	 */
	public Optional<Applied> apply(String token) {
		Optional<Unsubscription> unsubscription = this.tokens.verify(token);
		if (unsubscription.isEmpty()) {
			return Optional.empty();
		}
		Unsubscription u = unsubscription.get();
		Optional<Described> described = describe(u);
		if (described.isEmpty()) {
			return Optional.empty();
		}
		String actor = described.get().email() + " (unsubscribe link)";
		boolean changed = CurrentActor.as(actor, () -> switch (u.kind()) {
			case REPORT -> this.stakeholders.stopWeeklyReport(u.programId(), u.subjectId());
			case DIGEST_STAKEHOLDER -> this.digest.unsubscribeStakeholder(u.subjectId());
			case DIGEST_USER -> this.digest.unsubscribeUser(u.subjectId());
		});
		return Optional.of(new Applied(described.get(), changed));
	}

	private Optional<Described> describe(Unsubscription u) {
		return switch (u.kind()) {
			case REPORT -> this.jdbc.sql("""
					select p.program_key, p.name as program_name, s.email from programs p, stakeholders s
					where p.id = :program and s.id = :stakeholder""")
				.param("program", u.programId())
				.param("stakeholder", u.subjectId())
				.query((rs, n) -> new Described(u.kind(),
						rs.getString("program_key") + " · " + rs.getString("program_name"),
						rs.getString("email").toLowerCase(Locale.ROOT)))
				.optional();
			case DIGEST_STAKEHOLDER -> this.jdbc.sql("select email from stakeholders where id = :id")
				.param("id", u.subjectId())
				.query((rs, n) -> new Described(u.kind(), null, rs.getString("email").toLowerCase(Locale.ROOT)))
				.optional();
			case DIGEST_USER -> this.jdbc.sql("select coalesce(email, username) as email from users where id = :id")
				.param("id", u.subjectId())
				.query((rs, n) -> new Described(u.kind(), null, rs.getString("email").toLowerCase(Locale.ROOT)))
				.optional();
		};
	}

	/**
	 * @param program "KEY · Name" of the program whose report it is; {@code null} for the
	 * digest
	 * @param email the address the mail goes to
	 */
	public record Described(Unsubscription.Kind kind, String program, String email) {

		public boolean digest() {
			return this.kind != Unsubscription.Kind.REPORT;
		}

		/** The address with its local part shortened, e.g. {@code d***@example.com}. */
		public String maskedEmail() {
			int at = this.email.indexOf('@');
			if (at <= 1) {
				return this.email;
			}
			return this.email.charAt(0) + "***" + this.email.substring(at);
		}

	}

	/**
	 * @param changed whether the mail was still on (false: it was already stopped)
	 */
	public record Applied(Described described, boolean changed) {
	}

}
