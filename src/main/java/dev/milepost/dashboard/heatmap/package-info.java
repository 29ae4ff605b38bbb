/**
 * The risk heat map of the portfolio or of one program: counts of open and mitigating
 * risks by probability x impact; the portfolio's read with one grouped SQL statement, a
 * program's counted from its risk register. {@link RiskHeatMapQuery} and
 * {@link RiskHeatMap} are its API; {@code templates/dashboard/heatmap.html} renders it.
 */
package dev.milepost.dashboard.heatmap;
