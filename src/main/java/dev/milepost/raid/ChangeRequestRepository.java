package dev.milepost.raid;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long>, JpaSpecificationExecutor<ChangeRequest> {

	@Override
	@EntityGraph(attributePaths = { "program", "project" })
	Page<ChangeRequest> findAll(Specification<ChangeRequest> spec, Pageable pageable);

	@Query("""
			select c from ChangeRequest c join fetch c.program left join fetch c.project left join fetch c.decidedBy
			where c.id = :id""")
	Optional<ChangeRequest> findWithAllById(Long id);

	/** Loads the request's moves with their milestones and projects into the session. */
	@Query("""
			select distinct c from ChangeRequest c left join fetch c.moves m left join fetch m.milestone ms
			left join fetch ms.project where c.id = :id""")
	Optional<ChangeRequest> fetchMoves(Long id);

	/** Loads the request's budget changes with their projects into the session. */
	@Query("select distinct c from ChangeRequest c left join fetch c.budgets b left join fetch b.project where c.id = :id")
	Optional<ChangeRequest> fetchBudgets(Long id);

}
