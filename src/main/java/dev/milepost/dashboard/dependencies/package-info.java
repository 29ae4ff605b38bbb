/**
 * Dependency conflicts of a program: a predecessor forecast (or done) later than its
 * successor's forecast, where either side belongs to the program, read with one SQL
 * statement. {@link DependencyConflictQuery} and {@link DependencyConflict} are its API;
 * {@code templates/dashboard/dependencies.html} renders them.
 */
package dev.milepost.dashboard.dependencies;
