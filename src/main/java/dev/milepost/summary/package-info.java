/**
 * Owns the kept per-program summaries (table {@code program_summaries}): what the
 * portfolio dashboard shows of each program (effective health with its reasons as message
 * codes and arguments, delivery figures, next milestone, top risk score, budget, register
 * counts), so that the page reads one small row per program instead of aggregating every
 * milestone and risk on each view.
 *
 * <p>
 * Kept right on every write: changes made through the application (JPA) are noticed as
 * they are flushed and the touched programs' rows are recomputed just before the
 * transaction commits, in the same transaction ({@code SummaryMaintenance}); health
 * records of earlier weeks (the demo's history) and the demo loader refresh every row; a
 * job refreshes every row at the start of each day in {@code milepost.time-zone}, and a
 * row computed for an earlier day is recomputed when read.
 * {@link dev.milepost.summary.ProgramSummaries#check()} compares every row with a fresh
 * computation (the admins' verification and the metric
 * {@code milepost.summary.differences}). Changes written to the tables outside the
 * application call {@link dev.milepost.summary.ProgramSummaries#refresh}.
 *
 * <p>
 * Depends on {@code healthrecord} (health), {@code portfolio}, {@code risk} and
 * {@code raid} (the records whose changes it follows), {@code demo} (its load event) and
 * {@code shared}; {@code dashboard} reads it.
 */
@NullMarked
package dev.milepost.summary;

import org.jspecify.annotations.NullMarked;
