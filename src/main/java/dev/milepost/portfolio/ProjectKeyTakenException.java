package dev.milepost.portfolio;

/**
 * Another project of the same program already uses this key.
 */
public class ProjectKeyTakenException extends RuntimeException {

	private final String key;

	private final String usedBy;

	public ProjectKeyTakenException(String key, String usedBy) {
		super("Project key " + key + " is already used in this program");
		this.key = key;
		this.usedBy = usedBy;
	}

	public String getKey() {
		return this.key;
	}

	/** The name of the project that has the key, or {@code null} when not known. */
	public String getUsedBy() {
		return this.usedBy;
	}

}
