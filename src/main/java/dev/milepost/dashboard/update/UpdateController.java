package dev.milepost.dashboard.update;

import dev.milepost.dashboard.update.UpdateGrid.ReviewRow;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.report.IsoWeek;
import dev.milepost.risk.Risk;
import dev.milepost.risk.RiskNotFoundException;
import dev.milepost.risk.RiskService;
import dev.milepost.security.Access;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The weekly update of a program: one grid of every open milestone of its projects (each
 * row saved through {@code POST /milestones/{id}/progress}, the project page's own update
 * with its rules, 400/409 answers and history), the risks due for review with "reviewed,
 * no change", and the link to this week's report. Everyone who can read the program sees
 * the page; only those who may edit it get inputs and actions.
 */
@Controller
class UpdateController {

	static final String VIEW = "dashboard/update";

	static final String REVIEW_ROW = "dashboard/update :: review-row";

	private final ProgramService programs;

	private final UpdateGridQuery query;

	private final RiskService risks;

	private final Access access;

	private final MessageSource messages;

	private final Clock clock;

	UpdateController(ProgramService programs, UpdateGridQuery query, RiskService risks, Access access,
			MessageSource messages, Clock clock) {
		this.programs = programs;
		this.query = query;
		this.risks = risks;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/programs/{id}/update")
	String show(@PathVariable Long id, Model model) {
		Program program = this.programs.get(id);
		model.addAttribute("section", "programs");
		model.addAttribute("program", program);
		model.addAttribute("grid", this.query.forProgram(id));
		model.addAttribute("editable", this.access.canEditProgram(id));
		model.addAttribute("week", IsoWeek.current(this.clock).toString());
		return VIEW;
	}

	/**
	 * "Reviewed, no change": the risk's next review moves
	 * {@value RiskService#REVIEW_INTERVAL_DAYS} days ahead. With htmx the answer is the
	 * redrawn risk row (409 with the stored row when someone changed the risk meanwhile);
	 * without, a redirect back to the page.
	 */
	@PostMapping("/programs/{id}/update/risks/{riskId}/reviewed")
	String reviewed(@PathVariable Long id, @PathVariable Long riskId, @RequestParam long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireEditRisk(riskId);
		Risk risk = this.risks.get(riskId);
		if (!risk.getProgram().getId().equals(id)) {
			throw new RiskNotFoundException(riskId);
		}
		boolean partial = "true".equals(htmx);
		model.addAttribute("program", risk.getProgram());
		try {
			Risk saved = this.risks.markReviewed(riskId, version);
			if (partial) {
				model.addAttribute("review", row(saved));
				model.addAttribute("reviewed", true);
				return REVIEW_ROW;
			}
			redirect.addFlashAttribute("flash",
					message("update.risk.reviewed.flash", saved.getTitle(), saved.getNextReviewDate()));
			return "redirect:/programs/" + id + "/update#risks";
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			if (!partial) {
				throw ex;
			}
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("review", row(this.risks.get(riskId)));
			model.addAttribute("reviewConflict", true);
			return REVIEW_ROW;
		}
	}

	private ReviewRow row(Risk risk) {
		return new ReviewRow(risk.getId(), risk.getVersion(), risk.getTitle(),
				(risk.getProject() != null) ? risk.getProject().getKey() : null, risk.getScore(), risk.getOwner(),
				risk.getStatus().name(), risk.getNextReviewDate(),
				risk.getNextReviewDate() != null && risk.getNextReviewDate().isBefore(this.risks.today()));
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
