/**
 * Owns programs, projects, milestones and their dependencies and date changes. Public
 * API: the services ({@link dev.milepost.portfolio.ProgramService},
 * {@link dev.milepost.portfolio.ProjectService},
 * {@link dev.milepost.portfolio.MilestoneService}),
 * {@link dev.milepost.portfolio.PortfolioLookup} for other modules, and the entities and
 * records they return; repositories are package-private and {@code web} (lists and forms)
 * is internal.
 */
@NullMarked
package dev.milepost.portfolio;

import org.jspecify.annotations.NullMarked;
