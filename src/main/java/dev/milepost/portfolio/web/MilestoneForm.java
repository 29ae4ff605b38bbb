package dev.milepost.portfolio.web;

import java.time.LocalDate;

import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneChanges;
import dev.milepost.portfolio.MilestoneStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The create and edit form of a milestone. The project and the baseline are chosen at
 * creation only; afterwards the baseline moves through a re-baseline with a reason.
 */
public class MilestoneForm {

	private Long projectId;

	@NotBlank
	@Size(max = 160)
	private String name;

	@Size(max = 4000)
	private String description;

	@Size(max = 120)
	private String owner;

	private LocalDate baselineDate;

	private LocalDate forecastDate;

	private LocalDate actualDate;

	@NotNull
	private MilestoneStatus status = MilestoneStatus.NOT_STARTED;

	@Size(max = 500)
	private String reason;

	private long version;

	static MilestoneForm from(Milestone milestone) {
		MilestoneForm form = new MilestoneForm();
		form.projectId = milestone.getProject().getId();
		form.name = milestone.getName();
		form.description = milestone.getDescription();
		form.owner = milestone.getOwner();
		form.baselineDate = milestone.getBaselineDate();
		form.forecastDate = milestone.getForecastDate();
		form.actualDate = milestone.getActualDate();
		form.status = milestone.getStatus();
		form.version = milestone.getVersion();
		return form;
	}

	MilestoneChanges toChanges() {
		return new MilestoneChanges(this.name, this.description, this.owner, this.forecastDate, this.actualDate,
				this.status, this.reason);
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public LocalDate getBaselineDate() {
		return this.baselineDate;
	}

	public void setBaselineDate(LocalDate baselineDate) {
		this.baselineDate = baselineDate;
	}

	public LocalDate getForecastDate() {
		return this.forecastDate;
	}

	public void setForecastDate(LocalDate forecastDate) {
		this.forecastDate = forecastDate;
	}

	public LocalDate getActualDate() {
		return this.actualDate;
	}

	public void setActualDate(LocalDate actualDate) {
		this.actualDate = actualDate;
	}

	public MilestoneStatus getStatus() {
		return this.status;
	}

	public void setStatus(MilestoneStatus status) {
		this.status = status;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
