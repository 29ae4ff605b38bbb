package dev.milepost.summary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.milepost.healthrecord.HealthBoard;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kept program summaries: read them, refresh them, check them. The application keeps
 * them right by itself (see the package comment); {@link #refresh} is for changes written
 * to the tables some other way.
 */
@Service
public class ProgramSummaries {

	private static final Logger logger = LoggerFactory.getLogger(ProgramSummaries.class);

	/** How many differences a {@link Check} lists (it counts them all). */
	static final int LISTED = 20;

	private final SummaryStore store;

	private final SummaryComputer computer;

	private final HealthBoard health;

	private final TransactionTemplate newTransaction;

	private final SummaryMetrics metrics;

	ProgramSummaries(SummaryStore store, SummaryComputer computer, HealthBoard health,
			PlatformTransactionManager transactionManager, SummaryMetrics metrics) {
		this.store = store;
		this.computer = computer;
		this.health = health;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.metrics = metrics;
	}

	/**
	 * The summary of every program that is not archived, as of today, by program id: one
	 * statement. A program whose row is missing or was computed for an earlier day (the
	 * day's refresh has not run yet, or the program was written outside the application
	 * and refreshed nowhere) is computed here, in a transaction of its own, and its row
	 * written.
	 */
	public Map<Long, ProgramSummary> current() {
		LocalDate today = this.health.today();
		Map<Long, @Nullable ProgramSummary> rows = this.store.current();
		List<Long> stale = new ArrayList<>();
		rows.forEach((id, row) -> {
			if (row == null || !today.equals(row.asOf())) {
				stale.add(id);
			}
		});
		Map<Long, ProgramSummary> current = new LinkedHashMap<>();
		if (!stale.isEmpty()) {
			Map<Long, ProgramSummary> fresh = refreshOnRead(stale);
			rows.replaceAll((id, row) -> fresh.containsKey(id) ? fresh.get(id) : row);
		}
		rows.forEach((id, row) -> {
			if (row != null) {
				current.put(id, row);
			}
		});
		return current;
	}

	/**
	 * A number that grows with every committed change the portfolio dashboard could show:
	 * any record written through the application (JPA) and any refresh of summary rows
	 * adds one just before its transaction commits, in that transaction. One statement;
	 * what was rendered for one version may be shown again while the version is the same,
	 * on any instance. Changes written to the tables some other way move it through
	 * {@link #refresh} or {@link #changedOutside()}.
	 * @return the version, or {@code -1} when it is unknown (its table was emptied by
	 * hand; the next change writes it again): nothing rendered may be kept
	 */
	@Transactional(readOnly = true)
	public long version() {
		return this.store.version();
	}

	/**
	 * Moves the {@link #version()}: the tables were changed outside the application in a
	 * way the summaries do not show (a program renamed by hand...), and what was rendered
	 * from them is to be rendered again, on every instance.
	 */
	@Transactional
	public void changedOutside() {
		changed();
	}

	/** The day summaries are computed for: today in {@code milepost.time-zone}. */
	public LocalDate today() {
		return this.health.today();
	}

	private Map<Long, ProgramSummary> refreshOnRead(List<Long> stale) {
		try {
			Map<Long, ProgramSummary> fresh = this.newTransaction.execute((status) -> refreshLocked(stale));
			return (fresh != null) ? fresh : Map.of();
		}
		catch (DataIntegrityViolationException ex) {
			// another reader inserted the same missing row at the same moment: its row
			// stands, and this answer is computed without writing
			logger.debug("Program summaries refreshed concurrently elsewhere", ex);
			Map<Long, ProgramSummary> fresh = new HashMap<>();
			this.computer.compute(stale).forEach((id, keyed) -> fresh.put(id, keyed.summary()));
			return fresh;
		}
	}

	/**
	 * Recomputes the rows of these programs in the current transaction (or a new one),
	 * from the tables as it sees them: locks their rows, computes, writes (rows of
	 * archived programs are left as they are). For data written to the tables outside the
	 * application; changes made through it refresh by themselves.
	 */
	@Transactional
	public void refresh(Collection<Long> programIds) {
		refreshLocked(programIds);
	}

	/** {@link #refresh(Collection)} of the programs of these projects. */
	@Transactional
	public void refreshProjects(Collection<Long> projectIds) {
		refreshLocked(this.computer.programsOfProjects(projectIds));
	}

	private Map<Long, ProgramSummary> refreshLocked(Collection<Long> programIds) {
		Set<Long> ids = new TreeSet<>(programIds);
		if (ids.isEmpty()) {
			return Map.of();
		}
		Set<Long> existing = this.store.lock(ids);
		Map<Long, ProgramSummary> fresh = new LinkedHashMap<>();
		this.computer.compute(ids).forEach((id, keyed) -> fresh.put(id, keyed.summary()));
		// the rows of archived programs stay as they were (not read, recomputed when the
		// program is restored), so that a row once written is never missing: two
		// transactions never both insert one
		this.store.save(fresh.values(), existing);
		changed();
		return fresh;
	}

	/**
	 * The portfolio's version moves when this transaction commits (last, so that its row
	 * is locked for as short a time as can be, and always after the summary rows).
	 */
	private void changed() {
		if (!SummaryMaintenance.changed()) {
			this.store.nextVersion();
		}
	}

	/**
	 * Recomputes every row (the day's refresh, earlier weeks' health records, an admin's
	 * check that found differences): locks every row, computes every program that is not
	 * archived (four statements), writes them.
	 * @return the number of rows written
	 */
	@Transactional
	public int refreshAll() {
		Set<Long> existing = this.store.lockAll();
		List<ProgramSummary> fresh = this.computer.compute(null)
			.values()
			.stream()
			.map(SummaryComputer.Keyed::summary)
			.toList();
		this.store.save(fresh, existing);
		changed();
		return fresh.size();
	}

	/**
	 * Compares every row with a fresh computation from the tables, both read in one
	 * snapshot (so changes committed meanwhile do not show as differences): a missing
	 * row, a row of an archived or unknown program, or any field that differs is a
	 * difference. The result is also kept for the metric
	 * {@code milepost.summary.differences}.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Check check() {
		Map<Long, @Nullable ProgramSummary> stored = this.store.current();
		Map<Long, SummaryComputer.Keyed> fresh = this.computer.compute(null);
		List<Difference> differences = new ArrayList<>();
		int count = 0;
		for (Map.Entry<Long, SummaryComputer.Keyed> entry : fresh.entrySet()) {
			ProgramSummary row = stored.get(entry.getKey());
			List<String> fields = (row == null) ? List.of("missing") : row.differences(entry.getValue().summary());
			if (!fields.isEmpty()) {
				count++;
				if (differences.size() < LISTED) {
					differences.add(new Difference(entry.getKey(), entry.getValue().key(), fields));
				}
			}
		}
		Check check = new Check(fresh.size(), count, differences);
		this.metrics.checked(check);
		if (count > 0) {
			logger.warn("Program summaries: {} of {} programs differ from a fresh computation, first: {}", count,
					fresh.size(), differences);
		}
		return check;
	}

	/**
	 * What the last {@link #check()} on this instance found, or {@code null} before the
	 * first since it started.
	 */
	public @Nullable Check lastCheck() {
		return this.metrics.last();
	}

	/**
	 * The result of {@link #check()} (kept in a flash attribute, so serializable).
	 *
	 * @param programs programs checked (those that are not archived)
	 * @param differing rows that differ (or are missing)
	 * @param first the first {@value #LISTED} of them
	 */
	public record Check(int programs, int differing, List<Difference> first) implements Serializable {

		public Check {
			first = List.copyOf(first);
		}

	}

	/**
	 * One row that differs.
	 *
	 * @param programId the program
	 * @param programKey its key
	 * @param fields the fields that differ ({@code missing} when there is no row)
	 */
	public record Difference(long programId, @Nullable String programKey, List<String> fields) implements Serializable {

		public Difference {
			fields = List.copyOf(fields);
		}

		@Override
		public String toString() {
			return ((this.programKey != null) ? this.programKey : "#" + this.programId) + ": "
					+ String.join(", ", this.fields);
		}

	}

}
