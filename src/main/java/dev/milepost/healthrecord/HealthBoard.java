package dev.milepost.healthrecord;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.health.Health;
import dev.milepost.health.HealthEvaluator;
import dev.milepost.health.HealthRules;
import dev.milepost.health.PortfolioHealth;
import dev.milepost.health.ProgramFacts;
import dev.milepost.health.ProgramHealth;
import dev.milepost.health.ProjectHealth;
import dev.milepost.health.Trend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Evaluated health of the portfolio, of one program or of one project as of today (the
 * application's clock), with active overrides applied and trends against the weekly
 * snapshots: the facts read by {@link HealthFactsQuery} (three SQL statements) evaluated
 * with the configured {@link HealthRules}. What the overview, the program and project
 * pages, the reports, the digest and the weekly snapshot show or keep.
 */
@Component
public class HealthBoard {

	private static final Logger logger = LoggerFactory.getLogger(HealthBoard.class);

	private final HealthFactsQuery facts;

	private final HealthEvaluator evaluator;

	private final Clock clock;

	/** The last portfolio answer; immutable, so it may be shared between requests. */
	private volatile Computed last;

	HealthBoard(HealthFactsQuery facts, HealthRules rules, Clock clock) {
		this.facts = facts;
		this.evaluator = new HealthEvaluator(rules);
		this.clock = clock;
	}

	/**
	 * Every program that is not archived: counts by health and each program's health by
	 * key, with each program's trend (its projects' trends are left out here:
	 * {@link #program(long)} has them).
	 *
	 * <p>
	 * Reading and evaluating every program is the dashboard's dearest work at scale (tens
	 * of thousands of milestones), while the answer changes only when the data or the day
	 * does. The last answer is therefore kept with the {@link HealthFactsQuery#version()
	 * data version} and the day it was computed for, and served again while both are
	 * unchanged: one small statement instead of three large ones. Any change made through
	 * the application writes a revision and so shows at once, on every instance (the
	 * version lives in the shared database).
	 */
	public Overview portfolio() {
		HealthFactsQuery.DataVersion version = this.facts.version();
		LocalDate today = today();
		Computed last = this.last;
		if (last != null && last.version().equals(version) && last.day().equals(today)) {
			return last.overview();
		}
		long started = System.nanoTime();
		List<ProgramFacts> facts = this.facts.portfolio();
		long read = System.nanoTime();
		PortfolioHealth portfolio = this.evaluator.portfolio(facts, today);
		if (logger.isDebugEnabled()) {
			logger.debug("Portfolio health of {} programs: facts read in {} ms, evaluated in {} ms", facts.size(),
					(read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
		}
		Map<String, ProgramHealth> byKey = new LinkedHashMap<>();
		portfolio.programs().forEach((program) -> byKey.put(program.key(), program));
		Overview overview = new Overview(portfolio, byKey);
		this.last = new Computed(version, today, overview);
		return overview;
	}

	/**
	 * Programs evaluated afresh from the database as the current transaction sees it,
	 * never the kept {@link #portfolio()} answer (which a transaction's own uncommitted
	 * changes do not invalidate): three SQL statements, for a few programs or for all.
	 * @param programIds the programs, or {@code null} for every program that is not
	 * archived; archived and unknown ones are left out
	 * @return their health, by program key
	 */
	public List<ProgramHealth> evaluate(Collection<Long> programIds) {
		List<ProgramFacts> facts = (programIds != null) ? this.facts.programs(programIds) : this.facts.portfolio();
		LocalDate today = today();
		return facts.stream().map((program) -> this.evaluator.program(program, today)).toList();
	}

	/** One program's health, or {@code null} if there is no such program. */
	public ProgramHealth program(long programId) {
		List<ProgramFacts> program = this.facts.program(programId);
		return program.isEmpty() ? null : this.evaluator.program(program.get(0), today());
	}

	/**
	 * One project's health, evaluated as part of its program (three SQL statements), or
	 * {@code null} if there is no such program or project (an archived project is not
	 * evaluated).
	 */
	public ProjectHealth project(long programId, String projectKey) {
		ProgramHealth program = program(programId);
		if (program == null) {
			return null;
		}
		return program.projects().stream().filter((p) -> p.key().equals(projectKey)).findFirst().orElse(null);
	}

	/** Today in the configured zone: the day health is evaluated for. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private record Computed(HealthFactsQuery.DataVersion version, LocalDate day, Overview overview) {
	}

	/**
	 * The portfolio's health for the overview.
	 *
	 * @param portfolio counts by health and the programs worst first
	 * @param byKey each program's health by program key
	 */
	public record Overview(PortfolioHealth portfolio, Map<String, ProgramHealth> byKey) {

		public Overview {
			byKey = Map.copyOf(byKey);
		}

		/** GREEN, AMBER, RED: the order of the count cards. */
		public List<Health> healths() {
			return List.of(Health.values());
		}

		/**
		 * The health of the program with this key, or {@code null} if it was not
		 * evaluated.
		 */
		public ProgramHealth of(String key) {
			return this.byKey.get(key);
		}

		/**
		 * How the program's effective health moved since the last earlier week's record,
		 * or {@code null} (unknown program, or nothing recorded before this week).
		 */
		public Trend trend(String key) {
			ProgramHealth program = this.byKey.get(key);
			return (program != null) ? program.trend() : null;
		}

	}

}
