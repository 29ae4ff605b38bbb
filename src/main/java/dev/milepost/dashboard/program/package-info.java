/**
 * The program dashboard ({@code GET /programs/{id}}): the program's health, counts of its
 * projects by health, the table of its projects with their delivery figures, upcoming and
 * recently slipped milestones and top open risks; then its registers (risks with heat
 * map, stakeholders with RACI matrix and stakeholder map).
 */
package dev.milepost.dashboard.program;
