package dev.milepost.security;

import java.util.Set;

/**
 * What an administrator may change on an existing account (the user name is fixed for
 * good: history refers to it).
 *
 * @param displayName the name shown in lists and history
 * @param email optional
 * @param roles at least one
 * @param enabled whether the account may sign in
 */
public record UserChanges(String displayName, String email, Set<Role> roles, boolean enabled) {
}
