package dev.milepost.security;

import java.util.Set;

/**
 * What an administrator enters to create an account.
 *
 * @param username unique, {@code [a-z0-9._-]{3,60}}
 * @param displayName the name shown in lists and history
 * @param email optional
 * @param roles at least one
 * @param password the initial password in clear text; only its hash is stored
 */
public record NewUser(String username, String displayName, String email, Set<Role> roles, String password) {
}
