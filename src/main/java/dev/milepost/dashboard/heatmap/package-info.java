/**
 * The risk heat map of the portfolio or of one program: counts of open and mitigating risks by
 * probability x impact, read with one grouped SQL statement. {@link RiskHeatMapQuery} and
 * {@link RiskHeatMap} are its API; {@code templates/dashboard/heatmap.html} renders it.
 */
package dev.milepost.dashboard.heatmap;
