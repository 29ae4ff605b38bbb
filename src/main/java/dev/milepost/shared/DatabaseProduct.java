package dev.milepost.shared;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database a data source is, as its JDBC driver names it ({@value #H2} for the
 * embedded default, {@value #POSTGRESQL} in production): read over one connection, for
 * the few places where the SQL or a default differs between the two.
 */
public final class DatabaseProduct {

	public static final String H2 = "H2";

	public static final String POSTGRESQL = "PostgreSQL";

	private DatabaseProduct() {
	}

	/**
	 * The product name the driver reports.
	 * @throws IllegalStateException when the database cannot be asked
	 */
	public static String of(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

	/** Whether it is the embedded H2 database. */
	public static boolean isH2(DataSource dataSource) {
		return H2.equals(of(dataSource));
	}

}
