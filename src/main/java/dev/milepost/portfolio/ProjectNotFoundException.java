package dev.milepost.portfolio;

import dev.milepost.shared.NotFoundException;

public class ProjectNotFoundException extends NotFoundException {

	public ProjectNotFoundException(Long id) {
		super("Project", id);
	}

}
