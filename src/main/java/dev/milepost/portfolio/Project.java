package dev.milepost.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.milepost.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A project within a program; its key is unique within the program.
 */
@Entity
@Table(name = "projects")
@Audited
public class Project extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_id", nullable = false)
	private Program program;

	@Column(name = "project_key", nullable = false, length = 10)
	private String key;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(length = 4000)
	private String description;

	@Column(length = 120)
	private String lead;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private ProjectPhase phase = ProjectPhase.INITIATING;

	private LocalDate startDate;

	private LocalDate endDate;

	@Column(precision = 15, scale = 2)
	private BigDecimal budgetPlanned;

	@Column(precision = 15, scale = 2)
	private BigDecimal budgetSpent;

	@Column(nullable = false)
	private boolean archived;

	protected Project() {
	}

	public Project(Program program, String key, String name) {
		this.program = program;
		this.key = key;
		this.name = name;
	}

	public Program getProgram() {
		return this.program;
	}

	public void setProgram(Program program) {
		this.program = program;
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

	public boolean isArchived() {
		return this.archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

}
