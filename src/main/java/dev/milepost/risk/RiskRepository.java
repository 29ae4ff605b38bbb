package dev.milepost.risk;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RiskRepository extends JpaRepository<Risk, Long>, JpaSpecificationExecutor<Risk> {

	/** A list page with program and project in the same statement (plus one count). */
	@Override
	@EntityGraph(attributePaths = { "program", "project" })
	Page<Risk> findAll(Specification<Risk> spec, Pageable pageable);

	@Query("select r from Risk r join fetch r.program left join fetch r.project where r.id = :id")
	Optional<Risk> findWithProgramById(Long id);

	@Query("""
			select new dev.milepost.risk.RiskSummary(r.id, r.title, g.key, p.key, r.category, r.probability, r.impact,
				r.score, r.owner, r.status, r.nextReviewDate)
			from Risk r join r.program g left join r.project p
			where g.id = :programId and r.archived = false
			order by r.score desc, r.title, r.id""")
	List<RiskSummary> summariesForProgram(Long programId);

	@Query("""
			select new dev.milepost.risk.RiskSummary(r.id, r.title, g.key, p.key, r.category, r.probability, r.impact,
				r.score, r.owner, r.status, r.nextReviewDate)
			from Risk r join r.program g join r.project p
			where p.id = :projectId and r.archived = false
			order by r.score desc, r.title, r.id""")
	List<RiskSummary> summariesForProject(Long projectId);

}
