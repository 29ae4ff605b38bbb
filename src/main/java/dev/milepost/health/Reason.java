package dev.milepost.health;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Why something is AMBER or RED, as a message code with arguments, e.g.
 * {@code health.reason.risk ["Vendor exit", 20]} which English renders as "Risk Vendor
 * exit scores 20". The pure module produces no text: the web layer resolves
 * {@link #code()} with {@link #args()} through its message source (see
 * {@code healthrecord.HealthMessages}). Arguments are plain values (strings, numbers,
 * dates) or a {@link Phrase} / {@link Names} that is itself rendered first. Only rules
 * that fire produce reasons, so a reason is AMBER or RED, except the one that reports a
 * project overridden to GREEN on its program.
 *
 * @param health how bad this finding is on its own (AMBER or RED)
 * @param rule the rule that produced it
 * @param code the message code, one of {@link #CODES}
 * @param args its arguments, in message order
 * @param source where it comes from when repeated on a program (the project key), else
 * {@code null}; rendered as "KEY: ..." ({@value #FROM})
 */
public record Reason(Health health, HealthRule rule, String code, List<Object> args, String source) {

	/** "{0}: {1}": a reason repeated on its program, prefixed with the project key. */
	public static final String FROM = "health.reason.from";

	public static final String MILESTONE_SLIP = "health.reason.milestone.slip";

	public static final String MILESTONE_OVERDUE = "health.reason.milestone.overdue";

	public static final String MILESTONE_BLOCKED = "health.reason.milestone.blocked";

	public static final String SLIP = "health.reason.slip";

	public static final String OVERDUE = "health.reason.overdue";

	/** One overdue milestone inside {@link #OVERDUE}: name and days. */
	public static final String OVERDUE_ITEM = "health.reason.overdue.item";

	public static final String BLOCKED = "health.reason.blocked";

	public static final String RISK = "health.reason.risk";

	public static final String BUDGET_OVER = "health.reason.budget.over";

	public static final String BUDGET_OVER_WITH_PROGRESS = "health.reason.budget.overWithProgress";

	public static final String BUDGET_AHEAD = "health.reason.budget.ahead";

	public static final String STALE = "health.reason.stale";

	public static final String OVERRIDE = "health.reason.override";

	/** "N open critical issue(s)". */
	public static final String CRITICAL_ISSUES = "health.reason.criticalIssues";

	/** "N escalation(s) or decision(s) past their needed-by date". */
	public static final String PAST_NEEDED_BY = "health.reason.pastNeededBy";

	/** "N overdue action(s)". */
	public static final String OVERDUE_ACTIONS = "health.reason.overdueActions";

	/** "N day(s)". */
	public static final String DAYS = "health.days";

	/** "N milestone(s)". */
	public static final String MILESTONES = "health.milestones";

	/**
	 * Every code a reason or phrase may carry; a test renders each through the real
	 * messages.
	 */
	public static final List<String> CODES = List.of(FROM, MILESTONE_SLIP, MILESTONE_OVERDUE, MILESTONE_BLOCKED, SLIP,
			OVERDUE, OVERDUE_ITEM, BLOCKED, RISK, BUDGET_OVER, BUDGET_OVER_WITH_PROGRESS, BUDGET_AHEAD, STALE, OVERRIDE,
			CRITICAL_ISSUES, PAST_NEEDED_BY, OVERDUE_ACTIONS, DAYS, MILESTONES);

	/**
	 * Worst first; reasons of equal health keep their order (use with a stable sort such
	 * as {@link java.util.List#sort}).
	 */
	public static final Comparator<Reason> WORST_FIRST = Comparator.comparing(Reason::health).reversed();

	public Reason {
		Objects.requireNonNull(health, "health");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(code, "code");
		args = List.copyOf(args);
	}

	/** A reason of no particular source. */
	public static Reason of(Health health, HealthRule rule, String code, Object... args) {
		return new Reason(health, rule, code, Arrays.asList(args), null);
	}

	/** The same reason, said of {@code source} (e.g. a project key on its program). */
	public Reason from(String source) {
		return new Reason(this.health, this.rule, this.code, this.args, source);
	}

	/** {@link #args()} as an array, for message sources. */
	public Object[] arguments() {
		return this.args.toArray();
	}

	/**
	 * A message inside a message, e.g. "3 days".
	 *
	 * @param code its message code
	 * @param args its arguments
	 */
	public record Phrase(String code, List<Object> args) {

		public Phrase {
			Objects.requireNonNull(code, "code");
			args = List.copyOf(args);
		}

		public static Phrase of(String code, Object... args) {
			return new Phrase(code, Arrays.asList(args));
		}

	}

	/**
	 * A list of names (strings or {@link Phrase}s) shown comma-separated, followed by
	 * "and N more" when {@code more} is positive.
	 *
	 * @param shown the names shown
	 * @param more how many were left out
	 */
	public record Names(List<Object> shown, int more) {

		public Names {
			shown = List.copyOf(shown);
		}

		/** The first {@code limit} of {@code names}, and how many more there are. */
		public static Names of(List<?> names, int limit) {
			List<Object> shown = new ArrayList<>(names.subList(0, Math.min(limit, names.size())));
			return new Names(shown, names.size() - shown.size());
		}

	}

}
