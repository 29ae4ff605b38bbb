package dev.milepost.raid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.milepost.security.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A proposed change of scope, schedule or budget: the milestones whose baseline moves
 * (and to which dates) and budget deltas on projects. Approval applies it (see
 * {@link ChangeRequestService#approve}); until then nothing of the portfolio changes.
 */
@Entity
@Table(name = "change_requests")
@Audited
public class ChangeRequest extends RegisterEntry {

	@Column(nullable = false, length = 4000)
	private String reason;

	@Column(nullable = false, length = 120)
	private String requestedBy;

	private LocalDate neededBy;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private ChangeStatus status = ChangeStatus.DRAFT;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "decided_by_id")
	private User decidedBy;

	private LocalDate decidedOn;

	@OneToMany(mappedBy = "changeRequest", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ChangeRequestMove> moves = new ArrayList<>();

	@OneToMany(mappedBy = "changeRequest", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ChangeRequestBudget> budgets = new ArrayList<>();

	protected ChangeRequest() {
	}

	public String getReason() {
		return this.reason;
	}

	void setReason(String reason) {
		this.reason = reason;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	void setRequestedBy(String requestedBy) {
		this.requestedBy = requestedBy;
	}

	public LocalDate getNeededBy() {
		return this.neededBy;
	}

	void setNeededBy(LocalDate neededBy) {
		this.neededBy = neededBy;
	}

	public ChangeStatus getStatus() {
		return this.status;
	}

	void setStatus(ChangeStatus status) {
		this.status = status;
	}

	/**
	 * @return who approved or rejected it, or {@code null} while pending or withdrawn
	 */
	public User getDecidedBy() {
		return this.decidedBy;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	void decide(ChangeStatus status, User by, LocalDate on) {
		this.status = status;
		this.decidedBy = by;
		this.decidedOn = on;
	}

	public List<ChangeRequestMove> getMoves() {
		return this.moves;
	}

	public List<ChangeRequestBudget> getBudgets() {
		return this.budgets;
	}

	/** Pending and past its needed-by date. */
	public boolean isOverdue(LocalDate today) {
		return this.status.isPending() && this.neededBy != null && this.neededBy.isBefore(today);
	}

	/** The request's reference in history and reasons: "CR-12". */
	public String getReference() {
		return "CR-" + getId();
	}

}
