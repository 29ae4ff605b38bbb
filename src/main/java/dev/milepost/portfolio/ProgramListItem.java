package dev.milepost.portfolio;

/**
 * One row of the program list: the program and how many non-archived projects it has.
 */
public record ProgramListItem(Program program, long projects) {
}
