package dev.milepost.security;

import dev.milepost.shared.NotFoundException;

/**
 * No account has the requested id; rendered as the 404 page.
 */
public class UserNotFoundException extends NotFoundException {

	public UserNotFoundException(Long id) {
		super("User", id);
	}

}
