/**
 * Owns stakeholders and their RACI links to programs and projects. Public API:
 * {@link dev.milepost.stakeholder.StakeholderService} and
 * {@link dev.milepost.stakeholder.StakeholderLinkView}; {@code web} is internal.
 */
@NullMarked
package dev.milepost.stakeholder;

import org.jspecify.annotations.NullMarked;
