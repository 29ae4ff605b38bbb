package dev.milepost.raid;

import java.util.List;

/**
 * What the register asks of one user (see {@link UserRegisterQuery}); each part holds at
 * most the limit asked for, by date.
 *
 * @param issues issues the user owns, open or in progress
 * @param actions open actions the user owns
 * @param decisions decisions still needed from the user (as a stakeholder)
 * @param escalations escalations of live issues asked of the user (as a stakeholder)
 */
public record UserRegister(Part issues, Part actions, Part decisions, Part escalations) {

	/** Nothing of any kind. */
	public boolean isEmpty() {
		return this.issues.total() + this.actions.total() + this.decisions.total() + this.escalations.total() == 0;
	}

	/** Capped entries of one kind and how many there are without the cap. */
	public record Part(List<RegisterItem> items, int total) {

		public Part {
			items = List.copyOf(items);
		}

		public boolean truncated() {
			return this.total > this.items.size();
		}

	}

}
