package dev.milepost.raid;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long>, JpaSpecificationExecutor<Decision> {

	@Override
	@EntityGraph(attributePaths = { "program", "project", "decider" })
	Page<Decision> findAll(Specification<Decision> spec, Pageable pageable);

	@Query("""
			select d from Decision d join fetch d.program left join fetch d.project left join fetch d.decider
			left join fetch d.supersedes where d.id = :id""")
	Optional<Decision> findWithAllById(Long id);

	/** The decision that replaces this one, if any. */
	Optional<Decision> findFirstBySupersedesId(Long id);

}
