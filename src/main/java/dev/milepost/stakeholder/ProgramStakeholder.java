package dev.milepost.stakeholder;

import dev.milepost.portfolio.Program;
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
 * A stakeholder's RACI role in a program, and whether they receive its weekly status
 * report. At most one per program and stakeholder.
 */
@Entity
@Table(name = "program_stakeholders")
@Audited
public class ProgramStakeholder extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_id", nullable = false)
	private Program program;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "stakeholder_id", nullable = false)
	private Stakeholder stakeholder;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "raci_role", nullable = false, length = 12)
	private RaciRole role;

	@Column(name = "receives_weekly_report", nullable = false)
	private boolean receivesWeeklyReport;

	protected ProgramStakeholder() {
	}

	public ProgramStakeholder(Program program, Stakeholder stakeholder, RaciRole role, boolean receivesWeeklyReport) {
		this.program = program;
		this.stakeholder = stakeholder;
		this.role = role;
		this.receivesWeeklyReport = receivesWeeklyReport;
	}

	public Program getProgram() {
		return this.program;
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

	public boolean isReceivesWeeklyReport() {
		return this.receivesWeeklyReport;
	}

	public void setReceivesWeeklyReport(boolean receivesWeeklyReport) {
		this.receivesWeeklyReport = receivesWeeklyReport;
	}

}
