package dev.milepost.portfolio;

/**
 * A program that still has projects, risks, stakeholder links or register entries
 * (issues, decisions, actions, change requests) cannot be deleted; archive it.
 */
public class ProgramInUseException extends RuntimeException {

	private final String key;

	private final long projects;

	private final long risks;

	private final long stakeholderLinks;

	private final long registerEntries;

	public ProgramInUseException(String key, long projects, long risks, long stakeholderLinks, long registerEntries) {
		super("Program " + key + " has projects, risks or stakeholder links");
		this.key = key;
		this.projects = projects;
		this.risks = risks;
		this.stakeholderLinks = stakeholderLinks;
		this.registerEntries = registerEntries;
	}

	public String getKey() {
		return this.key;
	}

	public long getProjects() {
		return this.projects;
	}

	public long getRisks() {
		return this.risks;
	}

	public long getStakeholderLinks() {
		return this.stakeholderLinks;
	}

	/** Issues, decisions, actions and change requests (including budget changes). */
	public long getRegisterEntries() {
		return this.registerEntries;
	}

}
