package dev.milepost.dashboard.heatmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

import dev.milepost.risk.RiskBand;
import dev.milepost.risk.RiskSummary;
import dev.milepost.summary.RiskCells;

/**
 * A 5x5 grid of risk counts by probability (columns 1..5) and impact (rows 5..1, the
 * worst row first, as heat maps are read).
 *
 * @param programId the program the map is limited to, {@code null} for the whole
 * portfolio
 * @param rows impact 5 down to 1, each with its five cells in probability order 1..5
 */
public record RiskHeatMap(Long programId, List<Row> rows) {

	/** Lowest and highest rating of probability and of impact. */
	public static final int MIN = 1;

	public static final int MAX = 5;

	public RiskHeatMap {
		rows = List.copyOf(rows);
	}

	/** Builds the grid from a count per probability and impact. */
	private static RiskHeatMap of(Long programId, IntBinaryOperator counts) {
		List<Row> rows = new ArrayList<>();
		for (int impact = MAX; impact >= MIN; impact--) {
			List<Cell> cells = new ArrayList<>();
			for (int probability = MIN; probability <= MAX; probability++) {
				cells.add(new Cell(programId, probability, impact, counts.applyAsInt(probability, impact)));
			}
			rows.add(new Row(impact, cells));
		}
		return new RiskHeatMap(programId, rows);
	}

	/**
	 * The portfolio's map from the cells of the kept program summaries, added up (see
	 * {@link RiskCells#sum}): open and mitigating risks that are not archived, in
	 * programs and projects that are not archived.
	 * @param cells the portfolio's cells
	 * @return the map, not limited to a program
	 */
	public static RiskHeatMap portfolio(RiskCells cells) {
		return of(null, cells::count);
	}

	/**
	 * One program's map from its risk register, which the program page reads anyway: its
	 * open and mitigating risks counted, those narrowed to one of its projects included.
	 * @param programId the program
	 * @param register its risks that are not archived
	 * @return the map
	 */
	public static RiskHeatMap ofRegister(long programId, List<RiskSummary> register) {
		Map<Integer, Integer> counts = new HashMap<>();
		for (RiskSummary risk : register) {
			if (risk.status().isLive()) {
				counts.merge(key(risk.probability(), risk.impact()), 1, Integer::sum);
			}
		}
		return of(programId, (probability, impact) -> counts.getOrDefault(key(probability, impact), 0));
	}

	static int key(int probability, int impact) {
		return probability * 10 + impact;
	}

	/** The count in one cell. */
	public int count(int probability, int impact) {
		return this.rows.get(MAX - impact).cells().get(probability - MIN).count();
	}

	/** All risks on the map. */
	public int total() {
		return this.rows.stream().flatMap((r) -> r.cells().stream()).mapToInt(Cell::count).sum();
	}

	/** Probability ratings 1..5, for column headers. */
	public List<Integer> probabilities() {
		return List.of(1, 2, 3, 4, 5);
	}

	/** One impact row. */
	public record Row(int impact, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	/** One cell: how many risks have this probability and impact. */
	public record Cell(Long programId, int probability, int impact, int count) {

		public int score() {
			return this.probability * this.impact;
		}

		public RiskBand band() {
			return RiskBand.of(score());
		}

		/** {@code score-low} .. {@code score-critical} (milepost.css). */
		public String cssClass() {
			return band().cssClass();
		}

		/**
		 * The risk list filtered to this cell (and program). The list filters one status
		 * at a time, so the link carries no status: it also shows the cell's closed and
		 * occurred risks, which the map does not count (the cell's title says so).
		 */
		public String href() {
			String href = "/risks?probability=" + this.probability + "&impact=" + this.impact;
			return (this.programId != null) ? href + "&programId=" + this.programId : href;
		}

	}

}
