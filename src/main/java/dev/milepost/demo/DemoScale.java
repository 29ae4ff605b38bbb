package dev.milepost.demo;

/**
 * How much demo data to generate. Only {@link #SMALL} (the hand-written demo portfolio) exists
 * today; larger scales for performance checks ({@code milepost.demo-scale=medium|large}) are meant
 * to be added here and handled in {@link DemoPortfolioGenerator#generate(DemoScale)}.
 */
public enum DemoScale {

	/** Six programs, about twenty projects and ninety milestones, written to read like a real portfolio. */
	SMALL

}
