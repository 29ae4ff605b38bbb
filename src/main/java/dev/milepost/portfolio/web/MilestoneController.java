package dev.milepost.portfolio.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneFilter;
import dev.milepost.portfolio.MilestoneRow;
import dev.milepost.portfolio.MilestoneRuleException;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.MilestoneView;
import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.portfolio.Project;
import dev.milepost.security.Access;
import dev.milepost.shared.web.PageRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/milestones")
class MilestoneController {

	static final String LIST_VIEW = "milestones/list";

	static final String SHOW_VIEW = "milestones/show";

	static final String FORM_VIEW = "milestones/form";

	static final String ROW_FRAGMENT = "milestones/fragments :: milestone-row";

	static final Map<String, String> SORTS = sorts();

	private static final List<String[]> CONFLICT_FIELDS = List.of(new String[] { "name", "Name" },
			new String[] { "owner", "Owner" }, new String[] { "forecastDate", "Forecast" },
			new String[] { "actualDate", "Actual" }, new String[] { "status", "Status" },
			new String[] { "description", "Description" });

	private final MilestoneService milestones;

	private final PortfolioLookup lookup;

	private final MessageSource messages;

	private final Access access;

	MilestoneController(MilestoneService milestones, PortfolioLookup lookup, MessageSource messages, Access access) {
		this.milestones = milestones;
		this.lookup = lookup;
		this.messages = messages;
		this.access = access;
	}

	private static Map<String, String> sorts() {
		Map<String, String> sorts = new LinkedHashMap<>();
		sorts.put("forecast", "forecastDate");
		sorts.put("baseline", "baselineDate");
		sorts.put("actual", "actualDate");
		sorts.put("name", "name");
		sorts.put("owner", "owner");
		sorts.put("status", "status");
		sorts.put("project", "project.key");
		sorts.put("program", "project.program.key");
		return sorts;
	}

