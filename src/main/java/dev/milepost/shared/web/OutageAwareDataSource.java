package dev.milepost.shared.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, as seen from a web request: once the request has waited
 * in vain for a connection ({@code spring.datasource.hikari.connection-timeout}), every
 * further connection it asks for fails at once instead of waiting again.
 * <p>
 * One request may ask several times: Spring Session saves a session when the response is
 * committed and again when its filter ends, a controller's failure is followed by the
 * session save. Without this an outage page would take a multiple of the timeout. Outside
 * a request (start-up, scheduled jobs) and in requests that have not met an outage, it is
 * the pool itself.
 */
final class OutageAwareDataSource extends DelegatingDataSource {

	OutageAwareDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> super.getConnection(username, password));
	}

	private static Connection connect(ConnectionSource source) throws SQLException {
		DatabaseOutage outage = DatabaseOutage.current();
		if (outage != null && outage.isUnavailable()) {
			throw new SQLTransientConnectionException(
					"Not waiting again: the database could not be reached earlier in this request", "08001");
		}
		try {
			return source.connect();
		}
		catch (SQLException ex) {
			if (outage != null && DatabaseOutage.causedBy(ex)) {
				outage.markUnavailable();
			}
			throw ex;
		}
	}

	@FunctionalInterface
	private interface ConnectionSource {

		Connection connect() throws SQLException;

	}

}
