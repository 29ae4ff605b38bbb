package dev.milepost.raid;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * What every entry of the register has: its program (optionally narrowed to one of its
 * projects), a title, a priority and whether it is archived.
 */
@MappedSuperclass
@Audited
public abstract class RegisterEntry extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_id", nullable = false)
	private Program program;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(nullable = false, length = 160)
	private String title;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private Priority priority = Priority.MEDIUM;

	@Column(nullable = false)
	private boolean archived;

	public Program getProgram() {
		return this.program;
	}

	void setProgram(Program program) {
		this.program = program;
	}

	/**
	 * @return {@code null} when the entry concerns the program as a whole
	 */
	public Project getProject() {
		return this.project;
	}

	void setProject(Project project) {
		this.project = project;
	}

	public String getTitle() {
		return this.title;
	}

	void setTitle(String title) {
		this.title = title;
	}

	public Priority getPriority() {
		return this.priority;
	}

	void setPriority(Priority priority) {
		this.priority = priority;
	}

	public boolean isArchived() {
		return this.archived;
	}

	void setArchived(boolean archived) {
		this.archived = archived;
	}

}
