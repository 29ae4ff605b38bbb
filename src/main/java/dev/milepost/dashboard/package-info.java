/**
 * Owns the read-only pages that compose several modules: the portfolio overview, the
 * program and project pages, roadmaps, trends and "my work", read through SQL
 * projections; owns no tables. Nothing depends on it; every sub-package is internal.
 */
@NullMarked
package dev.milepost.dashboard;

import org.jspecify.annotations.NullMarked;
