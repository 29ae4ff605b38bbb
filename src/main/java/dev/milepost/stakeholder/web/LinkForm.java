package dev.milepost.stakeholder.web;

import dev.milepost.stakeholder.RaciRole;
import jakarta.validation.constraints.NotNull;

/**
 * Adds or changes a link between a stakeholder and a program or project. Which ids are
 * needed depends on the screen: the stakeholder page supplies the stakeholder and asks
 * for a program (or project); the "add stakeholder" page of a program (or project)
 * supplies that and asks for the stakeholder. The controller checks the ids its screen
 * asks for.
 */
public class LinkForm {

	private Long stakeholderId;

	private Long programId;

	private Long projectId;

	@NotNull
	private RaciRole role;

	private boolean receivesWeeklyReport;

	private Long version;

	public Long getStakeholderId() {
		return this.stakeholderId;
	}

	public void setStakeholderId(Long stakeholderId) {
		this.stakeholderId = stakeholderId;
	}

	public Long getProgramId() {
		return this.programId;
	}

	public void setProgramId(Long programId) {
		this.programId = programId;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public RaciRole getRole() {
		return this.role;
	}

	public void setRole(RaciRole role) {
		this.role = role;
	}

	public boolean isReceivesWeeklyReport() {
		return this.receivesWeeklyReport;
	}

	public void setReceivesWeeklyReport(boolean receivesWeeklyReport) {
		this.receivesWeeklyReport = receivesWeeklyReport;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
