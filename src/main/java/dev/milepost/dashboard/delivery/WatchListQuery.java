package dev.milepost.dashboard.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.risk.TopRisk;
import dev.milepost.risk.TopRisksQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The watch lists of the portfolio dashboard ({@code programId == null}) or of one
 * program's dashboard, each one SQL statement with a row limit, whatever the size of the
 * data. Archived programs, projects, milestones and risks are left out.
 */
@Component
@Transactional(readOnly = true)
public class WatchListQuery {

	/**
	 * Upcoming milestones are those forecast within this many days from today
	 * (inclusive).
	 */
	public static final int UPCOMING_DAYS = 30;

	/** At most this many upcoming milestones are listed. */
	public static final int UPCOMING_LIMIT = 15;

	/** Forecast moves within this many days count as recent slips. */
	public static final int SLIPPED_DAYS = 14;

	/** At most this many recent slips are listed. */
	public static final int SLIPPED_LIMIT = 10;

	/** At most this many open risks are listed. */
	public static final int RISK_LIMIT = 10;

	private static final String UPCOMING = """
			select m.id, m.name, m.forecast_date, m.baseline_date, m.status, j.id as project_id, j.project_key,
			       g.id as program_id, g.program_key
			from milestones m
			join projects j on j.id = m.project_id
			join programs g on g.id = j.program_id
			where m.archived = false and j.archived = false and g.archived = false
			  and m.status not in ('DONE', 'CANCELLED')
			  and m.forecast_date >= :today and m.forecast_date <= :until %s
			order by m.forecast_date, m.id
			limit %d
			""";

	private static final String SLIPPED = """
			select c.id, m.id as milestone_id, m.name, c.old_date, c.new_date, c.reason, c.changed_at, c.changed_by,
			       j.id as project_id, j.project_key, g.id as program_id, g.program_key
			from milestone_date_changes c
			join milestones m on m.id = c.milestone_id
			join projects j on j.id = m.project_id
			join programs g on g.id = j.program_id
			where c.kind = 'FORECAST' and c.old_date is not null and c.new_date > c.old_date
			  and c.changed_at >= :since
			  and m.archived = false and j.archived = false and g.archived = false %s
			order by c.changed_at desc, c.id desc
			limit %d
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TopRisksQuery risks;

	public WatchListQuery(JdbcClient jdbc, Clock clock, TopRisksQuery risks) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.risks = risks;
	}

	/**
	 * Open milestones forecast from today to {@value #UPCOMING_DAYS} days ahead, earliest
	 * first, at most {@value #UPCOMING_LIMIT}.
	 * @param programId {@code null} for the whole portfolio
	 */
	public Upcoming upcoming(Long programId) {
		LocalDate today = LocalDate.now(this.clock);
		// one more than shown tells whether there are more, without counting them all
		List<UpcomingMilestone> rows = this.jdbc.sql(UPCOMING.formatted(scope(programId, "g.id"), UPCOMING_LIMIT + 1))
			.param("today", today)
			.param("until", today.plusDays(UPCOMING_DAYS))
			.params(programParam(programId))
			.query((rs, n) -> new UpcomingMilestone(rs.getLong("id"), rs.getString("name"),
					rs.getObject("forecast_date", LocalDate.class), rs.getObject("baseline_date", LocalDate.class),
					MilestoneStatus.valueOf(rs.getString("status")), rs.getLong("project_id"),
					rs.getString("project_key"), rs.getLong("program_id"), rs.getString("program_key")))
			.list();
		boolean more = rows.size() > UPCOMING_LIMIT;
		return new Upcoming(more ? rows.subList(0, UPCOMING_LIMIT) : rows, more);
	}

	/**
	 * Forecasts moved later in the last {@value #SLIPPED_DAYS} days (since the start of
	 * the day {@value #SLIPPED_DAYS} days ago, in {@code milepost.time-zone}: the list is
	 * the same all day, as the portfolio dashboard that keeps what it rendered for the
	 * day needs), newest first, at most {@value #SLIPPED_LIMIT}; a milestone moved twice
	 * appears twice.
	 * @param programId {@code null} for the whole portfolio
	 */
	public List<Slip> recentlySlipped(Long programId) {
		OffsetDateTime since = LocalDate.now(this.clock)
			.minusDays(SLIPPED_DAYS)
			.atStartOfDay(this.clock.getZone())
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		return this.jdbc.sql(SLIPPED.formatted(scope(programId, "g.id"), SLIPPED_LIMIT))
			.param("since", since)
			.params(programParam(programId))
			.query((rs, n) -> {
				LocalDate oldDate = rs.getObject("old_date", LocalDate.class);
				LocalDate newDate = rs.getObject("new_date", LocalDate.class);
				return new Slip(rs.getLong("milestone_id"), rs.getString("name"), oldDate, newDate,
						ChronoUnit.DAYS.between(oldDate, newDate), rs.getString("reason"),
						rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
						rs.getLong("project_id"), rs.getString("project_key"), rs.getLong("program_id"),
						rs.getString("program_key"));
			})
			.list();
	}

	/**
	 * OPEN and MITIGATING risks, highest score first (then by title), at most
	 * {@value #RISK_LIMIT}: the risk register's {@link TopRisksQuery}.
	 * @param programId {@code null} for the whole portfolio
	 */
	public List<TopRisk> topRisks(Long programId) {
		return (programId != null) ? this.risks.program(programId, RISK_LIMIT) : this.risks.portfolio(RISK_LIMIT);
	}

	private static String scope(Long programId, String column) {
		return (programId != null) ? "and " + column + " = :programId" : "";
	}

	private static java.util.Map<String, Object> programParam(Long programId) {
		return (programId != null) ? java.util.Map.of("programId", programId) : java.util.Map.of();
	}

	/**
	 * The first upcoming milestones.
	 *
	 * @param truncated {@code true} when more milestones are due in the window than are
	 * listed
	 */
	public record Upcoming(List<UpcomingMilestone> milestones, boolean truncated) {

		public Upcoming {
			milestones = List.copyOf(milestones);
		}

	}

	/**
	 * An open milestone forecast within the window; {@link #slipped()} when later than
	 * its baseline.
	 */
	public record UpcomingMilestone(long id, String name, LocalDate forecast, LocalDate baseline,
			MilestoneStatus status, long projectId, String projectKey, long programId, String programKey) {

		public boolean slipped() {
			return this.forecast.isAfter(this.baseline);
		}

	}

	/**
	 * A forecast moved later: from {@code oldDate} to {@code newDate}, {@code days}
	 * later.
	 */
	public record Slip(long milestoneId, String name, LocalDate oldDate, LocalDate newDate, long days, String reason,
			java.time.Instant changedAt, String changedBy, long projectId, String projectKey, long programId,
			String programKey) {
	}

}
