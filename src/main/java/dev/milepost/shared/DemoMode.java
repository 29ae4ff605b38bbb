package dev.milepost.shared;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Whether this run is a demo: {@code milepost.demo-data}, or when that is unset, whether
 * the database is the embedded H2 default. Demo mode loads the demo portfolio with its
 * demo accounts and shows their logins on the login page; it is never on for PostgreSQL
 * unless asked for.
 */
@Component
public class DemoMode {

	private static final Logger logger = LoggerFactory.getLogger(DemoMode.class);

	private final boolean enabled;

	DemoMode(MilepostProperties properties, DataSource dataSource) {
		Boolean setting = properties.demoData();
		this.enabled = (setting != null) ? setting : isH2(dataSource);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	private static boolean isH2(DataSource dataSource) {
		try {
			return DatabaseProduct.isH2(dataSource);
		}
		catch (IllegalStateException ex) {
			logger.warn("Cannot tell which database this is; demo mode off", ex);
			return false;
		}
	}

}
