package dev.milepost.raid;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The compact register summary of a program page (counts linking to the filtered lists),
 * read with one SQL statement.
 */
@Component
public class RaidSummaryQuery {

	private static final String SQL = """
			select
			  (select count(*) from issues i where i.program_id = :program and not i.archived
			     and i.status in ('OPEN', 'IN_PROGRESS')) as open_issues,
			  (select count(*) from issues i where i.program_id = :program and not i.archived
			     and i.status in ('OPEN', 'IN_PROGRESS') and i.priority = 'CRITICAL') as critical_issues,
			  (select count(*) from issues i where i.program_id = :program and not i.archived
			     and i.status in ('OPEN', 'IN_PROGRESS') and i.target_date < :today) as overdue_issues,
			  (select count(*) from issues i where i.program_id = :program and not i.archived
			     and i.status in ('OPEN', 'IN_PROGRESS') and i.escalation_ask is not null) as open_escalations,
			  (select count(*) from issues i where i.program_id = :program and not i.archived
			     and i.status in ('OPEN', 'IN_PROGRESS') and i.escalation_needed_by < :today) as overdue_escalations,
			  (select count(*) from decisions d where d.program_id = :program and not d.archived
			     and d.status = 'NEEDED') as needed_decisions,
			  (select count(*) from decisions d where d.program_id = :program and not d.archived
			     and d.status = 'NEEDED' and d.needed_by < :today) as overdue_decisions,
			  (select count(*) from actions a where a.program_id = :program and not a.archived
			     and a.status = 'OPEN') as open_actions,
			  (select count(*) from actions a where a.program_id = :program and not a.archived
			     and a.status = 'OPEN' and a.due_date < :today) as overdue_actions,
			  (select count(*) from change_requests c where c.program_id = :program and not c.archived
			     and c.status in ('DRAFT', 'SUBMITTED')) as pending_changes
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	RaidSummaryQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The program's summary as of today (all zero for an unknown program), in one SQL
	 * statement.
	 */
	public RaidSummary forProgram(Long programId) {
		return this.jdbc.sql(SQL)
			.param("program", programId)
			.param("today", LocalDate.now(this.clock))
			.query((rs, n) -> new RaidSummary(rs.getLong("open_issues"), rs.getLong("critical_issues"),
					rs.getLong("overdue_issues"), rs.getLong("open_escalations"), rs.getLong("overdue_escalations"),
					rs.getLong("needed_decisions"), rs.getLong("overdue_decisions"), rs.getLong("open_actions"),
					rs.getLong("overdue_actions"), rs.getLong("pending_changes")))
			.single();
	}

}
