package dev.milepost.stakeholder;

import dev.milepost.portfolio.Project;
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
 * A stakeholder's RACI role in a project. At most one per project and stakeholder.
 */
@Entity
@Table(name = "project_stakeholders")
@Audited
public class ProjectStakeholder extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id", nullable = false)
	private Project project;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "stakeholder_id", nullable = false)
	private Stakeholder stakeholder;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "raci_role", nullable = false, length = 12)
	private RaciRole role;

	protected ProjectStakeholder() {
	}

	public ProjectStakeholder(Project project, Stakeholder stakeholder, RaciRole role) {
		this.project = project;
		this.stakeholder = stakeholder;
		this.role = role;
	}

	public Project getProject() {
		return this.project;
	}

	public Stakeholder getStakeholder() {
		return this.stakeholder;
	}

	public RaciRole getRole() {
		return this.role;
	}

	public void setRole(RaciRole role) {
		this.role = role;
	}

}
