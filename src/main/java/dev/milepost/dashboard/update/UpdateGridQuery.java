package dev.milepost.dashboard.update;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.milepost.dashboard.update.UpdateGrid.Group;
import dev.milepost.dashboard.update.UpdateGrid.ReviewRow;
import dev.milepost.portfolio.MilestoneRow;
import dev.milepost.portfolio.MilestoneStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the {@link UpdateGrid} of a program with two SQL statements whatever its size:
 * the open milestones of its open projects with their project, and the risks due for
 * review. "Stale" is the same rule as on My work ({@code milepost.me.stale-days}).
 */
@Component
@Transactional(readOnly = true)
class UpdateGridQuery {

	private static final String MILESTONES = """
			select m.id, m.version, pr.id as project_id, p.program_key, pr.project_key, pr.name as project_name,
			       m.name, m.owner, m.baseline_date, m.forecast_date, m.actual_date, m.status, m.updated_at
			from milestones m join projects pr on pr.id = m.project_id join programs p on p.id = pr.program_id
			where pr.program_id = :program and m.archived = false and pr.archived = false
			  and m.status not in ('DONE', 'CANCELLED')
			order by pr.project_key, pr.id, m.forecast_date, m.id
			""";

	private static final String REVIEWS = """
			select r.id, r.version, r.title, pr.project_key, r.score, r.owner, r.status, r.next_review_date
			from risks r left join projects pr on pr.id = r.project_id
			where r.program_id = :program and r.archived = false and r.status in ('OPEN', 'MITIGATING')
			  and r.next_review_date <= :until
			order by r.next_review_date, r.score desc, r.id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int staleDays;

	UpdateGridQuery(JdbcClient jdbc, Clock clock, @Value("${milepost.me.stale-days:14}") int staleDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.staleDays = staleDays;
	}

	UpdateGrid forProgram(long programId) {
		LocalDate today = LocalDate.now(this.clock);
		Instant cutoff = this.clock.instant().minus(Duration.ofDays(this.staleDays));
		Set<Long> stale = new HashSet<>();
		Map<Long, List<MilestoneRow>> rows = new LinkedHashMap<>();
		Map<Long, String[]> projects = new LinkedHashMap<>();
		this.jdbc.sql(MILESTONES).param("program", programId).query((rs) -> {
			long projectId = rs.getLong("project_id");
			LocalDate forecast = rs.getObject("forecast_date", LocalDate.class);
			MilestoneStatus status = MilestoneStatus.valueOf(rs.getString("status"));
			MilestoneRow row = new MilestoneRow(rs.getLong("id"), rs.getLong("version"), projectId,
					rs.getString("program_key"), rs.getString("project_key"), rs.getString("name"),
					rs.getString("owner"), rs.getObject("baseline_date", LocalDate.class), forecast,
					rs.getObject("actual_date", LocalDate.class), status, false,
					!status.isClosed() && forecast.isBefore(today));
			Timestamp updated = rs.getTimestamp("updated_at");
			if (updated.toInstant().isBefore(cutoff)) {
				stale.add(row.id());
			}
			projects.putIfAbsent(projectId, new String[] { rs.getString("project_key"), rs.getString("project_name") });
			rows.computeIfAbsent(projectId, (k) -> new ArrayList<>()).add(row);
		});
		Comparator<MilestoneRow> attentionFirst = Comparator.comparing((MilestoneRow r) -> !r.overdue())
			.thenComparing((r) -> !stale.contains(r.id()))
			.thenComparing(MilestoneRow::forecastDate)
			.thenComparing(MilestoneRow::id);
		List<Group> groups = new ArrayList<>();
		rows.forEach((projectId, list) -> {
			list.sort(attentionFirst);
			int attention = (int) list.stream().filter((r) -> r.overdue() || stale.contains(r.id())).count();
			String[] project = projects.get(projectId);
			groups.add(new Group(projectId, project[0], project[1], List.copyOf(list), attention));
		});
		// projects with overdue or stale milestones first; otherwise in key order
		groups.sort(Comparator.comparing((Group g) -> g.attention() == 0));
		List<ReviewRow> reviews = this.jdbc.sql(REVIEWS)
			.param("program", programId)
			.param("until", today.plusDays(UpdateGrid.REVIEW_DAYS))
			.query((rs, n) -> {
				LocalDate next = rs.getObject("next_review_date", LocalDate.class);
				return new ReviewRow(rs.getLong("id"), rs.getLong("version"), rs.getString("title"),
						rs.getString("project_key"), rs.getInt("score"), rs.getString("owner"), rs.getString("status"),
						next, next.isBefore(today));
			})
			.list();
		return new UpdateGrid(today, this.staleDays, List.copyOf(groups), Set.copyOf(stale), reviews);
	}

}
