package dev.milepost.raid;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface IssueRepository extends JpaRepository<Issue, Long>, JpaSpecificationExecutor<Issue> {

	/**
	 * A list page with program, project and owner in the same statement (plus a count).
	 */
	@Override
	@EntityGraph(attributePaths = { "program", "project", "owner", "escalatedTo" })
	Page<Issue> findAll(Specification<Issue> spec, Pageable pageable);

	@Query("""
			select i from Issue i join fetch i.program left join fetch i.project join fetch i.owner
			left join fetch i.risk left join fetch i.escalatedTo where i.id = :id""")
	Optional<Issue> findWithAllById(Long id);

}
