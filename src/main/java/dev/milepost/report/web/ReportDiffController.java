package dev.milepost.report.web;

import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportContent;
import dev.milepost.report.ReportDiff;
import dev.milepost.report.ReportDrafter;
import dev.milepost.report.ReportDrafter.ProgramRef;
import dev.milepost.report.ReportDrafter.PublishedReport;
import dev.milepost.report.ReportService;
import dev.milepost.report.StoredReport;
import dev.milepost.report.Written;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What changed in a week's report since the program's previous one: this week's latest
 * version (a published one from its snapshot, a draft computed now) against the latest
 * published report of an earlier week. Read-only, open to every signed-in user like the
 * report itself.
 */
@Controller
class ReportDiffController {

	static final String DIFF_VIEW = "reports/diff";

	private final ReportService reports;

	private final ReportDrafter drafter;

	ReportDiffController(ReportService reports, ReportDrafter drafter) {
		this.reports = reports;
		this.drafter = drafter;
	}

	@GetMapping("/programs/{id}/reports/{week}/diff")
	String diff(@PathVariable long id, @PathVariable String week, Model model) {
		IsoWeek isoWeek = IsoWeek.parse(week);
		ProgramRef program = this.drafter.program(id);
		StoredReport latest = this.reports.find(id, isoWeek, null).orElse(null);
		boolean frozen = latest != null && !latest.isDraft();
		ReportContent current = frozen ? this.reports.content(latest) : this.drafter.draft(id, isoWeek);
		Written written = (latest != null) ? latest.written() : Written.EMPTY;
		PublishedReport previous = this.drafter.previous(id, isoWeek);
		model.addAttribute("program", program);
		model.addAttribute("week", isoWeek.toString());
		model.addAttribute("report", latest);
		model.addAttribute("frozen", frozen);
		model.addAttribute("previous", previous);
		model.addAttribute("diff", (previous != null)
				? ReportDiff.between(previous.content(), previous.written(), current, written) : null);
		return DIFF_VIEW;
	}

}
