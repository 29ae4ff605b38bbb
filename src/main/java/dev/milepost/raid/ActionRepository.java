package dev.milepost.raid;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<Action, Long>, JpaSpecificationExecutor<Action> {

	@Override
	@EntityGraph(attributePaths = { "program", "project", "ownerUser", "ownerStakeholder" })
	Page<Action> findAll(Specification<Action> spec, Pageable pageable);

	@Query("""
			select a from Action a join fetch a.program left join fetch a.project left join fetch a.ownerUser
			left join fetch a.ownerStakeholder where a.id = :id""")
	Optional<Action> findWithAllById(Long id);

}
