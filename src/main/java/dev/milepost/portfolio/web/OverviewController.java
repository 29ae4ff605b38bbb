package dev.milepost.portfolio.web;

import dev.milepost.dashboard.health.HealthBoard;
import dev.milepost.dashboard.heatmap.RiskHeatMapQuery;
import dev.milepost.portfolio.OverviewQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	static final String VIEW = "overview";

	private final OverviewQueries queries;

	private final RiskHeatMapQuery heatMap;

	private final HealthBoard health;

	OverviewController(OverviewQueries queries, RiskHeatMapQuery heatMap, HealthBoard health) {
		this.queries = queries;
		this.heatMap = heatMap;
		this.health = health;
	}

	@GetMapping("/")
	String overview(Model model) {
		model.addAttribute("section", "overview");
		model.addAttribute("overview", this.queries.overview());
		model.addAttribute("riskHeatMap", this.heatMap.portfolio());
		model.addAttribute("health", this.health.portfolio());
		return VIEW;
	}

}
