package dev.milepost.demo;

import java.sql.DatabaseMetaData;
import java.time.Clock;

import javax.sql.DataSource;

import dev.milepost.shared.MilepostProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo portfolio at start-up when demo data is enabled and the {@code programs} table is
 * empty. Enabled means {@code milepost.demo-data=true}, or, when that property is unset, that the
 * database is the embedded H2 default; a production PostgreSQL never gets demo rows unless asked.
 */
@Component
public class DemoDataLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final MilepostProperties properties;

	private final Clock clock;

	public DemoDataLoader(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
			MilepostProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		loadIfWanted();
	}

	/**
	 * Loads the small demo portfolio if demo data is {@linkplain #isEnabled() enabled} and there are
	 * no programs yet.
	 * @return whether the demo was loaded
	 */
	public boolean loadIfWanted() {
		if (!isEnabled()) {
			return false;
		}
		Integer programs = this.jdbc.queryForObject("select count(*) from programs", Integer.class);
		if (programs != null && programs > 0) {
			logger.debug("Demo data not loaded: the database already has {} programs", programs);
			return false;
		}
		load();
		return true;
	}

	/**
	 * Whether demo data should be loaded: the {@code milepost.demo-data} setting, or when unset,
	 * whether the database is H2.
	 */
	public boolean isEnabled() {
		Boolean setting = this.properties.demoData();
		return (setting != null) ? setting : isH2();
	}

	/**
	 * Loads the small demo portfolio unconditionally, in one transaction. Fails (and rolls back) if
	 * any of its fixed program keys or stakeholder e-mails already exist.
	 * @return what was inserted
	 */
	public DemoDataSummary load() {
		return load(DemoScale.SMALL);
	}

	/**
	 * Loads the demo portfolio of the given scale unconditionally, in one transaction.
	 * @param scale how much to generate
	 * @return what was inserted
	 */
	public DemoDataSummary load(DemoScale scale) {
		DemoPortfolio portfolio = new DemoPortfolioGenerator(this.clock).generate(scale);
		DemoDataSummary summary = this.transaction.execute((status) -> new DemoPortfolioWriter(this.jdbc).write(portfolio));
		logger.info(
				"Loaded demo data: {} programs, {} projects, {} milestones ({} date changes, {} dependencies), "
						+ "{} risks, {} stakeholders ({} program and {} project links)",
				summary.programs(), summary.projects(), summary.milestones(), summary.dateChanges(),
				summary.dependencies(), summary.risks(), summary.stakeholders(), summary.programLinks(),
				summary.projectLinks());
		return summary;
	}

	private boolean isH2() {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(this.dataSource,
					DatabaseMetaData::getDatabaseProductName);
			return "H2".equals(product);
		}
		catch (MetaDataAccessException ex) {
			logger.warn("Cannot tell which database this is; not loading demo data", ex);
			return false;
		}
	}

}
