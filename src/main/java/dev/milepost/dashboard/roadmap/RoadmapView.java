package dev.milepost.dashboard.roadmap;

import java.util.List;
import java.util.Map;

/**
 * A roadmap ready for a page: the figures, and the SVG drawn from them (null when there
 * is no row to draw). The SVG's text is escaped, so templates insert it with
 * {@code th:utext}.
 *
 * @param programId the program of a program roadmap, null for the portfolio
 * @param stateNames each state's name in the reader's language
 */
public record RoadmapView(Long programId, String key, String name, Roadmap roadmap, String svg,
		Map<Roadmap.State, String> stateNames) {

	public boolean portfolio() {
		return this.programId == null;
	}

	/** The states in legend order, for the text alternative's columns. */
	public List<Roadmap.State> states() {
		return List.of(Roadmap.State.values());
	}

}
