/**
 * The program-wide weekly update: every open milestone of every project of a program in
 * one grid (saved row by row through the milestone's own progress update), the risks due
 * for review with "reviewed, no change", and the step to the week's report.
 */
@NullMarked
package dev.milepost.dashboard.update;

import org.jspecify.annotations.NullMarked;
