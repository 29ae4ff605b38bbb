package dev.milepost.dashboard.me;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.milepost.dashboard.me.MyWork.MilestoneRow;
import dev.milepost.dashboard.me.MyWork.ProgramRow;
import dev.milepost.dashboard.me.MyWork.RiskRow;
import dev.milepost.dashboard.me.MyWork.Section;
import dev.milepost.dashboard.me.MyWork.StaleRow;
import dev.milepost.raid.UserRegister;
import dev.milepost.raid.UserRegisterQuery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@link MyWork} with at most five SQL statements, whatever the data: the user's
 * programs first, then one statement per list of their programs (none when there are no
 * programs), and one for everything the register asks of the user
 * ({@link UserRegisterQuery}). Ownership is by username joined to {@code users}, as
 * {@code dev.milepost.security.Access} does. Each list carries its full count
 * ({@code count(*) over ()}) next to the capped rows.
 */
@Component
@Transactional(readOnly = true)
public class MyWorkQuery {

	/** Rows per list. */
	public static final int LIMIT = 20;

	/** Milestones forecast up to this many days ahead are "due soon". */
	public static final int DUE_DAYS = 14;

	/** Risks whose next review is up to this many days ahead are "due for review". */
	public static final int REVIEW_DAYS = 7;

	/** The ids of the non-archived programs :username owns or is editor of. */
	private static final String MINE = """
			select p.id from programs p join users o on o.id = p.owner_id
			where o.username = :username and p.archived = false
			union
			select p.id from programs p join program_editors e on e.program_id = p.id
			join users u on u.id = e.user_id
			where u.username = :username and p.archived = false
			""";

	private static final String PROGRAMS = """
			select p.id, p.program_key, p.name, p.status, o.username = :username as is_owner,
			       (select count(*) from milestones m join projects pr on pr.id = m.project_id
			        where pr.program_id = p.id and m.archived = false and pr.archived = false
			          and m.status not in ('DONE', 'CANCELLED') and m.actual_date is null
			          and m.forecast_date < :today) as overdue,
			       (select count(*) from milestones m join projects pr on pr.id = m.project_id
			        where pr.program_id = p.id and m.archived = false and pr.archived = false
			          and m.status = 'BLOCKED') as blocked,
			       count(*) over () as total
			from programs p join users o on o.id = p.owner_id
			where p.id in (%s)
			order by p.program_key
			fetch first %d rows only
			""".formatted(MINE, LIMIT);

	private static final String DUE_SOON = """
			select m.id, m.name, m.forecast_date, m.status, p.id as program_id, p.program_key, pr.project_key,
			       count(*) over () as total
			from milestones m join projects pr on pr.id = m.project_id join programs p on p.id = pr.program_id
			where p.id in (%s)
			  and m.archived = false and pr.archived = false
			  and m.status not in ('DONE', 'CANCELLED')
			  and m.forecast_date between :today and :until
			order by m.forecast_date, m.id
			fetch first %d rows only
			""".formatted(MINE, LIMIT);

	private static final String STALE = """
			select kind, id, name, updated_at, program_id, program_key, count(*) over () as total from (
			  select 'PROJECT' as kind, pr.id, pr.project_key || ' · ' || pr.name as name, pr.updated_at,
			         p.id as program_id, p.program_key
			  from projects pr join programs p on p.id = pr.program_id
			  where p.id in (%1$s) and pr.archived = false and pr.phase <> 'CLOSED' and pr.updated_at < :cutoff
			  union all
			  select 'MILESTONE', m.id, pr.project_key || ' · ' || m.name, m.updated_at, p.id, p.program_key
			  from milestones m join projects pr on pr.id = m.project_id join programs p on p.id = pr.program_id
			  where p.id in (%1$s) and m.archived = false and pr.archived = false
			    and m.status not in ('DONE', 'CANCELLED') and m.updated_at < :cutoff
			  union all
			  select 'RISK', r.id, r.title, r.updated_at, p.id, p.program_key
			  from risks r join programs p on p.id = r.program_id
			  where p.id in (%1$s) and r.archived = false and r.status in ('OPEN', 'MITIGATING')
			    and r.updated_at < :cutoff
			) stale
			order by updated_at, kind, id
			fetch first %2$d rows only
			""".formatted(MINE, LIMIT);

