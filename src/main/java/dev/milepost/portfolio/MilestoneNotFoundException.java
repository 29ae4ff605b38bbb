package dev.milepost.portfolio;

import dev.milepost.shared.NotFoundException;

public class MilestoneNotFoundException extends NotFoundException {

	public MilestoneNotFoundException(Long id) {
		super("Milestone", id);
	}

}
