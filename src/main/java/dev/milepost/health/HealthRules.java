package dev.milepost.health;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The thresholds of the health rules, bound from {@code milepost.health.*}; anything not
 * set keeps its default. Every rule yields AMBER or RED (never GREEN) when it fires;
 * health is the worst of the rules that fire.
 *
 * <ul>
 * <li>{@code slip}: an open milestone whose forecast is more than {@code amber-days} (7)
 * after its baseline is AMBER, more than {@code red-days} (14) RED.</li>
 * <li>{@code overdue}: {@code amber-count} (1) or more overdue milestones is AMBER;
 * {@code red-count} (3) or more, or any one overdue more than {@code red-days} (14) days,
 * is RED.</li>
 * <li>{@code blocked}: {@code amber-count} (1) or more BLOCKED milestones is AMBER,
 * {@code red-count} (2) or more RED.</li>
 * <li>{@code risks}: each open risk scoring {@code amber-score} (15) or more is AMBER,
 * {@code red-score} (20) or more RED.</li>
 * <li>{@code budget}: the share of budget spent ahead of the share of milestones done by
 * more than {@code amber-points} (10) percentage points is AMBER, more than
 * {@code red-points} (25) RED; spending more than planned is always RED.</li>
 * <li>{@code staleness}: no update for {@code amber-days} (14) days or more is AMBER, for
 * {@code red-days} (twice {@code amber-days}) or more RED.</li>
 * <li>{@code critical-issues}: {@code amber-count} (1) or more open critical issues is
 * AMBER, {@code red-count} (3) or more RED.</li>
 * <li>{@code past-needed-by}: {@code amber-count} (1) or more escalations and needed
 * decisions past their needed-by date is AMBER, {@code red-count} (3) or more RED.</li>
 * <li>{@code overdue-actions}: {@code amber-count} (3) or more overdue actions is AMBER,
 * {@code red-count} (6) or more RED.</li>
 * </ul>
 *
 * @param slip milestone slip against baseline
 * @param overdue milestones past their forecast date
 * @param blocked blocked milestones
 * @param risks high-scoring open risks
 * @param budget budget burn against progress
 * @param staleness time since the last update
 * @param criticalIssues open critical issues of a program
 * @param pastNeededBy escalations and decisions of a program past their needed-by date
 * @param overdueActions open actions of a program past their due date
 */
