package dev.milepost.report.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import dev.milepost.report.mail.Recipient;
import dev.milepost.report.mail.ReportRecipients;
import dev.milepost.security.Access;
import dev.milepost.shared.BadRequestException;
import dev.milepost.shared.ConflictException;
import dev.milepost.shared.web.DateFormats;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The weekly reports of a program: the archive, one week's report (a published one from
 * its stored snapshot, a draft computed now with the written-sections form), and the
 * draft's save, autosave, review, publish and correct actions. Publishing goes through a
 * confirmation page that shows the report as it will be sent and names its recipients; it
 * publishes only the draft version shown there. Every POST requires edit rights on the
 * program before it changes anything.
 */
@Controller
class ReportController {

	static final String ARCHIVE_VIEW = "reports/list";

	static final String REPORT_VIEW = "reports/show";

	static final String CONFIRM_VIEW = "reports/confirm";

	private final ReportService reports;

	private final ReportDrafter drafter;

	private final Access access;

	private final MessageSource messages;

	private final Clock clock;

	private final MailOutbox outbox;

	private final ReportRecipients recipients;

	private final DateFormats dates;

	ReportController(ReportService reports, ReportDrafter drafter, Access access, MessageSource messages, Clock clock,
			MailOutbox outbox, ReportRecipients recipients, DateFormats dates) {
		this.recipients = recipients;
		this.dates = dates;
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

	/**
	 * Saves the draft; with {@code next=review} (the "Review and publish" button) it goes
	 * on to the confirmation page.
	 */
	@PostMapping("/programs/{id}/reports/{week}")
	String save(@PathVariable long id, @PathVariable String week, @Valid @ModelAttribute("reportForm") ReportForm form,
			BindingResult result, @RequestParam(required = false) String next, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
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
		if ("review".equals(next)) {
			return "redirect:/programs/" + id + "/reports/" + isoWeek + "/publish";
		}
		redirect.addFlashAttribute("flash", message("report.flash.saved", isoWeek.toString()));
		return "redirect:/programs/" + id + "/reports/" + isoWeek;
	}

	/**
	 * The draft's autosave: the written sections with the draft version they were typed
	 * on. Answers JSON: 200 with the new version; 409 (stale or published) and 400 with a
	 * message, the typed text staying on the page.
	 */
	@PostMapping("/programs/{id}/reports/{week}/autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @PathVariable String week,
			@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result) {
		this.access.requireEditProgram(id);
		IsoWeek isoWeek = IsoWeek.parse(week);
		this.drafter.program(id);
		if (result.hasErrors()) {
			FieldError error = result.getFieldError();
			String text = (error != null) ? this.messages.getMessage(error, LocaleContextHolder.getLocale())
					: message("report.autosave.invalid");
			return answer(HttpStatus.BAD_REQUEST, "message", text);
		}
		try {
			StoredReport saved = this.reports.saveDraft(id, isoWeek, form.toWritten(), form.getVersion());
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("version", saved.version());
			body.put("message", message("report.autosave.saved", this.dates.dateTime(this.clock.instant())));
			return ResponseEntity.ok(body);
		}
		catch (StaleReportException ex) {
			return answer(HttpStatus.CONFLICT, "message", message("report.autosave.stale"));
		}
		catch (ConflictException ex) {
			return answer(HttpStatus.CONFLICT, "message",
					this.messages.getMessage(ex.messageCode(), ex.arguments(), LocaleContextHolder.getLocale()));
		}
	}

	/**
	 * The publish confirmation: the report as it will be sent (written sections left out
	 * when empty, the data as of now) and who receives it, with the draft version shown.
	 * A published week goes back to its page.
	 */
	@GetMapping("/programs/{id}/reports/{week}/publish")
	String confirm(@PathVariable long id, @PathVariable String week, Model model, RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		IsoWeek isoWeek = IsoWeek.parse(week);
		ProgramRef program = this.drafter.program(id);
		StoredReport latest = this.reports.find(id, isoWeek, null).orElse(null);
		if (latest != null && !latest.isDraft()) {
			redirect.addFlashAttribute("flashWarning", message(ReportService.PUBLISHED_CANNOT_CHANGE));
			return "redirect:/programs/" + id + "/reports/" + isoWeek;
		}
		return confirmPage(program, isoWeek, latest, model);
	}

	/**
	 * Publishes the draft version the confirmation page showed ({@code version},
	 * {@code new} when the week had no draft): a draft changed meanwhile is a 409 with
	 * the page shown again as it is now. Without the parameter (no confirmation seen) it
	 * is a 400.
	 */
	@PostMapping("/programs/{id}/reports/{week}/publish")
	String publish(@PathVariable long id, @PathVariable String week,
			@RequestParam(name = "version", required = false) String version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		IsoWeek isoWeek = IsoWeek.parse(week);
		ProgramRef program = this.drafter.program(id);
		if (isoWeek.isFuture(this.clock)) {
			// a report says what happened in its week: it can be drafted ahead, not
			// published ahead
			throw new BadRequestException(message("report.future", isoWeek.toString()));
		}
		if (version == null) {
			throw new BadRequestException(message("report.publish.unreviewed"));
		}
		Long reviewed;
		try {
			reviewed = "new".equals(version) ? null : Long.valueOf(version);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(message("report.publish.unreviewed"));
		}
		StoredReport published;
		try {
			published = this.reports.publishReviewed(id, isoWeek, reviewed);
		}
		catch (StaleReportException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("changed", true);
			return confirmPage(program, isoWeek, this.reports.find(id, isoWeek, null).orElse(null), model);
		}
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

	private String confirmPage(ProgramRef program, IsoWeek week, StoredReport draft, Model model) {
		ReportContent content = this.drafter.draft(program.id(), week);
		List<Recipient> recipients = this.recipients.of(program.id());
		model.addAttribute("program", program);
		model.addAttribute("week", week.toString());
		model.addAttribute("dueDays", ReportDrafter.DUE_DAYS);
		model.addAttribute("report", draft);
		model.addAttribute("written", (draft != null) ? draft.written() : Written.EMPTY);
		model.addAttribute("content", content);
		model.addAttribute("charts", ReportCharts.of(content));
		model.addAttribute("recipients", recipients);
		model.addAttribute("future", week.isFuture(this.clock));
		return CONFIRM_VIEW;
	}

	private ResponseEntity<Map<String, Object>> answer(HttpStatus status, String key, String value) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(key, value);
		return ResponseEntity.status(status).body(body);
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
