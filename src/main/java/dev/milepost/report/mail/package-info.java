/**
 * The mail outbox: {@link dev.milepost.report.mail.MailOutbox} queues each mail once per
 * dedupe key (table {@code mail_outbox}); {@link dev.milepost.report.mail.OutboxWorker}
 * delivers due rows over SMTP with retries and backoff, claiming each row so that several
 * instances never send the same one; {@code web} is the admin page {@code /admin/outbox}.
 * Depends on {@code shared} only; the reports (and anything else that mails) depend on
 * it.
 */
package dev.milepost.report.mail;
