package dev.milepost.dashboard.roadmap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A program's roadmap alone on a page, to print it. Read-only, so any signed-in role may
 * look.
 */
@Controller
class RoadmapController {

	static final String VIEW = "dashboard/program-roadmap";

	private final RoadmapBoard board;

	RoadmapController(RoadmapBoard board) {
		this.board = board;
	}

	@GetMapping("/programs/{id}/roadmap")
	String program(@PathVariable long id, Model model) {
		model.addAttribute("section", "programs");
		model.addAttribute("roadmap", this.board.program(id));
		return VIEW;
	}

}
