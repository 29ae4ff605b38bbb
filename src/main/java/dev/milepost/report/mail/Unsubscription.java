package dev.milepost.report.mail;

import java.util.Optional;

/**
 * What an unsubscribe link stops: one program's weekly report for one stakeholder, or the
 * leadership digest for one stakeholder or user. Its {@link #payload()} is what the link
 * signs.
 *
 * @param kind which mail
 * @param programId the program ({@link Kind#REPORT} only)
 * @param subjectId the stakeholder ({@link Kind#REPORT}, {@link Kind#DIGEST_STAKEHOLDER})
 * or the user ({@link Kind#DIGEST_USER})
 */
public record Unsubscription(Kind kind, Long programId, long subjectId) {

	public static Unsubscription report(long programId, long stakeholderId) {
		return new Unsubscription(Kind.REPORT, programId, stakeholderId);
	}

	public static Unsubscription digestOfStakeholder(long stakeholderId) {
		return new Unsubscription(Kind.DIGEST_STAKEHOLDER, null, stakeholderId);
	}

	public static Unsubscription digestOfUser(long userId) {
		return new Unsubscription(Kind.DIGEST_USER, null, userId);
	}

	/**
	 * {@code r-<program>-<stakeholder>}, {@code ds-<stakeholder>} or {@code du-<user>}.
	 */
	String payload() {
		return switch (this.kind) {
			case REPORT -> "r-" + this.programId + "-" + this.subjectId;
			case DIGEST_STAKEHOLDER -> "ds-" + this.subjectId;
			case DIGEST_USER -> "du-" + this.subjectId;
		};
	}

	static Optional<Unsubscription> parse(String payload) {
		String[] parts = payload.split("-", -1);
		try {
			if (parts.length == 3 && parts[0].equals("r")) {
				return Optional.of(report(Long.parseLong(parts[1]), Long.parseLong(parts[2])));
			}
			if (parts.length == 2 && parts[0].equals("ds")) {
				return Optional.of(digestOfStakeholder(Long.parseLong(parts[1])));
			}
			if (parts.length == 2 && parts[0].equals("du")) {
				return Optional.of(digestOfUser(Long.parseLong(parts[1])));
			}
		}
		catch (NumberFormatException ex) {
			// not ours
		}
		return Optional.empty();
	}

	public enum Kind {

		REPORT, DIGEST_STAKEHOLDER, DIGEST_USER

	}

}
