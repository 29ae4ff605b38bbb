/**
 * Computed health on the overview and program pages: {@link HealthFactsQuery} reads the facts the
 * pure {@code dev.milepost.health} module needs in three SQL statements whatever the size,
 * {@link HealthBoard} evaluates them; {@code templates/dashboard/health.html} renders the result.
 */
package dev.milepost.dashboard.health;
