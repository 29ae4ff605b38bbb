package dev.milepost.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long>, JpaSpecificationExecutor<User> {

	@Query("select u from User u left join fetch u.roles where u.username = :username")
	Optional<User> findWithRolesByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByUsernameIgnoreCase(String username);

	/**
	 * Enabled users with one of the given roles, by display name: the choices for owner
	 * and editors.
	 */
	@Query("select distinct u from User u join u.roles r where u.enabled = true and r in :roles order by u.displayName")
	List<User> findEnabledWithAnyRole(List<Role> roles);

	/**
	 * The enabled administrators, locked for update so that two admins cannot
	 * concurrently disable or demote each other and leave nobody to manage accounts.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from User u join u.roles r where u.enabled = true and r = dev.milepost.security.Role.ADMIN order by u.id")
	List<User> lockEnabledAdmins();

}
