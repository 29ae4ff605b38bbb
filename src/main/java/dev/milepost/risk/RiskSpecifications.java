package dev.milepost.risk;

import dev.milepost.shared.Like;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Turns {@link RiskCriteria} into one JPA predicate.
 */
final class RiskSpecifications {

	private RiskSpecifications() {
	}

	static Specification<Risk> matching(RiskCriteria c) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!c.includeArchived()) {
				where.add(cb.isFalse(root.get("archived")));
			}
			if (c.q() != null && !c.q().isBlank()) {
				String pattern = Like.containing(c.q());
				where.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
						cb.like(cb.lower(root.get("owner")), pattern, '\\'),
						cb.like(cb.lower(root.get("description")), pattern, '\\')));
			}
			if (c.programId() != null) {
				where.add(cb.equal(root.get("program").get("id"), c.programId()));
			}
			if (c.projectId() != null) {
				where.add(cb.equal(root.get("project").get("id"), c.projectId()));
			}
			if (c.status() != null) {
				where.add(cb.equal(root.get("status"), c.status()));
			}
			if (c.category() != null) {
				where.add(cb.equal(root.get("category"), c.category()));
			}
			if (c.owner() != null && !c.owner().isBlank()) {
				where.add(cb.equal(cb.lower(root.get("owner")), c.owner().trim().toLowerCase(Locale.ROOT)));
			}
			if (c.minScore() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("score"), c.minScore()));
			}
			if (c.maxScore() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("score"), c.maxScore()));
			}
			if (c.probability() != null) {
				where.add(cb.equal(root.get("probability"), c.probability()));
			}
			if (c.impact() != null) {
				where.add(cb.equal(root.get("impact"), c.impact()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
