package dev.milepost.portfolio.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectDetails;
import dev.milepost.portfolio.ProjectPhase;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The project form, for create and edit.
 */
public class ProjectForm {

	@NotNull
	private Long programId;

	@NotBlank
	@Pattern(regexp = ProgramForm.KEY_PATTERN)
	private String key;

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 4000)
	private String description;

	@Size(max = 120)
	private String lead;

	@NotNull
	private ProjectPhase phase = ProjectPhase.INITIATING;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@DecimalMin("0.00")
	@Digits(integer = 13, fraction = 2)
	private BigDecimal budgetPlanned;

	@DecimalMin("0.00")
	@Digits(integer = 13, fraction = 2)
	private BigDecimal budgetSpent;

	private Long version;

	static ProjectForm from(Project project) {
		ProjectForm form = new ProjectForm();
		form.programId = project.getProgram().getId();
		form.key = project.getKey();
		form.name = project.getName();
		form.description = project.getDescription();
		form.lead = project.getLead();
		form.phase = project.getPhase();
		form.startDate = project.getStartDate();
		form.endDate = project.getEndDate();
		form.budgetPlanned = project.getBudgetPlanned();
		form.budgetSpent = project.getBudgetSpent();
		form.version = project.getVersion();
		return form;
	}

	ProjectDetails toDetails() {
		return new ProjectDetails(this.programId, this.key, this.name, this.description, this.lead, this.phase,
				this.startDate, this.endDate, this.budgetPlanned, this.budgetSpent);
	}

	public Long getProgramId() {
		return this.programId;
	}

	public void setProgramId(Long programId) {
		this.programId = programId;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
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

	public String getLead() {
		return this.lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public ProjectPhase getPhase() {
		return this.phase;
	}

	public void setPhase(ProjectPhase phase) {
		this.phase = phase;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public BigDecimal getBudgetPlanned() {
		return this.budgetPlanned;
	}

	public void setBudgetPlanned(BigDecimal budgetPlanned) {
		this.budgetPlanned = budgetPlanned;
	}

	public BigDecimal getBudgetSpent() {
		return this.budgetSpent;
	}

	public void setBudgetSpent(BigDecimal budgetSpent) {
		this.budgetSpent = budgetSpent;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
