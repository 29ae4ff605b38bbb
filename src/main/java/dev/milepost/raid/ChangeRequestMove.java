package dev.milepost.raid;

import java.time.LocalDate;

import dev.milepost.portfolio.Milestone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One milestone whose baseline a change request moves, with the baseline it had when the
 * move was entered: approval is refused (stale) when the milestone's baseline is no
 * longer that date.
 */
@Entity
@Table(name = "change_request_moves")
@Audited
public class ChangeRequestMove {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "change_request_id", nullable = false)
	private ChangeRequest changeRequest;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "milestone_id", nullable = false)
	private Milestone milestone;

	@Column(nullable = false)
	private LocalDate baselineAtRequest;

	@Column(nullable = false)
	private LocalDate newBaseline;

	protected ChangeRequestMove() {
	}

	ChangeRequestMove(ChangeRequest changeRequest, Milestone milestone, LocalDate newBaseline) {
		this.changeRequest = changeRequest;
		this.milestone = milestone;
		this.baselineAtRequest = milestone.getBaselineDate();
		this.newBaseline = newBaseline;
	}

	/** A new target; the baseline it is moved from is the milestone's current one. */
	void moveTo(LocalDate newBaseline) {
		this.newBaseline = newBaseline;
		this.baselineAtRequest = this.milestone.getBaselineDate();
	}

	public Long getId() {
		return this.id;
	}

	public ChangeRequest getChangeRequest() {
		return this.changeRequest;
	}

	public Milestone getMilestone() {
		return this.milestone;
	}

	public LocalDate getBaselineAtRequest() {
		return this.baselineAtRequest;
	}

	public LocalDate getNewBaseline() {
		return this.newBaseline;
	}

}
