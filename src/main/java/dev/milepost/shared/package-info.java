/**
 * Owns the small pieces every module shares: base entity, settings, clock, errors, list
 * helpers and {@link dev.milepost.shared.Jobs} (the lock that keeps each job to one
 * instance at a time); {@code web} is a named interface with the web helpers. Depends on
 * no other module.
 */
@NullMarked
package dev.milepost.shared;

import org.jspecify.annotations.NullMarked;
