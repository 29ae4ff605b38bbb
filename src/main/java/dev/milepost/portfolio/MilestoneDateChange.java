package dev.milepost.portfolio;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One recorded move of a milestone's forecast or baseline date; never changed once
 * written.
 */
@Entity
@Immutable
@Table(name = "milestone_date_changes")
public class MilestoneDateChange {

	/** Which of a milestone's dates moved. */
	public enum Kind {

		FORECAST, BASELINE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "milestone_id", nullable = false)
	private Milestone milestone;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private Kind kind;

	private LocalDate oldDate;

	@Column(nullable = false)
	private LocalDate newDate;

	@Column(length = 500)
	private String reason;

	@Column(nullable = false)
	private Instant changedAt;

	@Column(nullable = false, length = 120)
	private String changedBy;

	protected MilestoneDateChange() {
	}

	MilestoneDateChange(Milestone milestone, Kind kind, LocalDate oldDate, LocalDate newDate, String reason,
			Instant changedAt, String changedBy) {
		this.milestone = milestone;
		this.kind = kind;
		this.oldDate = oldDate;
		this.newDate = newDate;
		this.reason = reason;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	public Long getId() {
		return this.id;
	}

	public Kind getKind() {
		return this.kind;
	}

	public LocalDate getOldDate() {
		return this.oldDate;
	}

	public LocalDate getNewDate() {
		return this.newDate;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	/** Days the date moved: positive is later. Zero for the first forecast. */
	public long getShiftDays() {
		return (this.oldDate == null) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(this.oldDate, this.newDate);
	}

}
