/**
 * Owns the risk register: risks of a program, optionally narrowed to one of its projects,
 * rated by probability and impact. {@link dev.milepost.risk.RiskService},
 * {@link dev.milepost.risk.RiskSummary} and {@link dev.milepost.risk.TopRisksQuery} (the
 * highest-scoring open risks) are what other modules use; {@code web} is internal.
 */
@NullMarked
package dev.milepost.risk;

import org.jspecify.annotations.NullMarked;
