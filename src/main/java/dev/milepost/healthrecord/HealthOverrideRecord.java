package dev.milepost.healthrecord;

import java.time.Instant;
import java.time.LocalDate;

import dev.milepost.health.Health;
import dev.milepost.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * The current override of one program's or one project's health (exactly one of the two
 * ids is set). Setting a new override changes this row; its history is kept by Envers.
 */
@Entity
@Table(name = "health_overrides")
@Audited
public class HealthOverrideRecord extends AbstractEntity {

	@Column(name = "program_id", updatable = false)
	private Long programId;

	@Column(name = "project_id", updatable = false)
	private Long projectId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 5)
	private Health health;

	@Column(nullable = false, length = 1000)
	private String rationale;

	@Column(name = "expires_on", nullable = false)
	private LocalDate expiresOn;

	@Column(name = "set_by", nullable = false, length = 120)
	private String setBy;

	@Column(name = "set_at", nullable = false)
	private Instant setAt;

	protected HealthOverrideRecord() {
	}

	HealthOverrideRecord(Subject subject) {
		if (subject.kind() == Subject.Kind.PROGRAM) {
			this.programId = subject.id();
		}
		else {
			this.projectId = subject.id();
		}
	}

	void set(Health health, String rationale, LocalDate expiresOn, String setBy, Instant setAt) {
		this.health = health;
		this.rationale = rationale;
		this.expiresOn = expiresOn;
		this.setBy = setBy;
		this.setAt = setAt;
	}

	public Long getProgramId() {
		return this.programId;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public Health getHealth() {
		return this.health;
	}

	public String getRationale() {
		return this.rationale;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public String getSetBy() {
		return this.setBy;
	}

	public Instant getSetAt() {
		return this.setAt;
	}

	/** Applies on {@code today}: up to and including the expiry date. */
	public boolean isActiveOn(LocalDate today) {
		return !today.isAfter(this.expiresOn);
	}

}
