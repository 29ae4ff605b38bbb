package dev.milepost.report.mail;

/**
 * Somebody a report or digest mail goes to.
 *
 * @param name how the mail greets them
 * @param email the address, lower case
 * @param unsubscription what their unsubscribe link stops
 */
public record Recipient(String name, String email, Unsubscription unsubscription) {
}
