package dev.milepost.browser;

import java.time.LocalDate;
import java.util.Set;

import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramDetails;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.security.User;

/**
 * Gives a program built by {@link TestData} (owned by {@code test-owner}) to the test's
 * own TPM, through {@link ProgramService} as the program's edit form would: a browser
 * test signs in as a user no other test shares, and the program runs around the test
 * clock's today.
 */
final class Handover {

	private Handover() {
	}

	static Program to(User owner, Program program, ProgramService programs, LocalDate today) {
		return programs.update(program.getId(), program.getVersion(),
				new ProgramDetails(program.getKey(), program.getName(), program.getDescription(),
						program.getObjective(), program.getStatus(), owner.getId(), Set.of(), today.minusMonths(3),
						today.plusMonths(9), program.getBudgetPlanned(), program.getBudgetCurrency()));
	}

}