@Validated
@ConfigurationProperties("milepost.health")
public record HealthRules(Slip slip, Overdue overdue, Blocked blocked, Risks risks, Budget budget, Staleness staleness,
		Count criticalIssues, Count pastNeededBy, Count overdueActions) {

	public HealthRules {
		slip = (slip != null) ? slip : new Slip(null, null);
		overdue = (overdue != null) ? overdue : new Overdue(null, null, null);
		blocked = (blocked != null) ? blocked : new Blocked(null, null);
		risks = (risks != null) ? risks : new Risks(null, null);
		budget = (budget != null) ? budget : new Budget(null, null);
		staleness = (staleness != null) ? staleness : new Staleness(null, null);
		criticalIssues = Count.of(criticalIssues, 1, 3, "critical-issues");
		pastNeededBy = Count.of(pastNeededBy, 1, 3, "past-needed-by");
		overdueActions = Count.of(overdueActions, 3, 6, "overdue-actions");
	}

	/** All defaults. */
	public static HealthRules defaults() {
		return new HealthRules(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * @param amberDays slip of more than this many days is AMBER (default 7)
	 * @param redDays slip of more than this many days is RED (default 14)
	 */
	public record Slip(Integer amberDays, Integer redDays) {

		public Slip {
			amberDays = orDefault(amberDays, 7, "slip.amber-days");
			redDays = orDefault(redDays, 14, "slip.red-days");
			requireOrdered(amberDays, redDays, "slip.amber-days", "slip.red-days");
		}

	}

	/**
	 * @param amberCount this many overdue milestones or more is AMBER (default 1)
	 * @param redCount this many overdue milestones or more is RED (default 3)
	 * @param redDays any milestone overdue by more than this many days is RED (default
	 * 14)
	 */
	public record Overdue(Integer amberCount, Integer redCount, Integer redDays) {

		public Overdue {
			amberCount = atLeastOne(orDefault(amberCount, 1, "overdue.amber-count"), "overdue.amber-count");
			redCount = orDefault(redCount, 3, "overdue.red-count");
			redDays = orDefault(redDays, 14, "overdue.red-days");
			requireOrdered(amberCount, redCount, "overdue.amber-count", "overdue.red-count");
		}

	}

	/**
	 * @param amberCount this many blocked milestones or more is AMBER (default 1)
	 * @param redCount this many blocked milestones or more is RED (default 2)
	 */
	public record Blocked(Integer amberCount, Integer redCount) {

		public Blocked {
			amberCount = atLeastOne(orDefault(amberCount, 1, "blocked.amber-count"), "blocked.amber-count");
			redCount = orDefault(redCount, 2, "blocked.red-count");
			requireOrdered(amberCount, redCount, "blocked.amber-count", "blocked.red-count");
		}

	}

	/**
	 * @param amberScore an open risk scoring this or more is AMBER (default 15, the
	 * "critical" band)
	 * @param redScore an open risk scoring this or more is RED (default 20)
	 */
	public record Risks(Integer amberScore, Integer redScore) {

		public Risks {
			amberScore = atLeastOne(orDefault(amberScore, 15, "risks.amber-score"), "risks.amber-score");
			redScore = orDefault(redScore, 20, "risks.red-score");
			requireOrdered(amberScore, redScore, "risks.amber-score", "risks.red-score");
		}

	}

	/**
	 * @param amberPoints spent share ahead of done share by more than this many
	 * percentage points is AMBER (default 10)
	 * @param redPoints ahead by more than this many points is RED (default 25)
	 */
	public record Budget(Integer amberPoints, Integer redPoints) {

		public Budget {
			amberPoints = orDefault(amberPoints, 10, "budget.amber-points");
			redPoints = orDefault(redPoints, 25, "budget.red-points");
			requireOrdered(amberPoints, redPoints, "budget.amber-points", "budget.red-points");
		}

	}

	/**
	 * @param amberDays no update for this many days or more is AMBER (default 14: two
	 * missed weekly updates)
	 * @param redDays no update for this many days or more is RED (default twice
	 * {@code amberDays})
	 */
	public record Staleness(Integer amberDays, Integer redDays) {

		public Staleness {
			amberDays = atLeastOne(orDefault(amberDays, 14, "staleness.amber-days"), "staleness.amber-days");
			redDays = orDefault(redDays, 2 * amberDays, "staleness.red-days");
			requireOrdered(amberDays, redDays, "staleness.amber-days", "staleness.red-days");
		}

	}

	/**
	 * A count threshold of the register rules; unset values take the rule's defaults.
	 *
	 * @param amberCount this many or more is AMBER
	 * @param redCount this many or more is RED
	 */
	public record Count(Integer amberCount, Integer redCount) {

		static Count of(Count given, int amber, int red, String name) {
			Integer amberCount = (given != null) ? given.amberCount() : null;
			Integer redCount = (given != null) ? given.redCount() : null;
			int a = atLeastOne(orDefault(amberCount, amber, name + ".amber-count"), name + ".amber-count");
			int r = orDefault(redCount, Math.max(red, a), name + ".red-count");
			requireOrdered(a, r, name + ".amber-count", name + ".red-count");
			return new Count(a, r);
		}

		/** RED, AMBER or {@code null} (the rule does not fire) for {@code count}. */
		Health of(int count) {
			if (count >= this.redCount) {
				return Health.RED;
			}
			return (count >= this.amberCount) ? Health.AMBER : null;
		}

	}

	private static int orDefault(Integer value, int fallback, String name) {
		if (value == null) {
			return fallback;
		}
		if (value < 0) {
			throw new IllegalArgumentException("milepost.health." + name + " must not be negative but was " + value);
		}
		return value;
	}

	private static int atLeastOne(int value, String name) {
		if (value < 1) {
			throw new IllegalArgumentException("milepost.health." + name + " must be at least 1 but was " + value);
		}
		return value;
	}

	private static void requireOrdered(int amber, int red, String amberName, String redName) {
		if (red < amber) {
			throw new IllegalArgumentException("milepost.health." + redName + " (" + red
					+ ") must not be below milepost.health." + amberName + " (" + amber + ")");
		}
	}

}
