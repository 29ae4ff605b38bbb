package dev.milepost.raid;

import java.time.LocalDate;

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
 * A small tracked commitment, owned by a user or by a stakeholder without an account
 * (exactly one), optionally linked to one issue, decision, risk or weekly report (by id:
 * risks and reports belong to other modules).
 */
@Entity
@Table(name = "actions")
@Audited
public class Action extends RegisterEntry {

	@Column(length = 4000)
	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_user_id")
	private User ownerUser;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_stakeholder_id")
	private Stakeholder ownerStakeholder;

	@Column(nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private ActionStatus status = ActionStatus.OPEN;

	private LocalDate completedOn;

	private Long issueId;

	private Long decisionId;

	private Long riskId;

	private Long reportId;

	protected Action() {
	}

	public String getDescription() {
		return this.description;
	}

	void setDescription(String description) {
		this.description = description;
	}

	public User getOwnerUser() {
		return this.ownerUser;
	}

	public Stakeholder getOwnerStakeholder() {
		return this.ownerStakeholder;
	}

	/** Exactly one of the two is non-null. */
	void setOwner(User user, Stakeholder stakeholder) {
		this.ownerUser = user;
		this.ownerStakeholder = stakeholder;
	}

	/** The owner's name: the user's display name or the stakeholder's name. */
	public String getOwnerName() {
		return (this.ownerUser != null) ? this.ownerUser.getDisplayName() : this.ownerStakeholder.getName();
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	void setStatus(ActionStatus status) {
		this.status = status;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	void setCompletedOn(LocalDate completedOn) {
		this.completedOn = completedOn;
	}

	public Long getIssueId() {
		return this.issueId;
	}

	public Long getDecisionId() {
		return this.decisionId;
	}

	public Long getRiskId() {
		return this.riskId;
	}

	public Long getReportId() {
		return this.reportId;
	}

	/** At most one link; all {@code null} for none. */
	void link(ActionLink link) {
		this.issueId = null;
		this.decisionId = null;
		this.riskId = null;
		this.reportId = null;
		if (link == null) {
			return;
		}
		switch (link.kind()) {
			case ISSUE -> this.issueId = link.id();
			case DECISION -> this.decisionId = link.id();
			case RISK -> this.riskId = link.id();
			case REPORT -> this.reportId = link.id();
		}
	}

	/** The one link, or {@code null}. */
	public ActionLink getLink() {
		if (this.issueId != null) {
			return new ActionLink(ActionLink.Kind.ISSUE, this.issueId);
		}
		if (this.decisionId != null) {
			return new ActionLink(ActionLink.Kind.DECISION, this.decisionId);
		}
		if (this.riskId != null) {
			return new ActionLink(ActionLink.Kind.RISK, this.riskId);
		}
		if (this.reportId != null) {
			return new ActionLink(ActionLink.Kind.REPORT, this.reportId);
		}
		return null;
	}

	/** Open and past its due date. */
	public boolean isOverdue(LocalDate today) {
		return this.status == ActionStatus.OPEN && this.dueDate.isBefore(today);
	}

}
