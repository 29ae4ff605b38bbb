/**
 * Owns users, roles, login and permission checks: {@link dev.milepost.security.Access}
 * answers who may do what, {@link dev.milepost.security.UserLookup} finds users for other
 * modules, {@link dev.milepost.security.UserService} manages accounts; {@code web} (the
 * account admin screens) is internal.
 */
@NullMarked
package dev.milepost.security;

import org.jspecify.annotations.NullMarked;
