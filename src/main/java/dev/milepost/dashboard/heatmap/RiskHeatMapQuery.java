package dev.milepost.dashboard.heatmap;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the portfolio's {@link RiskHeatMap} with one grouped SQL statement: open and
 * mitigating risks that are not archived, in programs that are not archived. A program's
 * map is counted from its risk register instead ({@link RiskHeatMap#ofRegister}), which
 * its page reads anyway.
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

	private static Map<Integer, Integer> read(JdbcClient.StatementSpec statement) {
		Map<Integer, Integer> counts = new HashMap<>();
		statement.query((rs) -> {
			counts.put(RiskHeatMap.key(rs.getInt("probability"), rs.getInt("impact")), rs.getInt("risks"));
		});
		return counts;
	}

}
