package dev.milepost.shared;

/**
 * The request itself is malformed (unknown sort column, impossible parameter); rendered
 * as the 400 page with this exception's message, which must therefore be written for the
 * user.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String userMessage) {
		super(userMessage);
	}

}
