package dev.milepost.summary;

/**
 * The SQL that reckons delivery figures from the tables, shared by the kept summaries and
 * the dashboards that still aggregate (a program's projects, my work), so that both count
 * alike. The figures are defined in {@code dashboard.delivery.Delivery}.
 */
public final class DeliverySql {

	private DeliverySql() {
	}

	/**
	 * The milestone counts of each unit (a program or a project): a grouped subquery to
	 * left join on {@code unit_id}, with {@code milestones, done, cancelled, on_time,
	 * slipped, overdue, blocked}; {@code :today} is the day.
	 * @param unit the column naming the unit, {@code j.program_id} or {@code j.id}
	 * ({@code j} the project)
	 * @param scope further conditions on {@code j}, e.g.
	 * {@code and j.program_id = :programId}
	 */
	public static String milestoneCounts(String unit, String scope) {
		return """
				(select %1$s as unit_id, count(*) as milestones,
				        sum(case when m.status = 'DONE' then 1 else 0 end) as done,
				        sum(case when m.status = 'CANCELLED' then 1 else 0 end) as cancelled,
				        sum(case when m.status = 'DONE' and m.actual_date <= m.baseline_date then 1 else 0 end) as on_time,
				        sum(case when m.status not in ('DONE', 'CANCELLED') and m.forecast_date > m.baseline_date
				                 then 1 else 0 end) as slipped,
				        sum(case when m.status not in ('DONE', 'CANCELLED') and m.forecast_date < :today
				                 then 1 else 0 end) as overdue,
				        sum(case when m.status = 'BLOCKED' then 1 else 0 end) as blocked
				 from milestones m join projects j on j.id = m.project_id
				 where m.archived = false and j.archived = false %2$s
				 group by %1$s)"""
			.formatted(unit, scope);
	}

	/**
	 * The next milestone of each unit: a subquery with
	 * {@code unit_id, next_id, next_name,
	 * next_date}, one row per unit that has an open milestone (the earliest forecast on
	 * or after {@code :today}, else the earliest overdue one).
	 */
	public static String nextMilestone(String unit, String scope) {
		return """
				(select unit_id, next_id, next_name, next_date from (
				   select %1$s as unit_id, m.id as next_id, m.name as next_name, m.forecast_date as next_date,
				          row_number() over (partition by %1$s
				                             order by case when m.forecast_date >= :today then 0 else 1 end,
				                                      m.forecast_date, m.id) as rn
				   from milestones m join projects j on j.id = m.project_id
				   where m.archived = false and j.archived = false and m.status not in ('DONE', 'CANCELLED') %2$s
				 ) ranked where rn = 1)""".formatted(unit, scope);
	}

}
