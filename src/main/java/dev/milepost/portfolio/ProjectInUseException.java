package dev.milepost.portfolio;

/**
 * A project that still has milestones, risks, stakeholder links or register entries
 * (issues, decisions, actions, change requests) cannot be deleted; archive it.
 */
public class ProjectInUseException extends RuntimeException {

	private final String key;

	private final long milestones;

	private final long risks;

	private final long stakeholderLinks;

	private final long registerEntries;

	public ProjectInUseException(String key, long milestones, long risks, long stakeholderLinks, long registerEntries) {
		super("Project " + key + " has milestones, risks or stakeholder links");
		this.key = key;
		this.milestones = milestones;
		this.risks = risks;
		this.stakeholderLinks = stakeholderLinks;
		this.registerEntries = registerEntries;
	}

	public String getKey() {
		return this.key;
	}

	public long getMilestones() {
		return this.milestones;
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
