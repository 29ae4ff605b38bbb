package dev.milepost.risk.web;

import java.time.LocalDate;

import dev.milepost.risk.Risk;
import dev.milepost.risk.RiskCategory;
import dev.milepost.risk.RiskDetails;
import dev.milepost.risk.RiskResponse;
import dev.milepost.risk.RiskStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The risk form, for create and edit. Rules that need the database or the clock (project
 * of the chosen program, raised date not in the future) are checked by the service.
 */
class RiskForm {

	/** The version the user started editing; {@code null} on create. */
	private Long version;

	@NotNull
	private Long programId;

	private Long projectId;

	@NotBlank
	@Size(max = 160)
	private String title;

	@Size(max = 4000)
	private String description;

	@NotNull
	private RiskCategory category;

	@NotNull
	@Min(Risk.MIN_RATING)
	@Max(Risk.MAX_RATING)
	private Integer probability;

	@NotNull
	@Min(Risk.MIN_RATING)
	@Max(Risk.MAX_RATING)
	private Integer impact;

	@NotBlank
	@Size(max = 120)
	private String owner;

	@NotNull
	private RiskResponse response;

	@Size(max = 4000)
	private String mitigation;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate nextReviewDate;

	@NotNull
	private RiskStatus status;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate raisedDate;

	/** A new risk raised today, open, to be reduced. */
	static RiskForm blank(LocalDate today) {
		RiskForm form = new RiskForm();
		form.setRaisedDate(today);
		form.setStatus(RiskStatus.OPEN);
		form.setResponse(RiskResponse.REDUCE);
		return form;
	}

	static RiskForm from(Risk risk) {
		RiskForm form = new RiskForm();
		form.setVersion(risk.getVersion());
		form.setProgramId(risk.getProgram().getId());
		form.setProjectId((risk.getProject() != null) ? risk.getProject().getId() : null);
		form.setTitle(risk.getTitle());
		form.setDescription(risk.getDescription());
		form.setCategory(risk.getCategory());
		form.setProbability(risk.getProbability());
		form.setImpact(risk.getImpact());
		form.setOwner(risk.getOwner());
		form.setResponse(risk.getResponse());
		form.setMitigation(risk.getMitigation());
		form.setNextReviewDate(risk.getNextReviewDate());
		form.setStatus(risk.getStatus());
		form.setRaisedDate(risk.getRaisedDate());
		return form;
	}

	RiskDetails toDetails() {
		return new RiskDetails(this.programId, this.projectId, this.title, this.description, this.category,
				this.probability, this.impact, this.owner, this.response, this.mitigation, this.nextReviewDate,
				this.status, this.raisedDate);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public RiskCategory getCategory() {
		return this.category;
	}

	public void setCategory(RiskCategory category) {
		this.category = category;
	}

	public Integer getProbability() {
		return this.probability;
	}

	public void setProbability(Integer probability) {
		this.probability = probability;
	}

	public Integer getImpact() {
		return this.impact;
	}

	public void setImpact(Integer impact) {
		this.impact = impact;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public RiskResponse getResponse() {
		return this.response;
	}

	public void setResponse(RiskResponse response) {
		this.response = response;
	}

	public String getMitigation() {
		return this.mitigation;
	}

	public void setMitigation(String mitigation) {
		this.mitigation = mitigation;
	}

	public LocalDate getNextReviewDate() {
		return this.nextReviewDate;
	}

	public void setNextReviewDate(LocalDate nextReviewDate) {
		this.nextReviewDate = nextReviewDate;
	}

	public RiskStatus getStatus() {
		return this.status;
	}

	public void setStatus(RiskStatus status) {
		this.status = status;
	}

	public LocalDate getRaisedDate() {
		return this.raisedDate;
	}

	public void setRaisedDate(LocalDate raisedDate) {
		this.raisedDate = raisedDate;
	}

}
