package dev.milepost.shared;

/**
 * The change is impossible in the record's current state (publishing what is published,
 * retrying a mail that was sent): rendered as the 409 page with the message of
 * {@link #messageCode()} and its arguments, written for the user in the messages files.
 */
public class ConflictException extends RuntimeException {

	private final String messageCode;

	private final Object[] arguments;

	public ConflictException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = arguments.clone();
	}

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
