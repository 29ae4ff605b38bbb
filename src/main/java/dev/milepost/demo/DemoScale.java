package dev.milepost.demo;

import java.util.Locale;

/**
 * How much demo data to generate ({@code milepost.demo-scale=small|medium|large|xlarge}).
 * The larger scales contain the small demo portfolio and add generated programs around
 * it, built from the same catalogue, for performance checks.
 *
 * @param programs number of programs
 * @param projects number of projects
 * @param milestones number of milestones
 * @param risks number of risks
 * @param stakeholders number of stakeholders
 */
public enum DemoScale {

	/**
	 * Six programs, about twenty projects and ninety milestones, written to read like a
	 * real portfolio.
	 */
	SMALL(0, 0, 0, 0, 0),

	/** 50 programs, 500 projects, 5,000 milestones, 2,000 risks, 1,000 stakeholders. */
	MEDIUM(50, 500, 5_000, 2_000, 1_000),

	/**
	 * 500 programs, 5,000 projects, 50,000 milestones, 20,000 risks, 10,000 stakeholders.
	 */
	LARGE(500, 5_000, 50_000, 20_000, 10_000),

	/**
	 * 5,000 programs, 50,000 projects, 500,000 milestones, 200,000 risks, 100,000
	 * stakeholders: for the benchmark on PostgreSQL only, never loaded into the embedded
	 * H2 database.
	 */
	XLARGE(5_000, 50_000, 500_000, 200_000, 100_000);

	private final int programs;

	private final int projects;

	private final int milestones;

	private final int risks;

	private final int stakeholders;

	DemoScale(int programs, int projects, int milestones, int risks, int stakeholders) {
		this.programs = programs;
		this.projects = projects;
		this.milestones = milestones;
		this.risks = risks;
		this.stakeholders = stakeholders;
	}

	/**
	 * Programs in total, including the small demo's; 0 for {@link #SMALL} (the catalogue
	 * decides).
	 */
	int programs() {
		return this.programs;
	}

	int projects() {
		return this.projects;
	}

	int milestones() {
		return this.milestones;
	}

	int risks() {
		return this.risks;
	}

	int stakeholders() {
		return this.stakeholders;
	}

	/**
	 * The scale named by the setting {@code milepost.demo-scale}, ignoring case; blank
	 * means small.
	 * @param value the setting
	 * @return the scale
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static DemoScale parse(String value) {
		if (value == null || value.isBlank()) {
			return SMALL;
		}
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"milepost.demo-scale must be small, medium, large or xlarge, not '" + value + "'", ex);
		}
	}

}
