package dev.milepost.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.milepost.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection of the application's pool runs with PostgreSQL's JIT off (see
 * {@link PostgresSessionConfiguration}): the program summary's query, costly in the
 * planner's estimate, must not be compiled on each change.
 */
@IntegrationTest
class PostgresSessionTests {

	@Autowired
	DataSource dataSource;

	@Test
	void everyPooledConnectionHasJitOff() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select current_setting('jit')", String.class)).isEqualTo("off");
		// several connections at once, so that more than one of the pool is asked
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				Connection connection = DataSourceUtils.getConnection(this.dataSource);
				held.add(connection);
				try (Statement statement = connection.createStatement();
						ResultSet result = statement.executeQuery("select current_setting('jit')")) {
					assertThat(result.next()).isTrue();
					assertThat(result.getString(1)).isEqualTo("off");
				}
			}
		}
		finally {
			for (Connection connection : held) {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		}
	}

}
