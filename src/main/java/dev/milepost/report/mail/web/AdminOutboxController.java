package dev.milepost.report.mail.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.milepost.report.mail.MailOutbox;
import dev.milepost.report.mail.MailStatus;
import dev.milepost.report.mail.OutgoingMail;
import dev.milepost.shared.web.DateFormats;
import dev.milepost.shared.web.PageRequests;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The mail outbox for administrators ({@code /admin/**} is ADMIN-only in the security
 * configuration): counts per status, the rows (filtered by status, sorted, paged), a
 * retry for FAILED rows and "Send test email", which goes through the outbox like every
 * other mail.
 */
@Controller
@RequestMapping("/admin/outbox")
class AdminOutboxController {

	static final String LIST_VIEW = "admin/outbox/list";

	static final String DEFAULT_SORT = "created";

	/** Sort keys offered in URLs -> SQL columns. */
	static final Map<String, String> SORTS = new LinkedHashMap<>();

	static {
		SORTS.put("created", "created_at");
		SORTS.put("next", "next_attempt_at");
		SORTS.put("sent", "sent_at");
		SORTS.put("recipient", "recipient");
		SORTS.put("attempts", "attempts");
	}

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final DateFormats dates;

	private final Clock clock;

	AdminOutboxController(MailOutbox outbox, MessageSource messages, DateFormats dates, Clock clock) {
		this.outbox = outbox;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@ModelAttribute("section")
	String section() {
		return "admin";
	}

	@GetMapping
	String list(@RequestParam(required = false) MailStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		// newest first unless the URL says otherwise
		String direction = (dir == null && (sort == null || sort.isBlank() || sort.equals(DEFAULT_SORT))) ? "desc"
				: dir;
		model.addAttribute("page",
				this.outbox.list(status, PageRequests.of(page, size, sort, direction, SORTS, DEFAULT_SORT)));
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("status", status);
		model.addAttribute("statuses", MailStatus.values());
		if (!model.containsAttribute("testMailForm")) {
			model.addAttribute("testMailForm", new TestMailForm());
		}
		return LIST_VIEW;
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.outbox.retry(id);
		redirect.addFlashAttribute("flash", message("outbox.flash.retried", id));
		return "redirect:/admin/outbox";
	}

	@PostMapping("/test")
	String test(@Valid @ModelAttribute("testMailForm") TestMailForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return list(null, 0, PageRequests.DEFAULT_SIZE, null, null, model);
		}
		String address = form.getAddress().trim();
		String when = this.dates.dateTime(this.clock.instant());
		this.outbox.enqueue(new OutgoingMail("test:" + UUID.randomUUID(), address, message("outbox.test.subject"),
				message("outbox.test.text", when),
				"<p>" + HtmlUtils.htmlEscape(message("outbox.test.text", when)) + "</p>"));
		redirect.addFlashAttribute("flash", message("outbox.flash.test", address));
		return "redirect:/admin/outbox";
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
