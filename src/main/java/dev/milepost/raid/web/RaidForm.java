package dev.milepost.raid.web;

import dev.milepost.raid.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The fields every register form has, with the same rules: the version (on edit), program
 * and project, title and priority.
 */
abstract class RaidForm {

	private Long version;

	@NotNull
	private Long programId;

	private Long projectId;

	@NotBlank
	@Size(max = 160)
	private String title;

	@NotNull
	private Priority priority;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getProgramId() {
		return this.programId;
	}

	public void setProgramId(Long programId) {
		this.programId = programId;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Priority getPriority() {
		return this.priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

}
