package dev.milepost.demo;

import java.time.Clock;

import dev.milepost.audit.HistoryBaseline;
import dev.milepost.shared.DatabaseProduct;
import dev.milepost.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo portfolio at start-up when demo data is enabled and the {@code programs}
 * table is empty. Enabled means {@code milepost.demo-data=true}, or, when that property
 * is unset, that the database is the embedded H2 default; a production PostgreSQL never
 * gets demo rows unless asked.
 */
@Component
@Order(0)
public class DemoDataLoader implements ApplicationRunner {

	/** The password of the demo accounts admin, tpm and leader; demo mode only. */
	public static final String DEMO_PASSWORD = "demo";

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final DemoMode demoMode;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final DemoScale scale;

	private final ApplicationEventPublisher events;

	private final HistoryBaseline history;

	/**
	 * @param scale {@code milepost.demo-scale}: small (default), medium, large or xlarge
	 * (PostgreSQL only); which size {@link #loadIfWanted()} loads
	 */
	public DemoDataLoader(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DemoMode demoMode,
			PasswordEncoder passwordEncoder, Clock clock, @Value("${milepost.demo-scale:small}") String scale,
			ApplicationEventPublisher events, HistoryBaseline history) {
		this.events = events;
		this.history = history;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.demoMode = demoMode;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.scale = DemoScale.parse(scale);
	}

	/** The scale {@link #loadIfWanted()} loads ({@code milepost.demo-scale}). */
	public DemoScale getScale() {
		return this.scale;
	}

	@Override
	public void run(ApplicationArguments args) {
		loadIfWanted();
	}

	/**
	 * Loads the demo portfolio of the configured {@linkplain #getScale() scale} if demo
	 * data is {@linkplain #isEnabled() enabled} and there are no programs yet.
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
		load(this.scale);
		return true;
	}

	private boolean isH2() {
		return DatabaseProduct.isH2(this.jdbc.getDataSource());
	}

	/**
	 * Whether demo data should be loaded: the {@code milepost.demo-data} setting, or when
	 * unset, whether the database is H2.
	 */
	public boolean isEnabled() {
		return this.demoMode.isEnabled();
	}

	/**
	 * Loads the small demo portfolio unconditionally, in one transaction. Fails (and
	 * rolls back) if any of its fixed program keys or stakeholder e-mails already exist.
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
		if (scale == DemoScale.XLARGE && isH2()) {
			throw new IllegalStateException("milepost.demo-scale=xlarge is for the benchmark on PostgreSQL only, "
					+ "not for the embedded H2 database: use small, medium or large");
		}
		long started = System.nanoTime();
		DemoPortfolio portfolio = new DemoPortfolioGenerator(this.clock).generate(scale);
		long generated = System.nanoTime();
		DemoDataSummary summary = this.transaction.execute((status) -> new DemoPortfolioWriter(this.jdbc, this.clock)
			.write(portfolio, this.passwordEncoder.encode(DEMO_PASSWORD)));
		long written = System.nanoTime();
		logger.info(
				"Loaded {} demo data in {} ms (generated in {} ms, written in {} ms): {} programs, {} projects, "
						+ "{} milestones ({} date changes, {} dependencies), {} risks, {} stakeholders "
						+ "({} program and {} project links)",
				scale.name().toLowerCase(java.util.Locale.ROOT), (written - started) / 1_000_000,
				(generated - started) / 1_000_000, (written - generated) / 1_000_000, summary.programs(),
				summary.projects(), summary.milestones(), summary.dateChanges(), summary.dependencies(),
				summary.risks(), summary.stakeholders(), summary.programLinks(), summary.projectLinks());
		// the bulk insert bypasses Envers: give the new records their starting revision
		// now, so that
		// readers keyed on the newest revision (the portfolio health) see that the data
		// changed
		this.history.recordUntracked();
		if (scale != DemoScale.SMALL && !isH2()) {
			// planner statistics for the freshly filled tables before the listeners read
			// them: without them the demo register's per-program look-ups ran for minutes
			// at xlarge. Not before the history baseline: with the empty *_aud tables
			// analyzed, its "not exists" became a nested loop over the growing table.
			long analyzed = System.nanoTime();
			this.jdbc.execute("analyze");
			logger.info("Analyzed the demo tables in {} ms", (System.nanoTime() - analyzed) / 1_000_000);
		}
		// after the commit: listeners (synthetic health history) see the rows
		this.events.publishEvent(new DemoPortfolioLoaded(scale,
				portfolio.programs().stream().map(DemoPortfolio.ProgramRow::key).toList()));
		return summary;
	}

}
