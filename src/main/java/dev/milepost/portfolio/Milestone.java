package dev.milepost.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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
 * A milestone of a project. The baseline date is the commitment: it is set when the
 * milestone is created and changes only through an explicit re-baseline with a reason.
 * Every change of the baseline or forecast is recorded as a {@link MilestoneDateChange}
 * by {@link MilestoneService}.
 */
@Entity
@Table(name = "milestones")
@Audited
public class Milestone extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id", nullable = false)
	private Project project;

	@Column(nullable = false, length = 160)
	private String name;

	@Column(length = 4000)
	private String description;

	@Column(length = 120)
	private String owner;

	@Column(nullable = false)
	private LocalDate baselineDate;

	@Column(nullable = false)
	private LocalDate forecastDate;

	private LocalDate actualDate;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private MilestoneStatus status = MilestoneStatus.NOT_STARTED;

	@Column(nullable = false)
	private boolean archived;

	protected Milestone() {
	}

	Milestone(Project project, String name, LocalDate baselineDate) {
		this.project = project;
		this.name = name;
		this.baselineDate = baselineDate;
		this.forecastDate = baselineDate;
	}

	/**
	 * Days late (positive) or early (negative) against the baseline: the actual date when
	 * done, otherwise the forecast.
	 */
	public long getSlipDays() {
		LocalDate reference = (this.actualDate != null) ? this.actualDate : this.forecastDate;
		return ChronoUnit.DAYS.between(this.baselineDate, reference);
	}

	/** Not finished although its forecast date has passed. */
	public boolean isOverdue(LocalDate today) {
		return !this.status.isClosed() && this.actualDate == null && this.forecastDate.isBefore(today);
	}

	public Project getProject() {
		return this.project;
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

	void setBaselineDate(LocalDate baselineDate) {
		this.baselineDate = baselineDate;
	}

	public LocalDate getForecastDate() {
		return this.forecastDate;
	}

	void setForecastDate(LocalDate forecastDate) {
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

	public boolean isArchived() {
		return this.archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

}
