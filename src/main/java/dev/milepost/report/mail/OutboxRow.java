package dev.milepost.report.mail;

import java.time.Instant;

/** One row of the outbox as the admin page shows it. */
public record OutboxRow(Long id, String dedupeKey, String recipient, String subject, MailStatus status, int attempts,
		Instant nextAttemptAt, String lastError, Instant sentAt, Instant createdAt) {

}
