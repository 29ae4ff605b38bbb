package dev.milepost.raid;

import java.util.List;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.security.User;
import dev.milepost.stakeholder.Stakeholder;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Turns the ids of a form into records, reporting unknown ones as field errors. Uses
 * {@link EntityManager#find} rather than the other modules' lookups: their not-found
 * exceptions would mark the caller's transaction rollback-only, and an unknown id here is
 * a field error, not a failure.
 */
@Component
class Resolver {

	private final EntityManager entityManager;

	Resolver(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	<T> T find(Class<T> type, Long id) {
		return (id != null) ? this.entityManager.find(type, id) : null;
	}

	/** The program and (optional) project of an entry, checked to belong together. */
	Scope scope(Long programId, Long projectId, List<RaidRuleViolation> violations) {
		Program program = find(Program.class, programId);
		if (programId != null && program == null) {
			violations.add(new RaidRuleViolation("programId", "raid.program.unknown", "There is no such program."));
		}
		Project project = find(Project.class, projectId);
		if (projectId != null && project == null) {
			violations.add(new RaidRuleViolation("projectId", "raid.project.unknown", "There is no such project."));
		}
		else if (project != null && program != null && !project.getProgram().getId().equals(program.getId())) {
			violations.add(new RaidRuleViolation("projectId", "raid.project.otherProgram",
					"This project belongs to another program."));
		}
		return new Scope(program, project);
	}

	User user(String field, Long id, List<RaidRuleViolation> violations) {
		User user = find(User.class, id);
		if (id != null && (user == null || !user.isEnabled())) {
			violations.add(new RaidRuleViolation(field, "raid.user.unknown", "Choose a user from the list."));
			return null;
		}
		return user;
	}

	Stakeholder stakeholder(String field, Long id, List<RaidRuleViolation> violations) {
		Stakeholder stakeholder = find(Stakeholder.class, id);
		if (id != null && stakeholder == null) {
			violations
				.add(new RaidRuleViolation(field, "raid.stakeholder.unknown", "Choose a stakeholder from the list."));
		}
		return stakeholder;
	}

	record Scope(Program program, Project project) {

		boolean inProgram(Program other) {
			return this.program != null && other != null && this.program.getId().equals(other.getId());
		}

	}

}
