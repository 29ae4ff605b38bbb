package dev.milepost.portfolio;

import dev.milepost.shared.Like;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the project list; {@code null} means "any".
 *
 * @param q text found in the project's key or name, or its program's key
 * @param lead text found in the lead's name
 * @param includeArchived also list archived projects and projects of archived programs
 */
public record ProjectCriteria(String q, Long programId, ProjectPhase phase, String lead, boolean includeArchived) {

	Specification<Project> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			Join<Project, Program> program = root.join("program", JoinType.INNER);
			if (!this.includeArchived) {
				predicates.add(cb.isFalse(root.get("archived")));
				predicates.add(cb.isFalse(program.get("archived")));
			}
			if (this.programId != null) {
				predicates.add(cb.equal(program.get("id"), this.programId));
			}
			if (this.phase != null) {
				predicates.add(cb.equal(root.get("phase"), this.phase));
			}
			if (this.lead != null && !this.lead.isBlank()) {
				predicates.add(cb.like(cb.lower(root.get("lead")), Like.containing(this.lead), '\\'));
			}
			if (this.q != null && !this.q.isBlank()) {
				String pattern = Like.containing(this.q);
				predicates.add(cb.or(cb.like(cb.lower(root.get("key")), pattern, '\\'),
						cb.like(cb.lower(root.get("name")), pattern, '\\'),
						cb.like(cb.lower(program.get("key")), pattern, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
