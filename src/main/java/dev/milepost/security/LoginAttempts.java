package dev.milepost.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.milepost.shared.MilepostProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failed-login count and lock of each account, kept in the {@code users} table and
 * changed only by single conditional statements, so that parallel logins cannot overwrite
 * each other's count. A login first {@linkplain #reserve(String) reserves} an attempt,
 * which already counts as a failure; only a reserved attempt may have its password
 * checked, and a success {@linkplain #succeeded(String) clears} the count again. The
 * attempt that reaches {@code milepost.login.max-failures} locks the account for
 * {@code milepost.login.lock-duration}; while it is locked no attempt can be reserved,
 * and the first attempt after the lock ended starts counting from one again.
 */
@Component
class LoginAttempts {

	/**
	 * Counts this attempt unless a lock is in force; an expired lock leaves no failures
	 * behind. The right-hand sides see the row as it was before the update (PostgreSQL
	 * and H2 alike).
	 */
	private static final String RESERVE = """
			update users
			set failed_logins = (case when locked_until is null then failed_logins else 0 end) + 1,
			    locked_until = case
			        when (case when locked_until is null then failed_logins else 0 end) + 1 >= :maxFailures
			        then cast(:lockUntil as timestamp with time zone)
			    end
			where username = :username and (locked_until is null or locked_until <= :now)
			""";

	private final JdbcClient jdbc;

	private final MilepostProperties.Login settings;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, MilepostProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.login();
		this.clock = clock;
	}

	/**
	 * Reserves a login attempt for {@code username}: counts it as a failure and, if it is
	 * the last one allowed, locks the account. The row stays locked by the update until
	 * the transaction ends, so the count read back is this attempt's own.
	 * @return the reserved attempt, or why none could be reserved
	 */
	@Transactional
	public Attempt reserve(String username) {
		Instant now = this.clock.instant();
		int reserved = this.jdbc.sql(RESERVE)
			.param("maxFailures", this.settings.maxFailures())
			.param("lockUntil", utc(now.plus(this.settings.lockDuration())))
			.param("username", username)
			.param("now", utc(now))
			.update();
		Optional<Attempt> state = this.jdbc.sql("select failed_logins, locked_until from users where username = ?")
			.param(username)
			.query((rs, row) -> {
				OffsetDateTime lockedUntil = rs.getObject(2, OffsetDateTime.class);
				return new Attempt((reserved == 1) ? Status.RESERVED : Status.LOCKED, rs.getInt(1),
						(lockedUntil != null) ? lockedUntil.toInstant() : null);
			})
			.optional();
		return state.orElseGet(() -> new Attempt(Status.NO_SUCH_USER, 0, null));
	}

	/** Clears the count and any lock of {@code username} after a successful login. */
	@Transactional
	public void succeeded(String username) {
		this.jdbc
			.sql("update users set failed_logins = 0, locked_until = null "
					+ "where username = ? and (failed_logins <> 0 or locked_until is not null)")
			.param(username)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	enum Status {

		/** The attempt is counted; its password may be checked. */
		RESERVED,

		/** The account is locked: no attempt is left until the lock ends. */
		LOCKED,

		/** There is no account of that name. */
		NO_SUCH_USER

	}

	/**
	 * The outcome of {@link LoginAttempts#reserve(String)}.
	 *
	 * @param status whether the attempt was reserved
	 * @param failures the consecutive failures counted, this attempt included when
	 * reserved
	 * @param lockedUntil the end of the lock: set when this attempt used the last one
	 * allowed, or when the account was locked already
	 */
	record Attempt(Status status, int failures, Instant lockedUntil) {

		boolean isReserved() {
			return this.status == Status.RESERVED;
		}

	}

}
