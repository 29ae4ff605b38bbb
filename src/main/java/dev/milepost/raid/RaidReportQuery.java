package dev.milepost.raid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.milepost.raid.RegisterWeek.ActionItem;
import dev.milepost.raid.RegisterWeek.ChangeItem;
import dev.milepost.raid.RegisterWeek.Escalation;
import dev.milepost.raid.RegisterWeek.IssueItem;
import dev.milepost.raid.RegisterWeek.NeededDecision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register lists a weekly report drafts ({@link RegisterWeek}), read in one SQL
 * statement whatever the program's size. The week's instants are reckoned in the
 * application's time zone (the clock's, {@code milepost.time-zone}), as the report's
 * other "this week" lists are.
 */
@Component
public class RaidReportQuery {

	/*
	 * One UNION ALL over the six lists; each row says which list it belongs to (row_kind;
	 * day and at are reserved words in H2). An issue's resolution time is the first
	 * revision (Envers, stamped with the application's clock) that made it resolved or
	 * closed after it was last live; an issue without history counts from its last
	 * update. Only issues touched since the week began can have been resolved in it,
	 * which keeps the history look-ups few.
	 */
	private static final String SQL = """
			select 'E' as row_kind, i.id, p.project_key, i.title, i.priority, i.status, s.name as person,
			  i.escalation_ask as extra, i.escalation_needed_by as row_day, cast(null as timestamp with time zone) as row_at
			from issues i
			join stakeholders s on s.id = i.escalated_to_id
			left join projects p on p.id = i.project_id
			where i.program_id = :program and not i.archived and i.status in ('OPEN', 'IN_PROGRESS')
			  and i.escalation_ask is not null
			union all
			select 'D', d.id, p.project_key, d.title, d.priority, d.status, s.name,
			  cast(null as varchar(1000)), d.needed_by, cast(null as timestamp with time zone)
			from decisions d
			left join stakeholders s on s.id = d.decider_id
			left join projects p on p.id = d.project_id
			where d.program_id = :program and not d.archived and d.status = 'NEEDED'
			union all
			select 'O', i.id, p.project_key, i.title, i.priority, i.status, u.display_name,
			  cast(null as varchar(1000)), i.raised_on, i.created_at
			from issues i
			join users u on u.id = i.owner_id
			left join projects p on p.id = i.project_id
			where i.program_id = :program and not i.archived and i.created_at >= :from and i.created_at < :to
			union all
			select 'R', x.id, x.project_key, x.title, x.priority, x.status, x.display_name,
			  cast(null as varchar(1000)), cast(null as date), x.resolved_at
			from (
			  select i.id, p.project_key, i.title, i.priority, i.status, u.display_name,
			    coalesce((select min(r.changed_at) from issues_aud a join revisions r on r.id = a.rev
			              where a.id = i.id and a.status in ('RESOLVED', 'CLOSED')
			                and a.rev > coalesce((select max(b.rev) from issues_aud b
			                                      where b.id = i.id and b.status in ('OPEN', 'IN_PROGRESS')), 0)),
			             i.updated_at) as resolved_at
			  from issues i
			  join users u on u.id = i.owner_id
			  left join projects p on p.id = i.project_id
			  where i.program_id = :program and not i.archived and i.status in ('RESOLVED', 'CLOSED')
			    and i.updated_at >= :from
			) x
			where x.resolved_at >= :from and x.resolved_at < :to
			union all
			select 'A', a.id, p.project_key, a.title, a.priority, a.status, coalesce(u.display_name, s.name),
			  cast(null as varchar(1000)), a.due_date, cast(null as timestamp with time zone)
			from actions a
			left join users u on u.id = a.owner_user_id
			left join stakeholders s on s.id = a.owner_stakeholder_id
			left join projects p on p.id = a.project_id
			where a.program_id = :program and not a.archived and a.status = 'OPEN' and a.due_date <= :actionsUntil
			union all
			select 'C', c.id, p.project_key, c.title, c.priority, c.status, u.display_name,
			  c.requested_by, c.decided_on, cast(null as timestamp with time zone)
			from change_requests c
			left join users u on u.id = c.decided_by_id
			left join projects p on p.id = c.project_id
			where c.program_id = :program and not c.archived and c.status = 'APPROVED'
			  and c.decided_on >= :monday and c.decided_on <= :sunday
			order by row_kind, row_day, row_at, title, id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	RaidReportQuery(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The program's register for the week from {@code monday} to {@code sunday}
	 * (everything empty for an unknown program), overdue as of today; one SQL statement.
	 */
	@Transactional(readOnly = true)
	public RegisterWeek forWeek(long programId, LocalDate monday, LocalDate sunday) {
		LocalDate today = LocalDate.now(this.clock);
		OffsetDateTime from = monday.atStartOfDay(this.clock.getZone())
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime to = sunday.plusDays(1)
			.atStartOfDay(this.clock.getZone())
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		List<Escalation> escalations = new ArrayList<>();
		List<NeededDecision> decisions = new ArrayList<>();
		List<IssueItem> opened = new ArrayList<>();
		List<IssueItem> resolved = new ArrayList<>();
		List<ActionItem> actions = new ArrayList<>();
		List<ChangeItem> changes = new ArrayList<>();
		this.jdbc.sql(SQL)
			.param("program", programId)
			.param("from", from)
			.param("to", to)
			.param("monday", monday)
			.param("sunday", sunday)
			.param("actionsUntil", sunday.plusDays(RegisterWeek.ACTION_DAYS))
			.query((rs) -> {
				long id = rs.getLong("id");
				String project = rs.getString("project_key");
				String title = rs.getString("title");
				String person = rs.getString("person");
				LocalDate day = rs.getObject("row_day", LocalDate.class);
				OffsetDateTime at = rs.getObject("row_at", OffsetDateTime.class);
				switch (rs.getString("row_kind")) {
					case "E" -> escalations.add(new Escalation(id, project, title, priority(rs.getString("priority")),
							rs.getString("extra"), person, day, day.isBefore(today)));
					case "D" -> decisions.add(new NeededDecision(id, project, title, priority(rs.getString("priority")),
							person, day, day != null && day.isBefore(today)));
					case "O" -> opened.add(new IssueItem(id, project, title, priority(rs.getString("priority")),
							IssueStatus.valueOf(rs.getString("status")), person, day));
					case "R" -> resolved.add(new IssueItem(id, project, title, priority(rs.getString("priority")),
							IssueStatus.valueOf(rs.getString("status")), person,
							at.atZoneSameInstant(this.clock.getZone()).toLocalDate()));
					case "A" -> actions.add(new ActionItem(id, project, title, person, day, day.isBefore(today)));
					default -> changes.add(new ChangeItem(id, project, title, rs.getString("extra"), person, day));
				}
			});
		return new RegisterWeek(List.copyOf(escalations), List.copyOf(decisions), List.copyOf(opened),
				List.copyOf(resolved), List.copyOf(actions), List.copyOf(changes));
	}

	private static Priority priority(String value) {
		return Priority.valueOf(value);
	}

}
