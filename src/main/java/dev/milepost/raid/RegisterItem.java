package dev.milepost.raid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * One register entry as a list across programs shows it: what it is, when it is due and
 * whose it is.
 *
 * @param kind what the entry is (an escalation is an issue seen through its ask)
 * @param id the issue, decision or action id
 * @param due the issue's target date, the escalation's or decision's needed-by date, or
 * the action's due date; {@code null} when none is set
 * @param ask an escalation's ask; {@code null} for the other kinds
 * @param askedOf the stakeholder an escalation or decision is asked of; {@code null} for
 * the other kinds (or a decision asked of nobody yet)
 * @param projectKey {@code null} for an entry of the whole program
 */
public record RegisterItem(Kind kind, long id, String title, Priority priority, @Nullable LocalDate due,
		@Nullable String ask, @Nullable String askedOf, long programId, String programKey, String programName,
		@Nullable String projectKey) {

	/** The kinds of entry lists across programs show. */
	public enum Kind {

		/** An issue open or in progress. */
		ISSUE,
		/** An open or in-progress issue that carries an escalation. */
		ESCALATION,
		/** A decision still needed. */
		DECISION,
		/** An open action. */
		ACTION

	}

	/** The entry's page, e.g. {@code /decisions/7}. */
	public String href() {
		return switch (this.kind) {
			case ISSUE, ESCALATION -> "/issues/" + this.id;
			case DECISION -> "/decisions/" + this.id;
			case ACTION -> "/actions/" + this.id;
		};
	}

	/** Days past {@link #due()} as of {@code today}; 0 when not overdue or undated. */
	public long daysOverdue(LocalDate today) {
		return (this.due == null || !this.due.isBefore(today)) ? 0 : ChronoUnit.DAYS.between(this.due, today);
	}

}
