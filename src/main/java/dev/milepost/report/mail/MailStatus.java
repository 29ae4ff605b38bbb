package dev.milepost.report.mail;

/** Where an outbox row stands. */
public enum MailStatus {

	/** Waiting for its next attempt ({@code next_attempt_at}). */
	PENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Gave up after {@code milepost.mail.max-attempts}; an admin may retry it. */
	FAILED

}
