package dev.milepost.health;

/**
 * What health looks at in a program's register of issues, decisions and actions (archived
 * entries left out).
 *
 * @param openCriticalIssues critical issues open or in progress
 * @param pastNeededBy live escalations and needed decisions whose needed-by date has
 * passed
 * @param overdueActions open actions past their due date
 */
public record RegisterFacts(int openCriticalIssues, int pastNeededBy, int overdueActions) {

	/** An empty register. */
	public static final RegisterFacts NONE = new RegisterFacts(0, 0, 0);

}
