package dev.milepost.raid;

import java.time.LocalDate;
import java.util.List;

/**
 * A program's register as a weekly report drafts it (archived entries left out), read by
 * {@link RaidReportQuery}. "Overdue" is reckoned against the day it was read.
 *
 * @param escalations live issues (open or in progress) carrying an escalation, by
 * needed-by date
 * @param decisions decisions still needed, by needed-by date (none last)
 * @param opened issues created during the week
 * @param resolved issues that became resolved or closed during the week
 * @param actions open actions due by seven days after the week's end (earlier ones are
 * overdue), by due date
 * @param approvedChanges change requests approved during the week, by approval day
 */
public record RegisterWeek(List<Escalation> escalations, List<NeededDecision> decisions, List<IssueItem> opened,
		List<IssueItem> resolved, List<ActionItem> actions, List<ChangeItem> approvedChanges) {

	/** How far after the week's end an open action counts as due. */
	public static final int ACTION_DAYS = 7;

	/**
	 * @param projectKey {@code null} for a program-wide issue
	 * @param escalatedTo the stakeholder asked
	 */
	public record Escalation(long issueId, String projectKey, String title, Priority priority, String ask,
			String escalatedTo, LocalDate neededBy, boolean overdue) {
	}

	/**
	 * @param decider the stakeholder asked to decide, {@code null} if none is named
	 * @param neededBy {@code null} if no date is set
	 */
	public record NeededDecision(long decisionId, String projectKey, String title, Priority priority, String decider,
			LocalDate neededBy, boolean overdue) {
	}

	/**
	 * @param day the day it was raised (opened) or resolved (resolved), in the
	 * application's time zone
	 */
	public record IssueItem(long issueId, String projectKey, String title, Priority priority, IssueStatus status,
			String owner, LocalDate day) {
	}

	/**
	 * @param owner the owning user's or stakeholder's name
	 */
	public record ActionItem(long actionId, String projectKey, String title, String owner, LocalDate due,
			boolean overdue) {
	}

	/**
	 * @param approvedBy the approver's name
	 */
	public record ChangeItem(long changeId, String projectKey, String title, String requestedBy, String approvedBy,
			LocalDate approvedOn) {
	}

}
