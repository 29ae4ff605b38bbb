/**
 * Owns health as read, overridden and snapshotted: the database turned into evaluated
 * health for every page and job that shows or keeps it
 * ({@link dev.milepost.healthrecord.HealthBoard}, with
 * {@link dev.milepost.healthrecord.HealthMessages} for its reasons as text), a TPM's
 * override of a project's or program's health
 * ({@link dev.milepost.healthrecord.HealthOverrideService}, table
 * {@code health_overrides}) and the weekly snapshots of every program's and project's
 * health ({@link dev.milepost.healthrecord.HealthSnapshotJob}, table
 * {@code health_snapshots}).
 *
 * <p>
 * Its own module because {@code health} is pure (no Spring, no JPA), {@code dashboard}
 * owns no tables, and {@code portfolio} should not depend on health. The facts the rules
 * need are read with three SQL statements ({@code HealthFactsQuery}, internal), which map
 * the portfolio's and the risk register's statuses onto the rules' own. It depends on
 * {@code health} (the rules), {@code portfolio} (the subjects), {@code risk} (the
 * register's statuses) and {@code security} (who may override), and listens to
 * {@code demo}'s {@code DemoPortfolioLoaded}; {@code dashboard} and {@code report} use
 * its base package. {@code web} is internal.
 */
@NullMarked
package dev.milepost.healthrecord;

import org.jspecify.annotations.NullMarked;
