package dev.milepost.raid;

import java.math.BigDecimal;

import dev.milepost.portfolio.Project;
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
 * A change of one project's planned budget that a change request asks for (positive or
 * negative).
 */
@Entity
@Table(name = "change_request_budgets")
@Audited
public class ChangeRequestBudget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "change_request_id", nullable = false)
	private ChangeRequest changeRequest;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id", nullable = false)
	private Project project;

	@Column(nullable = false, precision = 15, scale = 2)
	private BigDecimal delta;

	protected ChangeRequestBudget() {
	}

	ChangeRequestBudget(ChangeRequest changeRequest, Project project, BigDecimal delta) {
		this.changeRequest = changeRequest;
		this.project = project;
		this.delta = delta;
	}

	void setDelta(BigDecimal delta) {
		this.delta = delta;
	}

	public Long getId() {
		return this.id;
	}

	public ChangeRequest getChangeRequest() {
		return this.changeRequest;
	}

	public Project getProject() {
		return this.project;
	}

	public BigDecimal getDelta() {
		return this.delta;
	}

}
