/**
 * Explained health: GREEN / AMBER / RED for milestones, projects, programs and the portfolio,
 * each with the reasons as sentences. Pure functions over small fact records
 * ({@link dev.milepost.health.ProjectFacts}, {@link dev.milepost.health.ProgramFacts}) that the
 * {@code healthrecord} module fills from SQL; {@link dev.milepost.health.HealthEvaluator} applies the configurable
 * {@link dev.milepost.health.HealthRules}. No database, no web, no clock: "today" is always
 * passed in.
 */
package dev.milepost.health;
