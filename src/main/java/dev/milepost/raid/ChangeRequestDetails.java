package dev.milepost.raid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a user enters for a change request, after bean validation: its description and its
 * impact. {@link ChangeRequestService} checks the rules that need the database.
 *
 * @param moves milestones of the program whose baseline moves, and to which date
 * @param budgets planned-budget changes of projects of the program
 */
public record ChangeRequestDetails(Long programId, Long projectId, String title, String reason, String requestedBy,
		Priority priority, LocalDate neededBy, List<Move> moves, List<Budget> budgets) {

	public record Move(Long milestoneId, LocalDate newBaseline) {
	}

	public record Budget(Long projectId, BigDecimal delta) {
	}

}
