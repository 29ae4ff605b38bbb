/**
 * The RACI matrix and the stakeholder map (Mendelow's influence x interest grid) of one
 * program, read with one SQL statement. {@link StakeholderBoardQuery} and
 * {@link StakeholderBoard} are its API; {@code templates/dashboard/stakeholders.html}
 * renders it.
 */
package dev.milepost.dashboard.stakeholders;
