package dev.milepost.security;

/**
 * Filters of the user list; {@code null} means "any".
 *
 * @param q text in user name, display name or email (case-insensitive)
 * @param role has this role
 * @param enabled enabled or disabled accounts only
 */
public record UserCriteria(String q, Role role, Boolean enabled) {
}
