package dev.milepost.summary.web;

import dev.milepost.summary.ProgramSummaries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The program summaries' page for administrators ({@code /admin/**} is ADMIN-only in the
 * security configuration): what the last check on this instance found, and a button that
 * checks every summary against a fresh computation now (the same comparison as the hourly
 * check behind {@code milepost_summary_differences}) and recomputes every row when any
 * differs. The result is shown after the redirect: programs checked, rows that differed,
 * the first of them with the fields that differed.
 */
@Controller
class AdminSummaryController {

	static final String VIEW = "admin/summaries";

	private final ProgramSummaries summaries;

	AdminSummaryController(ProgramSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/admin/summaries")
	String show(Model model) {
		model.addAttribute("section", "admin");
		if (!model.containsAttribute("check")) {
			model.addAttribute("check", this.summaries.lastCheck());
		}
		return VIEW;
	}

	@PostMapping("/admin/summaries/check")
	String check(RedirectAttributes redirect) {
		ProgramSummaries.Check check = this.summaries.check();
		boolean repaired = false;
		if (check.differing() > 0) {
			this.summaries.refreshAll();
			repaired = true;
		}
		else {
			// what the summaries do not hold (names...) may have been changed by hand too
			this.summaries.changedOutside();
		}
		redirect.addFlashAttribute("check", check);
		redirect.addFlashAttribute("repaired", repaired);
		return "redirect:/admin/summaries";
	}

}
