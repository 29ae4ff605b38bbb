package dev.milepost.dashboard.heatmap;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the {@link RiskHeatMap} with one grouped SQL statement: open and mitigating risks that
 * are not archived, in programs that are not archived.
 */
@Component
@Transactional(readOnly = true)
public class RiskHeatMapQuery {

	private static final String SQL = """
			select r.probability, r.impact, count(*) as risks
			from risks r
			join programs p on p.id = r.program_id
			where r.status in ('OPEN', 'MITIGATING')
			  and r.archived = false
			  and p.archived = false
			""";

	private static final String GROUP = " group by r.probability, r.impact";

	private final JdbcClient jdbc;

	public RiskHeatMapQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The whole portfolio. */
	public RiskHeatMap portfolio() {
		return RiskHeatMap.of(null, read(this.jdbc.sql(SQL + GROUP)));
	}

	/** One program (its risks, including those narrowed to one of its projects). */
	public RiskHeatMap program(long programId) {
		return RiskHeatMap.of(programId,
				read(this.jdbc.sql(SQL + "  and r.program_id = :programId" + GROUP).param("programId", programId)));
	}

	private static Map<Integer, Integer> read(JdbcClient.StatementSpec statement) {
		Map<Integer, Integer> counts = new HashMap<>();
		statement.query((rs) -> {
			counts.put(RiskHeatMap.key(rs.getInt("probability"), rs.getInt("impact")), rs.getInt("risks"));
		});
		return counts;
	}

}
