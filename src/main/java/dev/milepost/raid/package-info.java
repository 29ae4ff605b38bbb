/**
 * The rest of the register beside risks: issues (and their escalations), decisions,
 * actions and change requests. {@link dev.milepost.raid.IssueService},
 * {@link dev.milepost.raid.DecisionService}, {@link dev.milepost.raid.ActionService},
 * {@link dev.milepost.raid.ChangeRequestService},
 * {@link dev.milepost.raid.RaidSummaryQuery},
 * {@link dev.milepost.raid.LeadershipAsksQuery} (the leadership digest),
 * {@link dev.milepost.raid.UserRegisterQuery} ("My work") and
 * {@link dev.milepost.raid.RaidReportQuery} (the register lists of a weekly report) are
 * what other modules use; {@code web} is internal.
 */
@NullMarked
package dev.milepost.raid;

import org.jspecify.annotations.NullMarked;
