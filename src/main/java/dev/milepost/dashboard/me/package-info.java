/**
 * "My work" ({@code /me}): the signed-in user's programs (owned or editor of), milestones
 * due soon, items not updated for a while and risks due for review, and what the register
 * asks of them (escalations and decisions asked of them as a stakeholder, their issues
 * and actions), read with a fixed number of SQL statements by {@link MyWorkQuery}.
 */
package dev.milepost.dashboard.me;
