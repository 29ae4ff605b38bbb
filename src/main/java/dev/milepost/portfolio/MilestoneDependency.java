package dev.milepost.portfolio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

/**
 * {@code milestone} cannot finish before {@code predecessor}; the two may sit in any
 * projects of any programs. Cycles are refused by {@link MilestoneService}.
 */
@Entity
@Table(name = "milestone_dependencies")
public class MilestoneDependency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "milestone_id", nullable = false)
	private Milestone milestone;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "predecessor_id", nullable = false)
	private Milestone predecessor;

	@CreationTimestamp
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected MilestoneDependency() {
	}

	MilestoneDependency(Milestone milestone, Milestone predecessor) {
		this.milestone = milestone;
		this.predecessor = predecessor;
	}

	public Long getId() {
		return this.id;
	}

	public Milestone getMilestone() {
		return this.milestone;
	}

	public Milestone getPredecessor() {
		return this.predecessor;
	}

}
