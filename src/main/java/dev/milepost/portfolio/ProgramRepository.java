package dev.milepost.portfolio;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ProgramRepository extends JpaRepository<Program, Long>, JpaSpecificationExecutor<Program> {

	boolean existsByKey(String key);

	boolean existsByKeyAndIdNot(String key, Long id);

	@Query("select p from Program p where p.archived = false order by p.key")
	List<Program> findActiveOrderByKey();

}
