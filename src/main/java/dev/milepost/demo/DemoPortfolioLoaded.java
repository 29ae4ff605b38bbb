package dev.milepost.demo;

import java.util.List;

/**
 * The demo portfolio was written (committed).
 *
 * @param scale its size
 * @param programKeys the keys of the programs it created
 */
public record DemoPortfolioLoaded(DemoScale scale, List<String> programKeys) {

	public DemoPortfolioLoaded {
		programKeys = List.copyOf(programKeys);
	}

}
