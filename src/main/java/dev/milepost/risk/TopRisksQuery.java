package dev.milepost.risk;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The highest-scoring risks that can still hurt, of the whole portfolio or of one
 * program, for dashboards and digests: one SQL statement with a row limit, whatever the
 * size of the register.
 */
@Component
@Transactional(readOnly = true)
public class TopRisksQuery {

	private static final String RISKS = """
			select r.id, r.title, r.score, r.status, r.owner, g.id as program_id, g.program_key, j.project_key
			from risks r
			join programs g on g.id = r.program_id
			left join projects j on j.id = r.project_id
			where r.archived = false and r.status in ('OPEN', 'MITIGATING') and g.archived = false
			  and (j.id is null or j.archived = false) %s
			order by r.score desc, r.title, r.id
			limit %d
			""";

	private final JdbcClient jdbc;

	TopRisksQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The portfolio's OPEN and MITIGATING risks, highest score first, then by title and
	 * id. Archived risks, and risks of an archived program or project, are left out.
	 * @param limit at most this many risks
	 * @return the risks, possibly none
	 */
	public List<TopRisk> portfolio(int limit) {
		return query("", Map.of(), limit);
	}

	/**
	 * One program's OPEN and MITIGATING risks, in the order and with the exclusions of
	 * {@link #portfolio(int)}: an archived program has none.
	 * @param programId the program
	 * @param limit at most this many risks
	 * @return the risks, possibly none
	 */
	public List<TopRisk> program(long programId, int limit) {
		return query("and r.program_id = :programId", Map.of("programId", programId), limit);
	}

	private List<TopRisk> query(String scope, Map<String, Object> params, int limit) {
		return this.jdbc.sql(RISKS.formatted(scope, limit))
			.params(params)
			.query((rs, n) -> new TopRisk(rs.getLong("id"), rs.getString("title"), rs.getInt("score"),
					RiskStatus.valueOf(rs.getString("status")), rs.getString("owner"), rs.getLong("program_id"),
					rs.getString("program_key"), rs.getString("project_key")))
			.list();
	}

}
