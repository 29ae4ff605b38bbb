/**
 * Owns the small pieces every module shares: base entity, settings, clock, errors and
 * list helpers; {@code web} is a named interface with the web helpers. Depends on no
 * other module.
 */
@NullMarked
package dev.milepost.shared;

import org.jspecify.annotations.NullMarked;
