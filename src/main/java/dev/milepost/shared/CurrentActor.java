package dev.milepost.shared;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making the current change, for history records: the signed-in user, the name
 * given to {@link #as(String, Supplier)}, or {@code "anonymous"} (the demo loader, the
 * first-admin bootstrap).
 */
public final class CurrentActor {

	/**
	 * The name of changes made without a signed-in user or a name given to {@link #as}.
	 */
	public static final String ANONYMOUS = "anonymous";

	private static final ThreadLocal<String> acting = new ThreadLocal<>();

	private CurrentActor() {
	}

	/**
	 * Runs {@code work} as {@code name}, for changes made on someone's behalf without a
	 * login (an unsubscribe link names the address it was sent to), so that history says
	 * who it was.
	 */
	public static <T> T as(String name, Supplier<T> work) {
		String before = acting.get();
		acting.set(name);
		try {
			return work.get();
		}
		finally {
			if (before != null) {
				acting.set(before);
			}
			else {
				acting.remove();
			}
		}
	}

	public static String name() {
		String named = acting.get();
		if (named != null) {
			return named;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		return authentication.getName();
	}

}
