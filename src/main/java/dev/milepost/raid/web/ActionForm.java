package dev.milepost.raid.web;

import java.time.LocalDate;

import dev.milepost.raid.Action;
import dev.milepost.raid.ActionDetails;
import dev.milepost.raid.ActionLink;
import dev.milepost.raid.ActionStatus;
import dev.milepost.raid.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The action form, for create and edit: owner a user or a stakeholder, and an optional
 * link given as kind and number.
 */
class ActionForm extends RaidForm {

	@Size(max = 4000)
	private String description;

	private Long ownerUserId;

	private Long ownerStakeholderId;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate dueDate;

	@NotNull
	private ActionStatus status;

	private ActionLink.Kind linkKind;

	private Long linkId;

	static ActionForm blank() {
		ActionForm form = new ActionForm();
		form.setStatus(ActionStatus.OPEN);
		form.setPriority(Priority.MEDIUM);
		return form;
	}

	static ActionForm from(Action action) {
		ActionForm form = new ActionForm();
		form.setVersion(action.getVersion());
		form.setProgramId(action.getProgram().getId());
		form.setProjectId((action.getProject() != null) ? action.getProject().getId() : null);
		form.setTitle(action.getTitle());
		form.setDescription(action.getDescription());
		form.setPriority(action.getPriority());
		form.setOwnerUserId((action.getOwnerUser() != null) ? action.getOwnerUser().getId() : null);
		form.setOwnerStakeholderId(
				(action.getOwnerStakeholder() != null) ? action.getOwnerStakeholder().getId() : null);
		form.setDueDate(action.getDueDate());
		form.setStatus(action.getStatus());
		ActionLink link = action.getLink();
		if (link != null) {
			form.setLinkKind(link.kind());
			form.setLinkId(link.id());
		}
		return form;
	}

	ActionDetails toDetails() {
		ActionLink link = (this.linkKind != null && this.linkId != null) ? new ActionLink(this.linkKind, this.linkId)
				: null;
		return new ActionDetails(getProgramId(), getProjectId(), getTitle(), this.description, getPriority(),
				this.ownerUserId, this.ownerStakeholderId, this.dueDate, this.status, link);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getOwnerUserId() {
		return this.ownerUserId;
	}

	public void setOwnerUserId(Long ownerUserId) {
		this.ownerUserId = ownerUserId;
	}

	public Long getOwnerStakeholderId() {
		return this.ownerStakeholderId;
	}

	public void setOwnerStakeholderId(Long ownerStakeholderId) {
		this.ownerStakeholderId = ownerStakeholderId;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActionStatus status) {
		this.status = status;
	}

	public ActionLink.Kind getLinkKind() {
		return this.linkKind;
	}

	public void setLinkKind(ActionLink.Kind linkKind) {
		this.linkKind = linkKind;
	}

	public Long getLinkId() {
		return this.linkId;
	}

	public void setLinkId(Long linkId) {
		this.linkId = linkId;
	}

}
