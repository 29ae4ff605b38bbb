package dev.milepost.report.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportCharts;
import dev.milepost.report.ReportConflictException;
import dev.milepost.report.ReportContent;
import dev.milepost.report.ReportDrafter;
import dev.milepost.report.ReportDrafter.ProgramRef;
import dev.milepost.report.ReportService;
import dev.milepost.report.StaleReportException;
import dev.milepost.report.StoredReport;
import dev.milepost.report.Written;
import dev.milepost.report.mail.MailOutbox;
import dev.milepost.security.Access;
import dev.milepost.shared.BadRequestException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The weekly reports of a program: the archive, one week's report (a published one from
 * its stored snapshot, a draft computed now with the written-sections form), and the
 * draft's save, publish and correct actions. Every POST requires edit rights on the
 * program before it changes anything.
 */
@Controller
class ReportController {

	static final String ARCHIVE_VIEW = "reports/list";

	static final String REPORT_VIEW = "reports/show";

	private final ReportService reports;

	private final ReportDrafter drafter;

	private final Access access;

	private final MessageSource messages;

	private final Clock clock;

	private final MailOutbox outbox;

	ReportController(ReportService reports, ReportDrafter drafter, Access access, MessageSource messages, Clock clock,
			MailOutbox outbox) {
		this.reports = reports;
		this.drafter = drafter;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
		this.outbox = outbox;
	}

	@GetMapping("/programs/{id}/reports")
	String archive(@PathVariable long id, Model model) {
		ProgramRef program = this.drafter.program(id);
		List<StoredReport> reports = this.reports.archive(id);
		model.addAttribute("program", program);
		model.addAttribute("reports", reports);
		model.addAttribute("thisWeek", IsoWeek.current(this.clock).toString());
		return ARCHIVE_VIEW;
	}

	@GetMapping("/programs/{id}/reports/{week}")
	String show(@PathVariable long id, @PathVariable String week, @RequestParam(required = false) Integer version,
			Model model) {
		IsoWeek isoWeek = IsoWeek.parse(week);
		ProgramRef program = this.drafter.program(id);
		Optional<StoredReport> report = this.reports.find(id, isoWeek, version);
		if (version != null && report.isEmpty()) {
			throw new ReportNotFoundException(id, week);
		}
		ReportForm form = report.filter(StoredReport::isDraft)
			.map((r) -> ReportForm.from(r.written(), r.version()))
			.orElseGet(() -> ReportForm.from(Written.EMPTY, null));
		return page(program, isoWeek, report.orElse(null), form, model);
	}

	@PostMapping("/programs/{id}/reports/{week}")
	String save(@PathVariable long id, @PathVariable String week, @Valid @ModelAttribute("reportForm") ReportForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		IsoWeek isoWeek = IsoWeek.parse(week);
		ProgramRef program = this.drafter.program(id);
		StoredReport latest = this.reports.find(id, isoWeek, null).orElse(null);
		if (latest != null && !latest.isDraft()) {
			throw new ReportConflictException(ReportService.PUBLISHED_CANNOT_CHANGE);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(program, isoWeek, latest, form, model);
		}
		try {
			this.reports.saveDraft(id, isoWeek, form.toWritten(), form.getVersion());
		}
		catch (StaleReportException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", true);
			return page(program, isoWeek, this.reports.find(id, isoWeek, null).orElse(null), form, model);
		}
		redirect.addFlashAttribute("flash", message("report.flash.saved", isoWeek.toString()));
		return "redirect:/programs/" + id + "/reports/" + isoWeek;
	}

	@PostMapping("/programs/{id}/reports/{week}/publish")
	String publish(@PathVariable long id, @PathVariable String week, RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		IsoWeek isoWeek = IsoWeek.parse(week);
		this.drafter.program(id);
		if (isoWeek.isFuture(this.clock)) {
			// a report says what happened in its week: it can be drafted ahead, not
			// published ahead
			throw new BadRequestException(message("report.future", isoWeek.toString()));
		}
		StoredReport published = this.reports.publish(id, isoWeek);
		long mails = this.outbox.queued("report:" + published.id() + ":");
		redirect.addFlashAttribute("flash", message("report.flash.published", isoWeek.toString(), mails));
		return "redirect:/programs/" + id + "/reports/" + isoWeek;
	}

	@PostMapping("/programs/{id}/reports/{week}/correct")
	String correct(@PathVariable long id, @PathVariable String week, RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		IsoWeek isoWeek = IsoWeek.parse(week);
		this.drafter.program(id);
		StoredReport draft = this.reports.correct(id, isoWeek);
		redirect.addFlashAttribute("flash", message("report.flash.correcting", draft.versionNo()));
		return "redirect:/programs/" + id + "/reports/" + isoWeek;
	}

	private String page(ProgramRef program, IsoWeek week, StoredReport report, ReportForm form, Model model) {
		boolean frozen = report != null && !report.isDraft();
		ReportContent content = frozen ? this.reports.content(report) : this.drafter.draft(program.id(), week);
		model.addAttribute("program", program);
		model.addAttribute("week", week.toString());
		model.addAttribute("dueDays", ReportDrafter.DUE_DAYS);
		model.addAttribute("previousWeek", week.previous().toString());
		model.addAttribute("nextWeek", week.next().toString());
		model.addAttribute("report", report);
		model.addAttribute("frozen", frozen);
		model.addAttribute("written", frozen ? report.written() : form.toWritten());
		model.addAttribute("content", content);
		model.addAttribute("charts", ReportCharts.of(content));
		model.addAttribute("reportForm", form);
		model.addAttribute("latest", report == null
				|| this.reports.find(program.id(), week, null).map((r) -> r.id() == report.id()).orElse(true));
		return REPORT_VIEW;
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
