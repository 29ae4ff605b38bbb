/**
 * What is recorded about health, as opposed to computed: a TPM's override of a project's or
 * program's health ({@link dev.milepost.healthrecord.HealthOverrideRecord}, table
 * {@code health_overrides}) and the weekly snapshots of every program's and project's health
 * ({@link dev.milepost.healthrecord.HealthSnapshotJob}, table {@code health_snapshots}).
 *
 * <p>
 * Its own module because {@code health} is pure (no Spring, no JPA), {@code dashboard} owns no
 * tables, and {@code portfolio} should not depend on health. It depends on {@code portfolio} (the
 * subjects), {@code security} (who may override) and, for the snapshot job only, on
 * {@code dashboard.health} (the one place that turns the database into evaluated health). The
 * dashboard reads both tables with plain SQL in its own read models.
 */
package dev.milepost.healthrecord;
