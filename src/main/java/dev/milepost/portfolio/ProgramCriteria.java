package dev.milepost.portfolio;

import dev.milepost.shared.Like;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the program list; {@code null} means "any".
 *
 * @param q text found in key, name, objective or owner (case-insensitive)
 * @param owner text found in the owner's name
 * @param includeArchived also list archived programs
 */
public record ProgramCriteria(String q, ProgramStatus status, String owner, boolean includeArchived) {

	Specification<Program> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!this.includeArchived) {
				predicates.add(cb.isFalse(root.get("archived")));
			}
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			if (this.owner != null && !this.owner.isBlank()) {
				predicates
					.add(cb.like(cb.lower(root.get("owner").get("displayName")), Like.containing(this.owner), '\\'));
			}
			if (this.q != null && !this.q.isBlank()) {
				String pattern = Like.containing(this.q);
				predicates.add(cb.or(cb.like(cb.lower(root.get("key")), pattern, '\\'),
						cb.like(cb.lower(root.get("name")), pattern, '\\'),
						cb.like(cb.lower(root.get("objective")), pattern, '\\'),
						cb.like(cb.lower(root.get("owner").get("displayName")), pattern, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
