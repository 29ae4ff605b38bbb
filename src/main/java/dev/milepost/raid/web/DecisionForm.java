package dev.milepost.raid.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.milepost.raid.Decision;
import dev.milepost.raid.DecisionDetails;
import dev.milepost.raid.DecisionStatus;
import dev.milepost.raid.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The decision form, for create and edit.
 */
class DecisionForm extends RaidForm {

	@Size(max = 4000)
	private String context;

	@Size(max = 4000)
	private String optionsConsidered;

	@NotNull
	private DecisionStatus status;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate neededBy;

	private Long deciderId;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate decidedOn;

	@Size(max = 4000)
	private String decision;

	@Size(max = 4000)
	private String rationale;

	private Long supersedesId;

	private Set<Long> riskIds = new LinkedHashSet<>();

	private Set<Long> issueIds = new LinkedHashSet<>();

	private Set<Long> milestoneIds = new LinkedHashSet<>();

	static DecisionForm blank() {
		DecisionForm form = new DecisionForm();
		form.setStatus(DecisionStatus.NEEDED);
		form.setPriority(Priority.MEDIUM);
		return form;
	}

	static DecisionForm from(Decision d) {
		DecisionForm form = new DecisionForm();
		form.setVersion(d.getVersion());
		form.setProgramId(d.getProgram().getId());
		form.setProjectId((d.getProject() != null) ? d.getProject().getId() : null);
		form.setTitle(d.getTitle());
		form.setContext(d.getContext());
		form.setOptionsConsidered(d.getOptionsConsidered());
		form.setPriority(d.getPriority());
		form.setStatus(d.getStatus());
		form.setNeededBy(d.getNeededBy());
		form.setDeciderId((d.getDecider() != null) ? d.getDecider().getId() : null);
		form.setDecidedOn(d.getDecidedOn());
		form.setDecision(d.getDecision());
		form.setRationale(d.getRationale());
		form.setSupersedesId((d.getSupersedes() != null) ? d.getSupersedes().getId() : null);
		form.setRiskIds(new LinkedHashSet<>(d.getRiskIds()));
		form.setIssueIds(new LinkedHashSet<>(d.getIssueIds()));
		form.setMilestoneIds(new LinkedHashSet<>(d.getMilestoneIds()));
		return form;
	}

	DecisionDetails toDetails() {
		return new DecisionDetails(getProgramId(), getProjectId(), getTitle(), this.context, this.optionsConsidered,
				getPriority(), this.status, this.neededBy, this.deciderId, this.decidedOn, this.decision,
				this.rationale, this.supersedesId, this.riskIds, this.issueIds, this.milestoneIds);
	}

	public String getContext() {
		return this.context;
	}

	public void setContext(String context) {
		this.context = context;
	}

	public String getOptionsConsidered() {
		return this.optionsConsidered;
	}

	public void setOptionsConsidered(String optionsConsidered) {
		this.optionsConsidered = optionsConsidered;
	}

	public DecisionStatus getStatus() {
		return this.status;
	}

	public void setStatus(DecisionStatus status) {
		this.status = status;
	}

	public LocalDate getNeededBy() {
		return this.neededBy;
	}

	public void setNeededBy(LocalDate neededBy) {
		this.neededBy = neededBy;
	}

	public Long getDeciderId() {
		return this.deciderId;
	}

	public void setDeciderId(Long deciderId) {
		this.deciderId = deciderId;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getRationale() {
		return this.rationale;
	}

	public void setRationale(String rationale) {
		this.rationale = rationale;
	}

	public Long getSupersedesId() {
		return this.supersedesId;
	}

	public void setSupersedesId(Long supersedesId) {
		this.supersedesId = supersedesId;
	}

	public Set<Long> getRiskIds() {
		return this.riskIds;
	}

	public void setRiskIds(Set<Long> riskIds) {
		this.riskIds = riskIds;
	}

	public Set<Long> getIssueIds() {
		return this.issueIds;
	}

	public void setIssueIds(Set<Long> issueIds) {
		this.issueIds = issueIds;
	}

	public Set<Long> getMilestoneIds() {
		return this.milestoneIds;
	}

	public void setMilestoneIds(Set<Long> milestoneIds) {
		this.milestoneIds = milestoneIds;
	}

}
