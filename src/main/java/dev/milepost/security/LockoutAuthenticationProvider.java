package dev.milepost.security;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.util.function.SingletonSupplier;

/**
 * The login form's user name and password check, behind the lockout of
 * {@link LoginAttempts}: an attempt is reserved (and counted) in the database before the
 * password is looked at, so however many logins arrive at once, at most
 * {@code milepost.login.max-failures} passwords of an account are checked before it
 * locks. Without a reserved attempt (locked account, unknown user name) the password is
 * not checked; it is hashed against a stand-in instead so that the refusal takes as long
 * as a check. A disabled account is refused only after its password was checked, for the
 * same reason. Failures are logged with the user name and address, never the password.
 * <p>
 * Outcomes are counted in the meter {@value #METER} (tag {@code outcome}:
 * {@code success}, {@code failure} (password checked: wrong, or the account is disabled),
 * {@code locked}, and {@code unknown-user}).
 */
final class LockoutAuthenticationProvider implements AuthenticationProvider {

	/** The meter counting login attempts by outcome. */
	static final String METER = "milepost.login.attempts";

	private static final Logger logger = LoggerFactory.getLogger(LockoutAuthenticationProvider.class);

	private final LoginAttempts attempts;

	private final DaoAuthenticationProvider passwords;

	private final PasswordEncoder passwordEncoder;

	/**
	 * A hash of no one's password, to spend a check's time on when no check may happen.
	 */
	private final Supplier<String> standIn;

	private final Counter successes;

	private final Counter failures;

	private final Counter locked;

	private final Counter unknown;

	LockoutAuthenticationProvider(LoginAttempts attempts, UserDetailsService users, PasswordEncoder passwordEncoder,
			MeterRegistry meters) {
		this.attempts = attempts;
		this.passwordEncoder = passwordEncoder;
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(passwordEncoder);
		// the lock is enforced by the reservation: the attempt that locks the account
		// still has its
		// password checked, so the user details' own "locked" must not refuse it here
		this.passwords.setPreAuthenticationChecks((user) -> {
		});
		this.passwords.setPostAuthenticationChecks(LockoutAuthenticationProvider::checkEnabled);
		this.standIn = SingletonSupplier.of(() -> passwordEncoder.encode("not anyone's password"));
		this.successes = counter(meters, "success");
		this.failures = counter(meters, "failure");
		this.locked = counter(meters, "locked");
		this.unknown = counter(meters, "unknown-user");
	}

	private static Counter counter(MeterRegistry meters, String outcome) {
		return Counter.builder(METER)
			.description("Form logins by outcome; only success and failure had their password checked")
			.tag("outcome", outcome)
			.register(meters);
	}

	private static void checkEnabled(UserDetails user) {
		if (!user.isEnabled()) {
			throw new DisabledException("Account disabled");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = address(authentication.getDetails());
		LoginAttempts.Attempt attempt = this.attempts.reserve(username);
		if (!attempt.isReserved()) {
			Object presented = authentication.getCredentials();
			this.passwordEncoder.matches((presented != null) ? presented.toString() : "", this.standIn.get());
			if (attempt.status() == LoginAttempts.Status.LOCKED) {
				this.locked.increment();
				logger.warn("Login refused for '{}' from {}: account locked until {}, password not checked", username,
						address, attempt.lockedUntil());
				throw new LockedException("Account locked");
			}
			this.unknown.increment();
			logger.warn("Login failed for unknown user '{}' from {}", username, address);
			throw new BadCredentialsException("Bad credentials");
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			this.failures.increment();
			logFailure(username, address, attempt, ex);
			throw ex;
		}
		this.successes.increment();
		this.attempts.succeeded(username);
		return result;
	}

	private static void logFailure(String username, String address, LoginAttempts.Attempt attempt,
			AuthenticationException failure) {
		String reason = (failure instanceof DisabledException) ? "account disabled; " : "";
		if (attempt.lockedUntil() != null) {
			logger.warn("Login failed for '{}' from {}: {}account locked until {}", username, address, reason,
					attempt.lockedUntil());
		}
		else {
			logger.warn("Login failed for '{}' from {}: {}{} consecutive failure(s)", username, address, reason,
					attempt.failures());
		}
	}

	private static String address(Object details) {
		return (details instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : "unknown address";
	}

}