	private static final String REVIEWS = """
			select r.id, r.title, r.score, r.status, r.next_review_date, p.id as program_id, p.program_key,
			       count(*) over () as total
			from risks r join programs p on p.id = r.program_id
			where p.id in (%s)
			  and r.archived = false and r.status in ('OPEN', 'MITIGATING')
			  and r.next_review_date <= :until
			order by r.next_review_date, r.score desc, r.id
			fetch first %d rows only
			""".formatted(MINE, LIMIT);

	private final JdbcClient jdbc;

	private final UserRegisterQuery register;

	private final Clock clock;

	private final int staleDays;

	public MyWorkQuery(JdbcClient jdbc, UserRegisterQuery register, Clock clock,
			@Value("${milepost.me.stale-days:14}") int staleDays) {
		this.jdbc = jdbc;
		this.register = register;
		this.clock = clock;
		this.staleDays = staleDays;
	}

	/** The work of the user with this username. */
	public MyWork forUser(String username) {
		LocalDate today = LocalDate.now(this.clock);
		Section<ProgramRow> programs = section(
				this.jdbc.sql(PROGRAMS).param("username", username).param("today", today),
				(rs, n) -> new ProgramRow(rs.getLong("id"), rs.getString("program_key"), rs.getString("name"),
						rs.getString("status"), rs.getBoolean("is_owner"), rs.getInt("overdue"), rs.getInt("blocked")));
		UserRegister register = this.register.forUser(username, LIMIT);
		if (programs.total() == 0) {
			return new MyWork(today, this.staleDays, programs, Section.none(), Section.none(), Section.none(),
					register);
		}
		Section<MilestoneRow> dueSoon = section(
				this.jdbc.sql(DUE_SOON)
					.param("username", username)
					.param("today", today)
					.param("until", today.plusDays(DUE_DAYS)),
				(rs, n) -> new MilestoneRow(rs.getLong("id"), rs.getString("name"),
						rs.getObject("forecast_date", LocalDate.class), rs.getString("status"),
						rs.getLong("program_id"), rs.getString("program_key"), rs.getString("project_key")));
		Timestamp cutoff = Timestamp.from(this.clock.instant().minus(Duration.ofDays(this.staleDays)));
		Section<StaleRow> stale = section(this.jdbc.sql(STALE).param("username", username).param("cutoff", cutoff),
				(rs, n) -> new StaleRow(rs.getString("kind"), rs.getLong("id"), rs.getString("name"),
						rs.getTimestamp("updated_at").toInstant(), rs.getLong("program_id"),
						rs.getString("program_key")));
		Section<RiskRow> reviews = section(
				this.jdbc.sql(REVIEWS).param("username", username).param("until", today.plusDays(REVIEW_DAYS)),
				(rs, n) -> new RiskRow(rs.getLong("id"), rs.getString("title"), rs.getInt("score"),
						rs.getString("status"), rs.getObject("next_review_date", LocalDate.class),
						rs.getLong("program_id"), rs.getString("program_key")));
		return new MyWork(today, this.staleDays, programs, dueSoon, stale, reviews, register);
	}

	private static <T> Section<T> section(JdbcClient.StatementSpec statement, RowMapper<T> mapper) {
		List<T> rows = new ArrayList<>();
		int[] total = { 0 };
		statement.query((rs) -> {
			rows.add(mapper.mapRow(rs, rows.size()));
			total[0] = rs.getInt("total");
		});
		return new Section<>(rows, total[0]);
	}

}
