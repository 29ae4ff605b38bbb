package dev.milepost.report.digest;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the leadership digest of one ISO week says, as it was when drafted (a preview) or
 * published (stored as JSON and shown from there, never recomputed). Texts such as health
 * reasons are already rendered, so a published digest does not change when messages or
 * rules do.
 *
 * @param week the ISO week, e.g. {@code 2026-W47}
 * @param weekStart its Monday
 * @param weekEnd its Sunday
 * @param asOf the day the content was computed (health is evaluated as of that day)
 * @param groups the programs that are not archived by effective health, RED, AMBER then
 * GREEN (every health present, possibly empty)
 * @param healthChanges programs whose effective health differs from the health recorded
 * at the start of the week (the latest weekly snapshot on or before its Monday)
 * @param asks the asks and escalations of each program's published report of the week, by
 * program key; empty asks and "None" are left out
 * @param withoutReport active programs with no published report for the week
 * @param topRisks the highest-scoring open or mitigating risks of the portfolio
 * @param slipped forecasts moved later during the week, newest first, at most
 * {@link DigestDrafter#SLIPPED_LIMIT}
 * @param slippedTotal how many forecasts moved later during the week in all
 * @param askedOfLeadership the open escalations and needed decisions of the register as
 * of {@code asOf}; {@code null} in digests published before the register existed
 */
public record DigestContent(String week, LocalDate weekStart, LocalDate weekEnd, LocalDate asOf,
		List<HealthGroup> groups, List<HealthChange> healthChanges, List<Ask> asks, List<ProgramRef> withoutReport,
		List<RiskLine> topRisks, List<SlipLine> slipped, int slippedTotal, @Nullable LeadershipAsks askedOfLeadership) {

	/** The number of programs in the digest. */
	public int programCount() {
		return this.groups.stream().mapToInt((group) -> group.programs().size()).sum();
	}

	/** Forecast moves left out of {@link #slipped()}. */
	public int slippedMore() {
		return Math.max(0, this.slippedTotal - this.slipped.size());
	}

	/** A program as the digest names and links it. */
	public record ProgramRef(long id, String key, String name) {

		public String label() {
			return this.key + " · " + this.name;
		}

	}

	/**
	 * The programs of one effective health ({@code RED}, {@code AMBER}, {@code GREEN}),
	 * by key.
	 */
	public record HealthGroup(String health, List<ProgramLine> programs) {
	}

	/**
	 * @param reasons why it is RED or AMBER, worst first, as text, at most
	 * {@link DigestDrafter#REASONS_SHOWN}; empty for GREEN
	 * @param moreReasons how many further reasons the program page has
	 * @param overridden whether an active override decides the health
	 */
	public record ProgramLine(ProgramRef program, String health, List<String> reasons, int moreReasons,
			boolean overridden) {
	}

	/**
	 * Effective health recorded at the start of the week ({@code was}) and when drafted
	 * ({@code now}).
	 */
	public record HealthChange(ProgramRef program, String was, String now) {

		/** Whether the program got worse (RED is worst). */
		public boolean worse() {
			return rank(this.now) > rank(this.was);
		}

		private static int rank(String health) {
			return switch (health) {
				case "RED" -> 2;
				case "AMBER" -> 1;
				default -> 0;
			};
		}

	}

	/** The asks of a program's published report, plain text as written. */
	public record Ask(ProgramRef program, String text, int versionNo) {
	}

	/**
	 * An open or mitigating risk; {@code projectKey} is {@code null} for a program-level
	 * risk.
	 */
	public record RiskLine(ProgramRef program, String projectKey, String title, int score, String status,
			String owner) {
	}

	/**
	 * @param days new minus old, always positive
	 */
	public record SlipLine(ProgramRef program, String projectKey, String milestone, LocalDate oldDate,
			LocalDate newDate, long days, String reason, String changedBy) {
	}

	/**
	 * "Asked of leadership this week": the register's open escalations and needed
	 * decisions, grouped by program (the program with the earliest needed-by date first),
	 * each program's by needed-by date, so overdue ones come first. (Method names avoid
	 * get/is: the record is stored as JSON and only its components belong there.)
	 *
	 * @param programs the programs with asks, at most {@link DigestDrafter#ASKS_LIMIT}
	 * asks in all
	 * @param total how many asks there are in all
	 */
	public record LeadershipAsks(List<AskGroup> programs, int total) {

		/** The number of asks listed. */
		public int listed() {
			return this.programs.stream().mapToInt((group) -> group.asks().size()).sum();
		}

		/** Asks left out of the list. */
		public int more() {
			return Math.max(0, this.total - listed());
		}

		/** How many listed asks are overdue. */
		public long overdue() {
			return this.programs.stream()
				.flatMap((group) -> group.asks().stream())
				.filter((ask) -> ask.daysOverdue() > 0)
				.count();
		}

	}

	/** One program's asks of leadership. */
	public record AskGroup(ProgramRef program, List<LeadershipAsk> asks) {
	}

	/**
	 * An open escalation ({@code ESCALATION}, the ask of an issue) or a needed decision
	 * ({@code DECISION}).
	 *
	 * @param ask the escalation's ask; {@code null} for a decision
	 * @param askedOf the stakeholder asked; {@code null} for a decision asked of nobody
	 * yet
	 * @param neededBy {@code null} for a decision without a date
	 * @param daysOverdue days past {@code neededBy} as of the digest's {@code asOf}; 0
	 * when not overdue
	 * @param projectKey {@code null} for an entry of the whole program
	 */
	public record LeadershipAsk(String kind, long id, String title, @Nullable String ask, @Nullable String askedOf,
			@Nullable LocalDate neededBy, long daysOverdue, @Nullable String projectKey) {

		/** The or decision's page, e.g. {@code /decisions/7}. */
		public String path() {
			return ("DECISION".equals(this.kind) ? "/decisions/" : "/issues/") + this.id;
		}

	}

}
