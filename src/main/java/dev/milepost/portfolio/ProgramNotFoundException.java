package dev.milepost.portfolio;

import dev.milepost.shared.NotFoundException;

public class ProgramNotFoundException extends NotFoundException {

	public ProgramNotFoundException(Long id) {
		super("Program", id);
	}

}
