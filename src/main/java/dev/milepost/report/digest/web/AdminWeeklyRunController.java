package dev.milepost.report.digest.web;

import java.util.Locale;

import dev.milepost.report.digest.WeeklyReportJob;
import dev.milepost.report.digest.WeeklyRun;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Run weekly job now" on the outbox page ({@code /admin/**} is ADMIN-only in the
 * security configuration): the weekly job for the week that ended last, at once and under
 * the same lock as its schedule, with what it did as the flash message. While the job
 * runs on another instance (or its scheduled run ended there less than a minute ago) the
 * run is refused before it does anything:
 * {@link dev.milepost.shared.Jobs.JobRefusedException}, the 409 page saying so.
 */
@Controller
class AdminWeeklyRunController {

	private final WeeklyReportJob job;

	private final MessageSource messages;

	AdminWeeklyRunController(WeeklyReportJob job, MessageSource messages) {
		this.job = job;
		this.messages = messages;
	}

	@PostMapping("/admin/reports/weekly-run")
	String run(RedirectAttributes redirect) {
		WeeklyRun run = this.job.runFor(this.job.previousWeek());
		Locale locale = LocaleContextHolder.getLocale();
		String digest = this.messages.getMessage(
				run.digestPublished() ? "digest.run.digest.published" : "digest.run.digest.before", null, locale);
		redirect.addFlashAttribute("flash", this.messages.getMessage("digest.run.flash",
				new Object[] { run.week(), digest, run.reminders(), run.autoPublished(), run.failed() }, locale));
		return "redirect:/admin/outbox";
	}

}
