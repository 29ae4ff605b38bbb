package dev.milepost.healthrecord;

import dev.milepost.demo.DemoPortfolioLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a freshly loaded demo portfolio eight weeks of health history so that trend
 * arrows show something. The history is SYNTHETIC (a seeded random walk, see
 * {@link HealthSnapshotJob#backfillSyntheticHistory}); its rows say so in their reasons
 * column.
 */
@Component
class DemoHealthHistory {

	static final int WEEKS = 8;

	private static final Logger logger = LoggerFactory.getLogger(DemoHealthHistory.class);

	private final HealthSnapshotJob snapshots;

	DemoHealthHistory(HealthSnapshotJob snapshots) {
		this.snapshots = snapshots;
	}

	// before the program summaries are refreshed for the demo (they read what this
	// writes)
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE - 50)
	void demoLoaded(DemoPortfolioLoaded event) {
		int rows = this.snapshots.backfillSyntheticHistory(event.programKeys(), WEEKS);
		logger.info("Backfilled {} weeks of synthetic demo health history: {} rows", WEEKS, rows);
	}

}
