/**
 * Owns the change history: Hibernate Envers revisions of programs, projects, milestones,
 * risks, stakeholders, their links and users, read back as "who changed which field from
 * what to what". Public API: {@link dev.milepost.audit.ActivityService} and the records
 * it returns; {@code web} is internal.
 */
@NullMarked
package dev.milepost.audit;

import org.jspecify.annotations.NullMarked;
