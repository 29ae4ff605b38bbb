package dev.milepost.security;

import java.time.Clock;
import java.time.Instant;

import dev.milepost.shared.MilepostProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection: consecutive failed logins are counted per account, and the
 * configured number of them locks it for the configured time. Failures are logged with the user
 * name and address, never the password.
 */
@Component
class LoginAttempts {

	private static final Logger logger = LoggerFactory.getLogger(LoginAttempts.class);

	private final UserRepository users;

	private final MilepostProperties.Login settings;

	private final Clock clock;

	LoginAttempts(UserRepository users, MilepostProperties properties, Clock clock) {
		this.users = users;
		this.settings = properties.login();
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		String address = address(event.getAuthentication().getDetails());
		this.users.findWithRolesByUsername(username).ifPresentOrElse((user) -> {
			Instant now = this.clock.instant();
			user.recordFailedLogin(this.settings.maxFailures(), now.plus(this.settings.lockDuration()));
			if (user.isLocked(now)) {
				logger.warn("Login failed for '{}' from {}: account locked until {}", username, address,
						user.getLockedUntil());
			}
			else {
				logger.warn("Login failed for '{}' from {}: {} consecutive failure(s)", username, address,
						user.getFailedLogins());
			}
		}, () -> logger.warn("Login failed for unknown user '{}' from {}", username, address));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		this.users.findWithRolesByUsername(event.getAuthentication().getName()).ifPresent((user) -> {
			if (user.getFailedLogins() > 0 || user.getLockedUntil() != null) {
				user.recordSuccessfulLogin();
			}
		});
	}

	private static String address(Object details) {
		return (details instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : "unknown address";
	}

}
