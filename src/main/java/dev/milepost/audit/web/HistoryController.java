package dev.milepost.audit.web;

import dev.milepost.audit.ActivityService;
import dev.milepost.audit.HistorySubject;
import dev.milepost.audit.RecordType;
import dev.milepost.shared.BadRequestException;
import dev.milepost.shared.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Read-only change history: the History tab of each detail page and a program's Activity
 * feed.
 */
@Controller
class HistoryController {

	static final String HISTORY_VIEW = "audit/history";

	static final String ACTIVITY_VIEW = "audit/activity";

	private final ActivityService activity;

	HistoryController(ActivityService activity) {
		this.activity = activity;
	}

	/**
	 * {@code /programs|projects|milestones|risks|stakeholders/{id}/history}; any other
	 * first segment is a 404 like an unknown id.
	 */
	@GetMapping("/{path}/{id}/history")
	String history(@PathVariable String path, @PathVariable Long id, @RequestParam(defaultValue = "0") int page,
			Model model) {
		RecordType type = RecordType.ofPath(path).orElseThrow(() -> new NotFoundException("History of " + path, id));
		HistorySubject subject = this.activity.subject(type, id);
		model.addAttribute("subject", subject);
		model.addAttribute("page", this.activity.history(type, id, pageRequest(page)));
		model.addAttribute("section", path);
		return HISTORY_VIEW;
	}

	@GetMapping("/programs/{id}/activity")
	String activity(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
		HistorySubject program = this.activity.subject(RecordType.PROGRAM, id);
		model.addAttribute("subject", program);
		model.addAttribute("page", this.activity.activity(id, null, null, pageRequest(page)));
		model.addAttribute("section", "programs");
		return ACTIVITY_VIEW;
	}

	private static Pageable pageRequest(int page) {
		if (page < 0) {
			throw new BadRequestException("Page numbers start at 0; '" + page + "' is not a page.");
		}
		return PageRequest.of(page, ActivityService.PAGE_SIZE);
	}

}
