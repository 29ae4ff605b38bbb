package dev.milepost.report;

/** The sections a TPM writes, plain text (rendered escaped, line breaks kept). */
public record Written(String summary, String highlights, String lowlights, String asks, String decisions,
		String nextSteps) {

	public static final Written EMPTY = new Written(null, null, null, null, null, null);

}
