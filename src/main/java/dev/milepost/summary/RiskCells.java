package dev.milepost.summary;

import java.util.Arrays;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * Open and mitigating risks counted per probability x impact cell (each rated 1..5): a
 * program's, kept in its summary, or the sum of several. Stored as 25 counts separated by
 * commas, probability outer, impact inner.
 */
public final class RiskCells {

	/** Lowest and highest rating. */
	static final int MIN = 1;

	static final int MAX = 5;

	private static final int SIZE = MAX * MAX;

	/** No risk in any cell. */
	public static final RiskCells NONE = new RiskCells(new int[SIZE]);

	private final int[] counts;

	private RiskCells(int[] counts) {
		this.counts = counts;
	}

	/** Cells from a count per cell. */
	static RiskCells of(CountPerCell counts) {
		int[] cells = new int[SIZE];
		for (int probability = MIN; probability <= MAX; probability++) {
			for (int impact = MIN; impact <= MAX; impact++) {
				cells[index(probability, impact)] = counts.count(probability, impact);
			}
		}
		return new RiskCells(cells);
	}

	/**
	 * Reads the stored text; {@code null} (a row written before the cells were kept)
	 * reads as no risk.
	 */
	static RiskCells parse(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return NONE;
		}
		int[] cells = new int[SIZE];
		int cell = 0;
		int value = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',') {
				cells[cell++] = value;
				value = 0;
			}
			else {
				value = value * 10 + (c - '0');
			}
		}
		cells[cell++] = value;
		if (cell != SIZE) {
			throw new IllegalArgumentException("Expected " + SIZE + " risk cells, got " + cell + ": " + text);
		}
		return new RiskCells(cells);
	}

	/** The cells of several summaries added up. */
	public static RiskCells sum(Collection<ProgramSummary> summaries) {
		int[] cells = new int[SIZE];
		for (ProgramSummary summary : summaries) {
			int[] counts = summary.riskCells().counts;
			for (int i = 0; i < SIZE; i++) {
				cells[i] += counts[i];
			}
		}
		return new RiskCells(cells);
	}

	/** The text stored in {@code program_summaries.risk_cells}. */
	String text() {
		StringBuilder text = new StringBuilder(2 * SIZE);
		for (int i = 0; i < SIZE; i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(this.counts[i]);
		}
		return text.toString();
	}

	/** The count in one cell. */
	public int count(int probability, int impact) {
		return this.counts[index(probability, impact)];
	}

	/** All risks counted. */
	public int total() {
		return Arrays.stream(this.counts).sum();
	}

	private static int index(int probability, int impact) {
		if (probability < MIN || probability > MAX || impact < MIN || impact > MAX) {
			throw new IllegalArgumentException("No cell " + probability + " x " + impact);
		}
		return (probability - MIN) * MAX + (impact - MIN);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof RiskCells cells && Arrays.equals(this.counts, cells.counts);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.counts);
	}

	@Override
	public String toString() {
		return text();
	}

	/** A count per cell. */
	@FunctionalInterface
	interface CountPerCell {

		int count(int probability, int impact);

	}

}
