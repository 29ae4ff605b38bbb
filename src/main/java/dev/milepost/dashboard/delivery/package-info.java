/**
 * Delivery figures shared by the portfolio and program dashboards: per program or per
 * project {@link Delivery} (next milestone, on-time %, slipped, top risk, budget burn),
 * and the portfolio's or one program's watch lists read by {@link WatchListQuery}
 * (upcoming milestones, recently slipped milestones, top open risks through the risk
 * register's {@code TopRisksQuery}), each in one bounded SQL statement.
 * {@code templates/dashboard/delivery.html} renders them.
 */
package dev.milepost.dashboard.delivery;
