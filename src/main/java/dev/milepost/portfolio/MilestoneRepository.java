package dev.milepost.portfolio;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long>, JpaSpecificationExecutor<Milestone> {

	@Override
	@EntityGraph(attributePaths = { "project", "project.program" })
	Page<Milestone> findAll(Specification<Milestone> spec, Pageable pageable);

	@Query("select m from Milestone m join fetch m.project p join fetch p.program where m.id = :id")
	Optional<Milestone> findWithProjectById(Long id);

	@Query("""
			select m from Milestone m join fetch m.project p join fetch p.program
			where p.id = :projectId and (m.archived = false or :includeArchived = true)
			order by m.forecastDate, m.id""")
	List<Milestone> findByProject(Long projectId, boolean includeArchived);

	long countByProjectId(Long projectId);

}
