package dev.milepost.portfolio;

/**
 * Another program already uses this key.
 */
public class ProgramKeyTakenException extends RuntimeException {

	private final String key;

	private final String usedBy;

	public ProgramKeyTakenException(String key, String usedBy) {
		super("Program key " + key + " is already used");
		this.key = key;
		this.usedBy = usedBy;
	}

	public String getKey() {
		return this.key;
	}

	/** The name of the program that has the key, or {@code null} when not known. */
	public String getUsedBy() {
		return this.usedBy;
	}

}
