package dev.milepost.raid;

import java.time.LocalDate;

import dev.milepost.risk.Risk;
import dev.milepost.security.User;
import dev.milepost.stakeholder.Stakeholder;
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
 * Something happening now that hurts delivery. It may be escalated: what is asked, of
 * which stakeholder, by when (all three or none). An issue raised from an occurred risk
 * points at it.
 */
@Entity
@Table(name = "issues")
@Audited
public class Issue extends RegisterEntry {

	@Column(length = 4000)
	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id", nullable = false)
	private User owner;

	@Column(nullable = false)
	private LocalDate raisedOn;

	private LocalDate targetDate;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private IssueStatus status = IssueStatus.OPEN;

	@Column(length = 4000)
	private String resolution;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "risk_id")
	private Risk risk;

	@Column(length = 1000)
	private String escalationAsk;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "escalated_to_id")
	private Stakeholder escalatedTo;

	private LocalDate escalationNeededBy;

	protected Issue() {
	}

	public String getDescription() {
		return this.description;
	}

	void setDescription(String description) {
		this.description = description;
	}

	public User getOwner() {
		return this.owner;
	}

	void setOwner(User owner) {
		this.owner = owner;
	}

	public LocalDate getRaisedOn() {
		return this.raisedOn;
	}

	void setRaisedOn(LocalDate raisedOn) {
		this.raisedOn = raisedOn;
	}

	public LocalDate getTargetDate() {
		return this.targetDate;
	}

	void setTargetDate(LocalDate targetDate) {
		this.targetDate = targetDate;
	}

	public IssueStatus getStatus() {
		return this.status;
	}

	void setStatus(IssueStatus status) {
		this.status = status;
	}

	public String getResolution() {
		return this.resolution;
	}

	void setResolution(String resolution) {
		this.resolution = resolution;
	}

	/**
	 * @return the occurred risk this issue was raised from, or {@code null}
	 */
	public Risk getRisk() {
		return this.risk;
	}

	void setRisk(Risk risk) {
		this.risk = risk;
	}

	public String getEscalationAsk() {
		return this.escalationAsk;
	}

	public Stakeholder getEscalatedTo() {
		return this.escalatedTo;
	}

	public LocalDate getEscalationNeededBy() {
		return this.escalationNeededBy;
	}

	/** Whether the issue carries an escalation (what, of whom, by when). */
	public boolean isEscalated() {
		return this.escalationAsk != null;
	}

	/** Sets or (all {@code null}) clears the escalation. */
	void escalate(String ask, Stakeholder to, LocalDate neededBy) {
		this.escalationAsk = ask;
		this.escalatedTo = to;
		this.escalationNeededBy = neededBy;
	}

	/** Live and past its target date. */
	public boolean isOverdue(LocalDate today) {
		return this.status.isLive() && this.targetDate != null && this.targetDate.isBefore(today);
	}

	/** A live escalation past its needed-by date. */
	public boolean isEscalationOverdue(LocalDate today) {
		return this.status.isLive() && isEscalated() && this.escalationNeededBy.isBefore(today);
	}

}
