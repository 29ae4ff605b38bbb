package dev.milepost.portfolio;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	boolean existsByProgramIdAndKey(Long programId, String key);

	boolean existsByProgramIdAndKeyAndIdNot(Long programId, String key, Long id);

	@Query("select p from Project p join fetch p.program g where p.archived = false and g.archived = false order by g.key, p.key")
	List<Project> findActiveWithProgramOrderByKey();

	@Query("select p from Project p where p.program.id = :programId and p.archived = false order by p.key")
	List<Project> findActiveByProgram(Long programId);

}
