/**
 * The risk heat map of the portfolio or of one program: counts of open and mitigating
 * risks by probability x impact; the portfolio's summed from the cells kept in the
 * program summaries ({@code summary.RiskCells}), a program's counted from its risk
 * register. {@link RiskHeatMap} is its API; {@code templates/dashboard/heatmap.html}
 * renders it.
 */
package dev.milepost.dashboard.heatmap;
