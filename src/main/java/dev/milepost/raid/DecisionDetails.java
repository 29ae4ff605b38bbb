package dev.milepost.raid;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user enters for a decision, after bean validation. {@link DecisionService}
 * checks the rules that need the database or the clock.
 *
 * @param deciderId the stakeholder asked for the decision, or who took it
 * @param supersedesId the earlier decision of the same program this one replaces
 * @param riskIds risks of the program the decision affects (never {@code null})
 * @param issueIds issues of the program the decision affects (never {@code null})
 * @param milestoneIds milestones of the program the decision affects (never {@code null})
 */
public record DecisionDetails(Long programId, Long projectId, String title, String context, String optionsConsidered,
		Priority priority, DecisionStatus status, LocalDate neededBy, Long deciderId, LocalDate decidedOn,
		String decision, String rationale, Long supersedesId, Set<Long> riskIds, Set<Long> issueIds,
		Set<Long> milestoneIds) {

}
