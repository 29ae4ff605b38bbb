package dev.milepost.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, Long> {

	@Query("select u from User u left join fetch u.roles where u.username = :username")
	Optional<User> findWithRolesByUsername(String username);

	boolean existsByUsername(String username);

	/** Enabled users with one of the given roles, by display name: the choices for owner and editors. */
	@Query("select distinct u from User u join u.roles r where u.enabled = true and r in :roles order by u.displayName")
	List<User> findEnabledWithAnyRole(List<Role> roles);

}
