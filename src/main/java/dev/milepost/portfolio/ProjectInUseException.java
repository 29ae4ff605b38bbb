package dev.milepost.portfolio;

/**
 * A project that still has milestones, risks or stakeholder links cannot be deleted;
 * archive it.
 */
public class ProjectInUseException extends RuntimeException {

	private final String key;

	private final long milestones;

	private final long risks;

	private final long stakeholderLinks;

	public ProjectInUseException(String key, long milestones, long risks, long stakeholderLinks) {
		super("Project " + key + " has milestones, risks or stakeholder links");
		this.key = key;
		this.milestones = milestones;
		this.risks = risks;
		this.stakeholderLinks = stakeholderLinks;
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

}
