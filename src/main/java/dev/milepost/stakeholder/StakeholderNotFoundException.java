package dev.milepost.stakeholder;

import dev.milepost.shared.NotFoundException;

/**
 * No stakeholder, or no link of that stakeholder, with the requested id; rendered as the
 * 404 page.
 */
public class StakeholderNotFoundException extends NotFoundException {

	public StakeholderNotFoundException(Long id) {
		super("Stakeholder", id);
	}

	StakeholderNotFoundException(String what, Long id) {
		super(what, id);
	}

}
