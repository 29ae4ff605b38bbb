/**
 * Owns the health rules: GREEN / AMBER / RED for milestones, projects, programs and the
 * portfolio, each with the reasons as sentences. Pure functions over small fact records
 * ({@link dev.milepost.health.ProjectFacts}, {@link dev.milepost.health.ProgramFacts})
 * with the rules' own vocabulary ({@link dev.milepost.health.MilestoneState}, open or not
 * for a risk), which {@code healthrecord} fills from SQL;
 * {@link dev.milepost.health.HealthEvaluator} applies the configurable
 * {@link dev.milepost.health.HealthRules}. No database, no web, no clock: "today" is
 * always passed in. Depends on no other module.
 */
@NullMarked
package dev.milepost.health;

import org.jspecify.annotations.NullMarked;
