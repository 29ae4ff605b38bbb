package dev.milepost.raid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.milepost.raid.RegisterItem.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the register asks of one user, read with one SQL statement: the issues they own
 * (open or in progress), their open actions, and the decisions still needed and the
 * escalations of live issues asked of the stakeholder who has the user's e-mail address
 * (ignoring case). Archived entries and entries of archived programs are left out.
 */
@Component
@Transactional(readOnly = true)
public class UserRegisterQuery {

	/** Each kind by date (overdue ones are the earliest), undated last. */
	private static final String SQL = """
			select kind, id, title, priority, due, ask, asked_of, program_id, program_key, program_name, project_key,
			       total
			from (
			  select a.*, row_number() over (partition by a.kind order by a.due nulls last, a.id) as n,
			         count(*) over (partition by a.kind) as total
			  from (
			    select 'ISSUE' as kind, i.id, i.title, i.priority, i.target_date as due,
			           cast(null as varchar(1000)) as ask, cast(null as varchar(200)) as asked_of,
			           p.id as program_id, p.program_key, p.name as program_name, j.project_key
			    from issues i join users u on u.id = i.owner_id
			    join programs p on p.id = i.program_id left join projects j on j.id = i.project_id
			    where u.username = :username and i.archived = false and p.archived = false
			      and i.status in ('OPEN', 'IN_PROGRESS')
			    union all
			    select 'ACTION', c.id, c.title, c.priority, c.due_date, null, null, p.id, p.program_key, p.name,
			           j.project_key
			    from actions c join users u on u.id = c.owner_user_id
			    join programs p on p.id = c.program_id left join projects j on j.id = c.project_id
			    where u.username = :username and c.archived = false and p.archived = false and c.status = 'OPEN'
			    union all
			    select 'ESCALATION', i.id, i.title, i.priority, i.escalation_needed_by, i.escalation_ask, s.name,
			           p.id, p.program_key, p.name, j.project_key
			    from issues i join stakeholders s on s.id = i.escalated_to_id
			    join users u on s.email = lower(u.email)
			    join programs p on p.id = i.program_id left join projects j on j.id = i.project_id
			    where u.username = :username and i.archived = false and p.archived = false
			      and i.status in ('OPEN', 'IN_PROGRESS') and i.escalation_ask is not null
			    union all
			    select 'DECISION', d.id, d.title, d.priority, d.needed_by, null, s.name, p.id, p.program_key, p.name,
			           j.project_key
			    from decisions d join stakeholders s on s.id = d.decider_id
			    join users u on s.email = lower(u.email)
			    join programs p on p.id = d.program_id left join projects j on j.id = d.project_id
			    where u.username = :username and d.archived = false and p.archived = false and d.status = 'NEEDED'
			  ) a
			) b
			where n <= :limit
			order by kind, n
			""";

	private final JdbcClient jdbc;

	UserRegisterQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The user's register entries, each kind by date, in one SQL statement.
	 * @param username the user's login name (an unknown one has nothing)
	 * @param limit at most this many entries of each kind
	 */
	public UserRegister forUser(String username, int limit) {
		Map<Kind, List<RegisterItem>> items = new EnumMap<>(Kind.class);
		Map<Kind, Integer> totals = new EnumMap<>(Kind.class);
		this.jdbc.sql(SQL).param("username", username).param("limit", limit).query((rs) -> {
			RegisterItem item = LeadershipAsksQuery.item(rs);
			items.computeIfAbsent(item.kind(), (kind) -> new ArrayList<>()).add(item);
			totals.put(item.kind(), rs.getInt("total"));
		});
		return new UserRegister(part(items, totals, Kind.ISSUE), part(items, totals, Kind.ACTION),
				part(items, totals, Kind.DECISION), part(items, totals, Kind.ESCALATION));
	}

	private static UserRegister.Part part(Map<Kind, List<RegisterItem>> items, Map<Kind, Integer> totals, Kind kind) {
		return new UserRegister.Part(items.getOrDefault(kind, List.of()), totals.getOrDefault(kind, 0));
	}

}
