/**
 * The risk register: risks of a program, optionally narrowed to one of its projects, rated by
 * probability and impact. {@link dev.milepost.risk.RiskService} and
 * {@link dev.milepost.risk.RiskSummary} are what other modules use.
 */
package dev.milepost.risk;
