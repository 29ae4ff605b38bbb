package dev.milepost.shared;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Milepost settings, bound from {@code milepost.*}.
 *
 * @param demoData load the demo portfolio into an empty database; {@code null} (unset)
 * means "only when the database is the embedded H2 default"
 * @param timeZone the zone in which "today" is reckoned (overdue, actual date not in the
 * future)
 * @param admin the first administrator, created at start-up when there are no users at
 * all ({@code MILEPOST_ADMIN_USERNAME} / {@code MILEPOST_ADMIN_PASSWORD})
 * @param login brute-force protection of the login form
 */
@Validated
@ConfigurationProperties("milepost")
public record MilepostProperties(Boolean demoData, ZoneId timeZone, Admin admin, Login login) {

	public MilepostProperties {
		if (timeZone == null) {
			timeZone = ZoneId.of("UTC");
		}
		if (admin == null) {
			admin = new Admin(null, null);
		}
		if (login == null) {
			login = new Login(0, null);
		}
	}

	/**
	 * @param username the first admin's user name
	 * @param password the first admin's password; read from the environment, never
	 * committed
	 */
	public record Admin(String username, String password) {

		public boolean isComplete() {
			return this.username != null && !this.username.isBlank() && this.password != null
					&& !this.password.isBlank();
		}

	}

	/**
	 * @param maxFailures consecutive failed logins that lock an account (default 5)
	 * @param lockDuration how long the lock lasts (default 15 minutes)
	 */
	public record Login(int maxFailures, Duration lockDuration) {

		public Login {
			if (maxFailures <= 0) {
				maxFailures = 5;
			}
			if (lockDuration == null) {
				lockDuration = Duration.ofMinutes(15);
			}
		}

	}

}
