package dev.milepost.stakeholder;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface StakeholderRepository extends JpaRepository<Stakeholder, Long>, JpaSpecificationExecutor<Stakeholder> {

	/**
	 * @param email lower-cased
	 */
	Optional<Stakeholder> findByEmail(String email);

	/**
	 * @param email lower-cased
	 */
	boolean existsByEmail(String email);

	/**
	 * @param email lower-cased
	 */
	boolean existsByEmailAndIdNot(String email, Long id);

	@Query("select s from Stakeholder s where s.archived = false order by lower(s.name), s.email")
	List<Stakeholder> findActiveOrderByName();

}
