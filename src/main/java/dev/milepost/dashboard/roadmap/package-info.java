/**
 * The roadmap timeline of the portfolio (one row per program) and of one program (one row
 * per project): quarters across, a today line, milestone diamonds at their forecast with
 * the baseline where it differs. Read with one SQL statement per roadmap and drawn as
 * server-side SVG. {@link RoadmapBoard} and {@link RoadmapView} are its API;
 * {@code templates/dashboard/roadmap.html} renders it.
 */
package dev.milepost.dashboard.roadmap;