	@ModelAttribute("section")
	String section() {
		return "milestones";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programId,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) MilestoneStatus status,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Boolean slipped, @RequestParam(defaultValue = "false") boolean archived,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		MilestoneFilter filter = new MilestoneFilter(q, programId, projectId, status, owner, overdue, slipped,
				archived);
		Page<MilestoneRow> rows = this.milestones.page(filter,
				PageRequests.of(page, size, sort, dir, SORTS, "forecast"));
		model.addAttribute("page", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", MilestoneStatus.values());
		model.addAttribute("programs", this.lookup.programOptions());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String depq, Model model) {
		MilestoneView view = this.milestones.view(id);
		model.addAttribute("view", view);
		model.addAttribute("depq", depq);
		model.addAttribute("candidates", this.milestones.dependencyCandidates(id, depq, 20));
		if (!model.containsAttribute("rebaselineForm")) {
			RebaselineForm rebaseline = new RebaselineForm();
			rebaseline.setVersion(view.milestone().getVersion());
			model.addAttribute("rebaselineForm", rebaseline);
		}
		return SHOW_VIEW;
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long projectId, Model model) {
		this.access.requireEditProjectTarget(projectId);
		MilestoneForm form = new MilestoneForm();
		if (projectId != null) {
			Project project = this.lookup.project(projectId);
			form.setProjectId(project.getId());
		}
		model.addAttribute("milestoneForm", form);
		return showForm(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		// a milestone is created inside its project: edit rights on that project's
		// program
		this.access.requireEditProjectTarget(form.getProjectId());
		if (form.getProjectId() == null) {
			result.rejectValue("projectId", "NotNull");
		}
		if (form.getBaselineDate() == null && !result.hasFieldErrors("baselineDate")) {
			result.rejectValue("baselineDate", "NotNull");
		}
		if (!result.hasErrors()) {
			try {
				Milestone created = this.milestones.create(form.getProjectId(), form.getName(), form.getDescription(),
						form.getOwner(), form.getBaselineDate(), form.getForecastDate(), form.getStatus(),
						form.getActualDate());
				redirect.addFlashAttribute("flash", message("flash.created", created.getName()));
				return "redirect:/milestones/" + created.getId();
			}
			catch (MilestoneRuleException ex) {
				reject(result, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return showForm(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		this.access.requireEditMilestone(id);
		Milestone milestone = this.milestones.get(id);
		model.addAttribute("milestoneForm", MilestoneForm.from(milestone));
		return showForm(model, milestone);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireEditMilestone(id);
		Milestone stored = this.milestones.get(id);
		if (!result.hasErrors()) {
			try {
				Milestone saved = this.milestones.update(id, form.getVersion(), form.toChanges());
				redirect.addFlashAttribute("flash", message("flash.updated", saved.getName()));
				return "redirect:/milestones/" + id;
			}
			catch (MilestoneRuleException ex) {
				reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				return conflict(id, form, model, response);
			}
		}
		form.setProjectId(stored.getProject().getId());
		form.setBaselineDate(stored.getBaselineDate());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return showForm(model, stored);
	}

	/**
	 * The project page's in-place update. With htmx it answers with the redrawn row
	 * (errors and the user's input in it on 400/409); without JavaScript it redirects
	 * back to the project, or shows the full edit form with the errors.
	 */
	@PostMapping("/{id}/progress")
	String updateProgress(@PathVariable Long id, @Valid @ModelAttribute("progressForm") MilestoneProgressForm form,
			BindingResult result, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		this.access.requireEditMilestone(id);
		boolean partial = "true".equals(htmx);
		if (!result.hasErrors()) {
			try {
				Milestone saved = this.milestones.updateProgress(id, form.getVersion(), form.getStatus(),
						form.getForecastDate(), form.getActualDate(), form.getReason());
				if (partial) {
					model.addAttribute("row", this.milestones.row(id));
					model.addAttribute("saved", true);
					return ROW_FRAGMENT;
				}
				redirect.addFlashAttribute("flash", message("flash.updated", saved.getName()));
				return "redirect:/projects/" + saved.getProject().getId() + "#milestone-" + id;
			}
			catch (MilestoneRuleException ex) {
				reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				MilestoneRow current = this.milestones.row(id);
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				if (partial) {
					form.setVersion(current.version());
					model.addAttribute("row", current);
					model.addAttribute("conflict", current);
					model.addAttribute("rowForm", form);
					return ROW_FRAGMENT;
				}
				MilestoneForm full = MilestoneForm.from(this.milestones.get(id));
				overlay(full, form);
				return conflict(id, full, model, response);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		if (partial) {
			model.addAttribute("row", this.milestones.row(id));
			model.addAttribute("rowForm", form);
			model.addAttribute("rowErrors", errors(result, locale));
			return ROW_FRAGMENT;
		}
		Milestone stored = this.milestones.get(id);
		MilestoneForm full = MilestoneForm.from(stored);
		overlay(full, form);
		model.addAttribute("milestoneForm", full);
		BindingResult fullResult = new org.springframework.validation.BeanPropertyBindingResult(full, "milestoneForm");
		for (FieldError error : result.getFieldErrors()) {
			fullResult.addError(new FieldError("milestoneForm", error.getField(), error.getRejectedValue(), true,
					error.getCodes(), error.getArguments(), error.getDefaultMessage()));
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "milestoneForm", fullResult);
		return showForm(model, stored);
	}

	@PostMapping("/{id}/rebaseline")
	String rebaseline(@PathVariable Long id, @Valid @ModelAttribute("rebaselineForm") RebaselineForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireEditMilestone(id);
		if (!result.hasErrors()) {
			try {
				Milestone saved = this.milestones.rebaseline(id, form.getVersion(), form.getBaselineDate(),
						form.getReason());
				redirect.addFlashAttribute("flash", message("milestone.flash.rebaselined", saved.getName()));
				return "redirect:/milestones/" + id;
			}
			catch (MilestoneRuleException ex) {
				reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				form.setVersion(this.milestones.get(id).getVersion());
				model.addAttribute("rebaselineConflict", true);
				return show(id, null, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return show(id, null, model);
	}

	@PostMapping("/{id}/dependencies")
	String addDependency(@PathVariable Long id, @RequestParam Long predecessorId, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		// the dependency belongs to the successor (this milestone); reading the
		// predecessor is enough
		this.access.requireEditMilestone(id);
		try {
			this.milestones.addDependency(id, predecessorId);
			redirect.addFlashAttribute("flash", message("milestone.flash.dependencyAdded"));
			return "redirect:/milestones/" + id;
		}
		catch (MilestoneRuleException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("dependencyError",
					this.messages.getMessage(ex.getCode(), ex.getArguments(), ex.getMessage(), locale));
			return show(id, null, model);
		}
	}

	@PostMapping("/{id}/dependencies/{predecessorId}/delete")
	String removeDependency(@PathVariable Long id, @PathVariable Long predecessorId, RedirectAttributes redirect) {
		this.access.requireEditMilestone(id);
		this.milestones.get(id);
		this.milestones.removeDependency(id, predecessorId);
		redirect.addFlashAttribute("flash", message("milestone.flash.dependencyRemoved"));
		return "redirect:/milestones/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditMilestone(id);
		Milestone milestone = this.milestones.archive(id, true);
		redirect.addFlashAttribute("flash", message("flash.archived", milestone.getName()));
		return "redirect:/milestones/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditMilestone(id);
		Milestone milestone = this.milestones.archive(id, false);
		redirect.addFlashAttribute("flash", message("flash.restored", milestone.getName()));
		return "redirect:/milestones/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditMilestone(id);
		Milestone milestone = this.milestones.get(id);
		Long projectId = milestone.getProject().getId();
		String name = milestone.getName();
		if (!this.milestones.delete(id)) {
			redirect.addFlashAttribute("flashWarning", message("milestone.delete.refused", name));
			return "redirect:/milestones/" + id;
		}
		redirect.addFlashAttribute("flash", message("flash.deleted", name));
		return "redirect:/projects/" + projectId;
	}

	private String conflict(Long id, MilestoneForm form, Model model, HttpServletResponse response) {
		Milestone stored = this.milestones.get(id);
		MilestoneForm current = MilestoneForm.from(stored);
		form.setVersion(stored.getVersion());
		form.setProjectId(stored.getProject().getId());
		form.setBaselineDate(stored.getBaselineDate());
		model.addAttribute("milestoneForm", form);
		model.addAttribute("current", current);
		model.addAttribute("conflictFields", CONFLICT_FIELDS);
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return showForm(model, stored);
	}

	private String showForm(Model model, Milestone milestone) {
		model.addAttribute("milestone", milestone);
		model.addAttribute("statuses", MilestoneStatus.values());
		if (milestone == null) {
			model.addAttribute("projects", this.lookup.projectOptions());
		}
		return FORM_VIEW;
	}

	private static void overlay(MilestoneForm full, MilestoneProgressForm progress) {
		full.setStatus(progress.getStatus());
		full.setForecastDate(progress.getForecastDate());
		full.setActualDate(progress.getActualDate());
		full.setReason(progress.getReason());
		full.setVersion(progress.getVersion());
	}

	private static void reject(BindingResult result, MilestoneRuleException ex) {
		result.rejectValue(ex.getField(), ex.getCode(), ex.getArguments(), ex.getMessage());
	}

	private Map<String, String> errors(BindingResult result, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		return errors;
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, code,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
