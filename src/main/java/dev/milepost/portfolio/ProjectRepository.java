package dev.milepost.portfolio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	boolean existsByProgramIdAndKey(Long programId, String key);

	boolean existsByProgramIdAndKeyAndIdNot(Long programId, String key, Long id);

	@Query("select p from Project p join fetch p.program g where p.archived = false and g.archived = false order by g.key, p.key")
	List<Project> findActiveWithProgramOrderByKey();

	@Query("select p from Project p where p.program.id = :programId and p.archived = false order by p.key")
	List<Project> findActiveByProgram(Long programId);

	/** A page of projects with their program in one select (plus the count). */
	@Override
	@EntityGraph(attributePaths = "program")
	Page<Project> findAll(Specification<Project> spec, Pageable pageable);

	@Query("select p from Project p join fetch p.program where p.id = :id")
	Optional<Project> findWithProgramById(Long id);

	@Query("select p from Project p join fetch p.program g where g.id = :programId and p.key = :key")
	Optional<Project> findByProgramIdAndKey(Long programId, String key);

	long countByProgramId(Long programId);

	/** Non-archived projects per program, for a page of programs: one grouped query. */
	@Query("""
			select p.program.id as id, count(p) as count from Project p
			where p.program.id in :programIds and p.archived = false group by p.program.id""")
	List<IdCount> countActiveByProgramIds(Collection<Long> programIds);

	/** An id and how many of something it has. */
	interface IdCount {

		Long getId();

		long getCount();

	}

}
