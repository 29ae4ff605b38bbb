package dev.milepost.raid.web;

import java.time.LocalDate;

import dev.milepost.raid.Issue;
import dev.milepost.raid.IssueDetails;
import dev.milepost.raid.IssueStatus;
import dev.milepost.raid.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The issue form, for create (also from an occurred risk) and edit.
 */
class IssueForm extends RaidForm {

	@Size(max = 4000)
	private String description;

	@NotNull
	private Long ownerId;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate raisedOn;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate targetDate;

	@NotNull
	private IssueStatus status;

	@Size(max = 4000)
	private String resolution;

	@Size(max = 1000)
	private String escalationAsk;

	private Long escalatedToId;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate escalationNeededBy;

	/** The occurred risk raised as this issue; on create only. */
	private Long riskId;

	static IssueForm blank(LocalDate today) {
		IssueForm form = new IssueForm();
		form.setRaisedOn(today);
		form.setStatus(IssueStatus.OPEN);
		form.setPriority(Priority.MEDIUM);
		return form;
	}

	static IssueForm from(Issue issue) {
		IssueForm form = new IssueForm();
		form.setVersion(issue.getVersion());
		form.setProgramId(issue.getProgram().getId());
		form.setProjectId((issue.getProject() != null) ? issue.getProject().getId() : null);
		form.setTitle(issue.getTitle());
		form.setDescription(issue.getDescription());
		form.setPriority(issue.getPriority());
		form.setOwnerId(issue.getOwner().getId());
		form.setRaisedOn(issue.getRaisedOn());
		form.setTargetDate(issue.getTargetDate());
		form.setStatus(issue.getStatus());
		form.setResolution(issue.getResolution());
		form.setEscalationAsk(issue.getEscalationAsk());
		form.setEscalatedToId((issue.getEscalatedTo() != null) ? issue.getEscalatedTo().getId() : null);
		form.setEscalationNeededBy(issue.getEscalationNeededBy());
		return form;
	}

	IssueDetails toDetails() {
		return new IssueDetails(getProgramId(), getProjectId(), getTitle(), this.description, getPriority(),
				this.ownerId, this.raisedOn, this.targetDate, this.status, this.resolution, this.escalationAsk,
				this.escalatedToId, this.escalationNeededBy, this.riskId);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public LocalDate getRaisedOn() {
		return this.raisedOn;
	}

	public void setRaisedOn(LocalDate raisedOn) {
		this.raisedOn = raisedOn;
	}

	public LocalDate getTargetDate() {
		return this.targetDate;
	}

	public void setTargetDate(LocalDate targetDate) {
		this.targetDate = targetDate;
	}

	public IssueStatus getStatus() {
		return this.status;
	}

	public void setStatus(IssueStatus status) {
		this.status = status;
	}

	public String getResolution() {
		return this.resolution;
	}

	public void setResolution(String resolution) {
		this.resolution = resolution;
	}

	public String getEscalationAsk() {
		return this.escalationAsk;
	}

	public void setEscalationAsk(String escalationAsk) {
		this.escalationAsk = escalationAsk;
	}

	public Long getEscalatedToId() {
		return this.escalatedToId;
	}

	public void setEscalatedToId(Long escalatedToId) {
		this.escalatedToId = escalatedToId;
	}

	public LocalDate getEscalationNeededBy() {
		return this.escalationNeededBy;
	}

	public void setEscalationNeededBy(LocalDate escalationNeededBy) {
		this.escalationNeededBy = escalationNeededBy;
	}

	public Long getRiskId() {
		return this.riskId;
	}

	public void setRiskId(Long riskId) {
		this.riskId = riskId;
	}

}
