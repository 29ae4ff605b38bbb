package dev.milepost.portfolio.web;

import dev.milepost.dashboard.health.HealthBoard;
import dev.milepost.dashboard.heatmap.RiskHeatMapQuery;
import dev.milepost.dashboard.roadmap.RoadmapBoard;
import dev.milepost.portfolio.OverviewQueries;
import dev.milepost.portfolio.PortfolioOverview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	static final String VIEW = "overview";

	private final OverviewQueries queries;

	private final RiskHeatMapQuery heatMap;

	private final HealthBoard health;

	private final RoadmapBoard roadmap;

	OverviewController(OverviewQueries queries, RiskHeatMapQuery heatMap, HealthBoard health, RoadmapBoard roadmap) {
		this.queries = queries;
		this.heatMap = heatMap;
		this.health = health;
		this.roadmap = roadmap;
	}

	@GetMapping("/")
	String overview(Model model) {
		model.addAttribute("section", "overview");
		PortfolioOverview overview = this.queries.overview();
		model.addAttribute("overview", overview);
		// the programs of the table shown (first page once the dashboard is paged)
		model.addAttribute("roadmap", this.roadmap.portfolio(overview.rows().stream().map(PortfolioOverview.Row::id).toList()));
		model.addAttribute("riskHeatMap", this.heatMap.portfolio());
		model.addAttribute("health", this.health.portfolio());
		return VIEW;
	}

}
