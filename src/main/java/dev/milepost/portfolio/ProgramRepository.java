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

interface ProgramRepository extends JpaRepository<Program, Long>, JpaSpecificationExecutor<Program> {

	boolean existsByKey(String key);

	boolean existsByKeyAndIdNot(String key, Long id);

	Optional<Program> findByKey(String key);

	@Query("select p from Program p where p.archived = false order by p.key")
	List<Program> findActiveOrderByKey();

	/** A page with each program's owner, in one select plus one count. */
	@Override
	@EntityGraph(attributePaths = "owner")
	Page<Program> findAll(Specification<Program> spec, Pageable pageable);

	/**
	 * The program with its owner and editors, as its pages and permission checks need
	 * them.
	 */
	@Override
	@EntityGraph(attributePaths = { "owner", "editors" })
	Optional<Program> findById(Long id);

}
