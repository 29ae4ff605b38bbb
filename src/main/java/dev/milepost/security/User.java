package dev.milepost.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.milepost.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * An account. Never deleted (history points at users): disabled instead. Updates write
 * only the columns that changed, so that saving an account never puts back a failed-login
 * count or lock that {@code LoginAttempts} changed in the meantime.
 */
@Entity
@Table(name = "users")
@Audited
@DynamicUpdate
public class User extends AbstractEntity {

	@Column(nullable = false, length = 60)
	private String username;

	@Column(nullable = false, length = 120)
	private String displayName;

	@Column(length = 254)
	private String email;

	/** Not in the history: old password hashes are a liability there. */
	@Column(name = "password_hash", nullable = false)
	@NotAudited
	private String passwordHash;

	@Column(nullable = false)
	private boolean enabled = true;

	/**
	 * Login bookkeeping, not an edit, written by {@code LoginAttempts}: kept out of the
	 * history so logins create no revisions, and out of the optimistic lock so a failed
	 * login does not make an admin's open form stale.
	 */
	@Column(nullable = false)
	@NotAudited
	@OptimisticLock(excluded = true)
	private int failedLogins;

	@NotAudited
	@OptimisticLock(excluded = true)
	private Instant lockedUntil;

	@ElementCollection
	@CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", nullable = false, length = 10)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected User() {
	}

	public User(String username, String displayName, String passwordHash, Set<Role> roles) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Lifts a lock and clears the failure count, e.g. after an admin reset the password.
	 */
	public void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/** "Tara Singh (tpm)". */
	public String getLabel() {
		return this.displayName + " (" + this.username + ")";
	}

}
