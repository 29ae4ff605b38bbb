package dev.milepost.portfolio.web;

import dev.milepost.portfolio.OverviewQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	static final String VIEW = "overview";

	private final OverviewQueries queries;

	OverviewController(OverviewQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/")
	String overview(Model model) {
		model.addAttribute("section", "overview");
		model.addAttribute("overview", this.queries.overview());
		return VIEW;
	}

}
