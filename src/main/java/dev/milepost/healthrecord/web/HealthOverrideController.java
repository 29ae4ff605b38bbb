package dev.milepost.healthrecord.web;

import java.time.Clock;
import java.time.LocalDate;

import dev.milepost.health.Health;
import dev.milepost.healthrecord.HealthOverrideService;
import dev.milepost.healthrecord.Subject;
import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.security.Access;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Overrides of a program's or project's health. The program and project pages carry the
 * form (fragment {@code dashboard/health :: health-override}); a rejected form is shown
 * again on its own page with the input kept. Edit rights on the program (for a project:
 * on its program) are required, as for any other change to it.
 */
@Controller
class HealthOverrideController {

	static final String FORM_VIEW = "health-override/form";

	private final HealthOverrideService overrides;

	private final PortfolioLookup portfolio;

	private final Access access;

	private final MessageSource messages;

	private final Clock clock;

	HealthOverrideController(HealthOverrideService overrides, PortfolioLookup portfolio, Access access,
			MessageSource messages, Clock clock) {
		this.overrides = overrides;
		this.portfolio = portfolio;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/programs/{id}/health-override")
	@Transactional(readOnly = true)
	String programForm(@PathVariable Long id, Model model) {
		this.access.requireEditProgram(id);
		return form(Subject.program(id), label(Subject.program(id)), model);
	}

	@GetMapping("/projects/{id}/health-override")
	@Transactional(readOnly = true)
	String projectForm(@PathVariable Long id, Model model) {
		this.access.requireEditProject(id);
		return form(Subject.project(id), label(Subject.project(id)), model);
	}

	@PostMapping("/programs/{id}/health-override")
	String setProgram(@PathVariable Long id, @Valid @ModelAttribute("overrideForm") HealthOverrideForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		return set(Subject.program(id), form, result, model, response, redirect);
	}

	@PostMapping("/projects/{id}/health-override")
	String setProject(@PathVariable Long id, @Valid @ModelAttribute("overrideForm") HealthOverrideForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireEditProject(id);
		return set(Subject.project(id), form, result, model, response, redirect);
	}

	@PostMapping("/programs/{id}/health-override/clear")
	String clearProgram(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		return clear(Subject.program(id), redirect);
	}

	@PostMapping("/projects/{id}/health-override/clear")
	String clearProject(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditProject(id);
		return clear(Subject.project(id), redirect);
	}

	private String form(Subject subject, String label, Model model) {
		HealthOverrideForm form = this.overrides.active(subject)
			.map(HealthOverrideForm::from)
			.orElseGet(HealthOverrideForm::new);
		model.addAttribute("overrideForm", form);
		return formView(subject, label, model);
	}

	private String set(Subject subject, HealthOverrideForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String label = label(subject);
		LocalDate today = LocalDate.now(this.clock);
		if (form.getExpiresOn() != null && !result.hasFieldErrors("expiresOn")) {
			if (form.getExpiresOn().isBefore(today)) {
				result.rejectValue("expiresOn", "healthOverride.expiresOn.past");
			}
			else if (form.getExpiresOn().isAfter(today.plusDays(HealthOverrideService.MAX_DAYS_AHEAD))) {
				result.rejectValue("expiresOn", "healthOverride.expiresOn.tooFar",
						new Object[] { HealthOverrideService.MAX_DAYS_AHEAD }, null);
			}
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return formView(subject, label, model);
		}
		// a stale version ends in ObjectOptimisticLockingFailureException: the shared 409
		// page
		this.overrides.set(subject, form.getVersion(), form.getHealth(), form.getRationale(), form.getExpiresOn());
		redirect.addFlashAttribute("flash",
				message("healthOverride.flash.set", label, message("health." + form.getHealth().name())));
		return "redirect:" + path(subject);
	}

	private String clear(Subject subject, RedirectAttributes redirect) {
		String label = label(subject);
		if (this.overrides.clear(subject)) {
			redirect.addFlashAttribute("flash", message("healthOverride.flash.cleared", label));
		}
		return "redirect:" + path(subject);
	}

	private String formView(Subject subject, String label, Model model) {
		model.addAttribute("subjectLabel", label);
		model.addAttribute("subjectPath", path(subject));
		model.addAttribute("healths", Health.values());
		model.addAttribute("maxExpiry", LocalDate.now(this.clock).plusDays(HealthOverrideService.MAX_DAYS_AHEAD));
		model.addAttribute("section", (subject.kind() == Subject.Kind.PROGRAM) ? "programs" : "projects");
		return FORM_VIEW;
	}

	private String label(Subject subject) {
		if (subject.kind() == Subject.Kind.PROGRAM) {
			Program program = this.portfolio.program(subject.id());
			return program.getKey() + " · " + program.getName();
		}
		Project project = this.portfolio.project(subject.id());
		return project.getKey() + " · " + project.getName();
	}

	private static String path(Subject subject) {
		return ((subject.kind() == Subject.Kind.PROGRAM) ? "/programs/" : "/projects/") + subject.id();
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
