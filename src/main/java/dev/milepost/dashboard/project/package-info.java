/**
 * The project page ({@code GET /projects/{id}}): the project, its milestones, risks,
 * stakeholders and health, composed from the modules that own them;
 * {@code templates/projects/show.html} renders it.
 */
package dev.milepost.dashboard.project;
