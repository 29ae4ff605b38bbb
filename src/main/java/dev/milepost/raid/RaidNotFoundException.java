package dev.milepost.raid;

import dev.milepost.shared.NotFoundException;

/**
 * No issue, decision, action or change request has the requested id; rendered as the 404
 * page.
 */
public class RaidNotFoundException extends NotFoundException {

	public RaidNotFoundException(String what, Long id) {
		super(what, id);
	}

}
