package dev.milepost.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneDependencyRepository extends JpaRepository<MilestoneDependency, Long> {

	boolean existsByMilestoneIdAndPredecessorId(Long milestoneId, Long predecessorId);

	Optional<MilestoneDependency> findByMilestoneIdAndPredecessorId(Long milestoneId, Long predecessorId);

	/**
	 * Pairs (milestone id, predecessor id) for every edge leaving the given milestones.
	 */
	@Query("select d.milestone.id, d.predecessor.id from MilestoneDependency d where d.milestone.id in :milestoneIds")
	List<Object[]> findPredecessorEdges(Collection<Long> milestoneIds);

	@Query("""
			select m from Milestone m join fetch m.project p join fetch p.program
			where m.id in (select d.predecessor.id from MilestoneDependency d where d.milestone.id = :milestoneId)
			order by m.forecastDate, m.id""")
	List<Milestone> findPredecessors(Long milestoneId);

	@Query("""
			select m from Milestone m join fetch m.project p join fetch p.program
			where m.id in (select d.milestone.id from MilestoneDependency d where d.predecessor.id = :milestoneId)
			order by m.forecastDate, m.id""")
	List<Milestone> findSuccessors(Long milestoneId);

	boolean existsByMilestoneIdOrPredecessorId(Long milestoneId, Long predecessorId);

}
