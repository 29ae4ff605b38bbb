package dev.milepost.dashboard.me;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.milepost.raid.UserRegister;

/**
 * What the signed-in user should look at: the programs they own or are editor of (not
 * archived) with what in them needs attention, and what the register asks of them in any
 * program ({@code register}: their issues and actions, the decisions and escalations
 * asked of the stakeholder with their e-mail address). Each list holds at most
 * {@link MyWorkQuery#LIMIT} rows; {@code total} is how many there are in all.
 */
public record MyWork(LocalDate today, int staleDays, Section<ProgramRow> programs, Section<MilestoneRow> dueSoon,
		Section<StaleRow> stale, Section<RiskRow> reviews, UserRegister register) {

	/** Owns or edits no program and the register asks nothing of the user. */
	public boolean isEmpty() {
		return !ownsPrograms() && this.register.isEmpty();
	}

	/** Owns or edits a program. */
	public boolean ownsPrograms() {
		return this.programs.total() > 0;
	}

	/**
	 * The register's parts in the order the page shows them: what is asked of the user
	 * first, then what they own.
	 */
	public List<RegisterSection> registerSections() {
		return List.of(new RegisterSection("escalations", "/issues", this.register.escalations()),
				new RegisterSection("decisions", "/decisions", this.register.decisions()),
				new RegisterSection("issues", "/issues", this.register.issues()),
				new RegisterSection("actions", "/actions", this.register.actions()));
	}

	/**
	 * One part of the register on the page.
	 *
	 * @param key names its messages ({@code me.KEY.heading}, ...) and element ids
	 * @param list the register list its program links filter
	 */
	public record RegisterSection(String key, String list, UserRegister.Part part) {
	}

	/** A capped list and how many rows there are without the cap. */
	public record Section<T>(List<T> rows, int total) {

		public Section {
			rows = List.copyOf(rows);
		}

		public boolean truncated() {
			return this.total > this.rows.size();
		}

		static <T> Section<T> none() {
			return new Section<>(List.of(), 0);
		}

	}

	/**
	 * One of my programs, with its open milestones past their forecast and blocked ones.
	 */
	public record ProgramRow(long id, String key, String name, String status, boolean owner, int overdue, int blocked) {
	}

	/** An open milestone forecast within the next days. */
	public record MilestoneRow(long id, String name, LocalDate forecast, String status, long programId,
			String programKey, String projectKey) {
	}

	/** A project, milestone or risk not updated since {@code updatedAt}. */
	public record StaleRow(String kind, long id, String name, Instant updatedAt, long programId, String programKey) {

		/** The record's page. */
		public String href() {
			return switch (this.kind) {
				case "PROJECT" -> "/projects/" + this.id;
				case "MILESTONE" -> "/milestones/" + this.id;
				default -> "/risks/" + this.id;
			};
		}

	}

	/** An open or mitigating risk whose next review is due (or past). */
	public record RiskRow(long id, String title, int score, String status, LocalDate nextReview, long programId,
			String programKey) {
	}

}
