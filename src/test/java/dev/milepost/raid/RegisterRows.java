package dev.milepost.raid;

import java.time.LocalDate;

import dev.milepost.TestClock;
import dev.milepost.portfolio.Program;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts register rows straight into the tables, for tests of the pages and documents
 * that read the register across programs (the leadership digest, "My work"). Each method
 * returns the new row's id.
 */
public record RegisterRows(JdbcClient jdbc) {

	/** A stakeholder; its address is stored lower-cased, as the application does. */
	public long stakeholder(String name, String email) {
		return this.jdbc.sql("""
				insert into stakeholders (name, email, influence, interest, created_at, updated_at)
				values (:name, lower(:email), 'HIGH', 'HIGH', :now, :now) returning id""")
			.param("name", name)
			.param("email", email)
			.param("now", TestClock.runNowAtUtc())
			.query(Long.class)
			.single();
	}

	/** An issue without escalation. */
	public long issue(Program program, String title, String status, long ownerId, LocalDate target) {
		return escalation(program, null, title, status, ownerId, null, null, target);
	}

	/**
	 * An issue escalated with {@code ask} to the stakeholder, needed by {@code neededBy}
	 * (all three {@code null}: not escalated).
	 */
	public long escalation(Program program, Long projectId, String title, String status, long ownerId, String ask,
			Long stakeholderId, LocalDate neededBy) {
		return this.jdbc.sql("""
				insert into issues (program_id, project_id, title, priority, owner_id, raised_on, target_date, status,
				  resolution, escalation_ask, escalated_to_id, escalation_needed_by, created_at, updated_at)
				values (:program, :project, :title, 'HIGH', :owner, :raised, :target, :status, :resolution, :ask,
				  :to, :neededBy, :now, :now) returning id""")
			.param("program", program.getId())
			.param("project", projectId)
			.param("title", title)
			.param("owner", ownerId)
			.param("raised", TestClock.runToday().minusDays(10))
			.param("target", (ask == null) ? neededBy : null)
			.param("status", status)
			.param("resolution", status.equals("RESOLVED") ? "Fixed" : null)
			.param("ask", ask)
			.param("to", stakeholderId)
			.param("neededBy", (ask == null) ? null : neededBy)
			.param("now", TestClock.runNowAtUtc())
			.query(Long.class)
			.single();
	}

	/** A decision; a DECIDED one is decided today. */
	public long decision(Program program, String title, String status, LocalDate neededBy, Long deciderId) {
		boolean needed = status.equals("NEEDED");
		return this.jdbc.sql("""
				insert into decisions (program_id, title, priority, status, needed_by, decider_id, decided_on, decision,
				  created_at, updated_at)
				values (:program, :title, 'MEDIUM', :status, :neededBy, :decider, :decidedOn, :decision, :now, :now)
				returning id""")
			.param("program", program.getId())
			.param("title", title)
			.param("status", status)
			.param("neededBy", neededBy)
			.param("decider", deciderId)
			.param("decidedOn", needed ? null : TestClock.runToday())
			.param("decision", needed ? null : "Agreed")
			.param("now", TestClock.runNowAtUtc())
			.query(Long.class)
			.single();
	}

	/** An action of a user ({@code ownerUserId}) or else of a stakeholder. */
	public long action(Program program, String title, String status, Long ownerUserId, Long ownerStakeholderId,
			LocalDate due) {
		return this.jdbc.sql("""
				insert into actions (program_id, title, priority, owner_user_id, owner_stakeholder_id, due_date, status,
				  completed_on, created_at, updated_at)
				values (:program, :title, 'LOW', :user, :stakeholder, :due, :status, :completed, :now, :now)
				returning id""")
			.param("program", program.getId())
			.param("title", title)
			.param("user", ownerUserId)
			.param("stakeholder", ownerStakeholderId)
			.param("due", due)
			.param("status", status)
			.param("completed", status.equals("DONE") ? TestClock.runToday() : null)
			.param("now", TestClock.runNowAtUtc())
			.query(Long.class)
			.single();
	}

	/**
	 * Archives a row of {@code issues}, {@code decisions}, {@code actions} or
	 * {@code programs}.
	 */
	public void archive(String table, long id) {
		if (!java.util.List.of("issues", "decisions", "actions", "programs").contains(table)) {
			throw new IllegalArgumentException(table);
		}
		this.jdbc.sql("update " + table + " set archived = true where id = :id").param("id", id).update();
	}

}
