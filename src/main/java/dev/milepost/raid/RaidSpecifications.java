package dev.milepost.raid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import dev.milepost.shared.Like;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * Turns {@link RaidCriteria} into one JPA predicate for any kind of register entry; the
 * kind says how its owner is named and when it is overdue.
 */
final class RaidSpecifications {

	private RaidSpecifications() {
	}

	/**
	 * @param ownerLike predicate "the owner's name matches this lower-case LIKE pattern"
	 * @param overdue predicate "live and past its date", given today
	 */
	static <T extends RegisterEntry> Specification<T> matching(RaidCriteria c, LocalDate today, Owner<T> ownerLike,
			BiFunction<Root<T>, CriteriaBuilder, Overdue> overdue) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!c.includeArchived()) {
				where.add(cb.isFalse(root.get("archived")));
			}
			if (c.q() != null && !c.q().isBlank()) {
				where.add(cb.like(cb.lower(root.get("title")), Like.containing(c.q()), '\\'));
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
			if (c.priority() != null) {
				where.add(cb.equal(root.get("priority"), c.priority()));
			}
			if (c.owner() != null && !c.owner().isBlank()) {
				where.add(ownerLike.matches(root, cb, Like.containing(c.owner())));
			}
			if (c.overdue()) {
				where.add(overdue.apply(root, cb).before(today));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static Specification<Issue> issues(RaidCriteria c, LocalDate today) {
		return matching(c, today,
				(root, cb, like) -> cb.like(cb.lower(root.join("owner", JoinType.LEFT).get("displayName")), like, '\\'),
				(root, cb) -> (day) -> cb.and(root.get("status").in(IssueStatus.OPEN, IssueStatus.IN_PROGRESS),
						cb.lessThan(root.get("targetDate"), day)));
	}

	static Specification<Decision> decisions(RaidCriteria c, LocalDate today) {
		return matching(c, today,
				(root, cb, like) -> cb.like(cb.lower(root.join("decider", JoinType.LEFT).get("name")), like, '\\'),
				(root, cb) -> (day) -> cb.and(cb.equal(root.get("status"), DecisionStatus.NEEDED),
						cb.lessThan(root.get("neededBy"), day)));
	}

	static Specification<Action> actions(RaidCriteria c, LocalDate today) {
		return matching(c, today,
				(root, cb, like) -> cb.or(
						cb.like(cb.lower(root.join("ownerUser", JoinType.LEFT).get("displayName")), like, '\\'),
						cb.like(cb.lower(root.join("ownerStakeholder", JoinType.LEFT).get("name")), like, '\\')),
				(root, cb) -> (day) -> cb.and(cb.equal(root.get("status"), ActionStatus.OPEN),
						cb.lessThan(root.get("dueDate"), day)));
	}

	static Specification<ChangeRequest> changes(RaidCriteria c, LocalDate today) {
		return matching(c, today, (root, cb, like) -> cb.like(cb.lower(root.get("requestedBy")), like, '\\'),
				(root, cb) -> (day) -> cb.and(root.get("status").in(ChangeStatus.DRAFT, ChangeStatus.SUBMITTED),
						cb.lessThan(root.get("neededBy"), day)));
	}

	@FunctionalInterface
	interface Owner<T> {

		Predicate matches(Root<T> root, CriteriaBuilder cb, String lowerLikePattern);

	}

	@FunctionalInterface
	interface Overdue {

		Predicate before(LocalDate today);

	}

}
