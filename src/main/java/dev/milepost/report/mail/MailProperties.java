package dev.milepost.report.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox settings, bound from {@code milepost.mail.*}.
 *
 * @param from sender address of every mail (default {@code milepost@localhost})
 * @param maxAttempts failed sends after which a row is FAILED and waits for an admin
 * (default 8)
 * @param backoffBase wait after the first failure; doubled after each further one
 * (default 1 min)
 * @param backoffMax longest wait between two attempts (default 1 h)
 * @param claimLease how long a worker's claim on a row lasts
 * ({@code milepost.mail.claim-lease}, default 60 s, at least {@link #MIN_CLAIM_LEASE}):
 * the delay after which the mail that a crashed (killed) instance was sending is sent
 * again by another worker; longer than one SMTP conversation with its timeouts (5 s per
 * connect, read and write), so that a claim only lapses when its worker died
 * @param batchSize rows looked at per worker run (default 100)
 * @param unsubscribeSecret the key that signs unsubscribe links (at least 32 characters;
 * from the environment, {@code MILEPOST_MAIL_UNSUBSCRIBE_SECRET}); when unset, a random
 * key is generated once and kept in the database, so links stay valid across restarts and
 * instances
 */
@ConfigurationProperties("milepost.mail")
public record MailProperties(String from, int maxAttempts, Duration backoffBase, Duration backoffMax,
		Duration claimLease, int batchSize, String unsubscribeSecret) {

	/** The default claim lease. */
	public static final Duration DEFAULT_CLAIM_LEASE = Duration.ofSeconds(60);

	/**
	 * The shortest claim lease accepted: below it a slow but working SMTP conversation
	 * could outlast its claim, and a second worker would send the same mail.
	 */
	public static final Duration MIN_CLAIM_LEASE = Duration.ofSeconds(10);

	public MailProperties {
		if (from == null || from.isBlank()) {
			from = "milepost@localhost";
		}
		if (maxAttempts <= 0) {
			maxAttempts = 8;
		}
		if (backoffBase == null || backoffBase.isZero() || backoffBase.isNegative()) {
			backoffBase = Duration.ofMinutes(1);
		}
		if (backoffMax == null || backoffMax.compareTo(backoffBase) < 0) {
			backoffMax = Duration.ofHours(1).compareTo(backoffBase) < 0 ? backoffBase : Duration.ofHours(1);
		}
		if (claimLease == null) {
			claimLease = DEFAULT_CLAIM_LEASE;
		}
		if (claimLease.compareTo(MIN_CLAIM_LEASE) < 0) {
			throw new IllegalArgumentException("milepost.mail.claim-lease must be at least "
					+ MIN_CLAIM_LEASE.toSeconds() + "s (it is " + claimLease + ")");
		}
		if (batchSize <= 0) {
			batchSize = 100;
		}
		if (unsubscribeSecret != null && unsubscribeSecret.isBlank()) {
			unsubscribeSecret = null;
		}
		if (unsubscribeSecret != null && unsubscribeSecret.length() < 32) {
			throw new IllegalArgumentException(
					"milepost.mail.unsubscribe-secret must have at least 32 characters (or be unset)");
		}
	}

	/**
	 * The wait after the {@code attempts}-th failed attempt: base, 2 x base, 4 x base ...
	 * capped.
	 */
	public Duration backoff(int attempts) {
		int doublings = Math.max(0, Math.min(attempts - 1, 30));
		Duration wait = this.backoffBase.multipliedBy(1L << doublings);
		return (wait.compareTo(this.backoffMax) > 0) ? this.backoffMax : wait;
	}

}
