package dev.milepost.portfolio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.portfolio.ProgramNotFoundException;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectCriteria;
import dev.milepost.portfolio.ProjectInUseException;
import dev.milepost.portfolio.ProjectKeyTakenException;
import dev.milepost.portfolio.ProjectPhase;
import dev.milepost.portfolio.ProjectService;
import dev.milepost.security.Access;
import dev.milepost.shared.web.Option;
import dev.milepost.shared.web.PageRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/**
 * The project list and the project forms: create, edit, archive, restore, delete. The
 * project page itself ({@code GET /projects/{id}}) composes several modules and lives in
 * {@code dashboard}.
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

	static final String LIST_VIEW = "projects/list";

	static final String FORM_VIEW = "projects/form";

	static final String DEFAULT_SORT = "program";

	/** Sort keys offered in URLs -> entity properties. */
	static final Map<String, String> SORTS = new LinkedHashMap<>();

	static {
		SORTS.put("program", "program.key");
		SORTS.put("key", "key");
		SORTS.put("name", "name");
		SORTS.put("lead", "lead");
		SORTS.put("phase", "phase");
		SORTS.put("start", "startDate");
		SORTS.put("end", "endDate");
	}

	private final ProjectService projects;

	private final PortfolioLookup lookup;

	private final MessageSource messages;

	private final Access access;

	ProjectController(ProjectService projects, PortfolioLookup lookup, MessageSource messages, Access access) {
		this.access = access;
		this.projects = projects;
		this.lookup = lookup;
		this.messages = messages;
	}

	@ModelAttribute("section")
	String section() {
		return "projects";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programId,
			@RequestParam(required = false) ProjectPhase phase, @RequestParam(required = false) String lead,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		model.addAttribute("page", this.projects.list(new ProjectCriteria(q, programId, phase, lead, archived),
				PageRequests.of(page, size, sort, dir, SORTS, DEFAULT_SORT)));
		model.addAttribute("q", q);
		model.addAttribute("programId", programId);
		model.addAttribute("phase", phase);
		model.addAttribute("lead", lead);
		model.addAttribute("archived", archived);
		model.addAttribute("phases", ProjectPhase.values());
		model.addAttribute("programOptions", this.lookup.programOptions());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) Long programId, Model model) {
		this.access.requireEditProgramTarget(programId);
		ProjectForm form = new ProjectForm();
		form.setProgramId(programId);
		model.addAttribute("projectForm", form);
		return formView(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		// a project is created inside its program: edit rights on that program
		this.access.requireEditProgramTarget(form.getProgramId());
		checkDates(form, result);
		checkKey(form, null, result);
		if (!result.hasErrors()) {
			try {
				Project project = this.projects.create(form.toDetails());
				redirect.addFlashAttribute("flash", message("flash.created", label(project)));
				return "redirect:/projects/" + project.getId();
			}
			catch (ProjectKeyTakenException ex) {
				rejectKey(ex, form, result);
			}
			catch (ProgramNotFoundException ex) {
				rejectProgram(result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formView(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		this.access.requireEditProject(id);
		Project project = this.projects.get(id);
		model.addAttribute("projectForm", ProjectForm.from(project));
		return formView(model, project);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireEditProject(id);
		// the form may move the project: then edit rights on the program it moves to as
		// well
		this.access.requireEditProgramTarget(form.getProgramId());
		Project stored = this.projects.get(id);
		checkDates(form, result);
		checkKey(form, id, result);
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : -1;
				Project project = this.projects.update(id, version, form.toDetails());
				redirect.addFlashAttribute("flash", message("flash.updated", label(project)));
				return "redirect:/projects/" + id;
			}
			catch (ProjectKeyTakenException ex) {
				rejectKey(ex, form, result);
			}
			catch (ProgramNotFoundException ex) {
				rejectProgram(result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				Project now = this.projects.get(id);
				ProjectForm current = ProjectForm.from(now);
				model.addAttribute("current", current);
				model.addAttribute("conflictFields", conflictFields());
				// saving again deliberately applies this user's version over the stored
				// one
				form.setVersion(current.getVersion());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return formView(model, now);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formView(model, stored);
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditProject(id);
		Project project = this.projects.archive(id);
		redirect.addFlashAttribute("flash", message("flash.archived", project.getKey() + " · " + project.getName()));
		return "redirect:/projects/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditProject(id);
		Project project = this.projects.restore(id);
		redirect.addFlashAttribute("flash", message("flash.restored", project.getKey() + " · " + project.getName()));
		return "redirect:/projects/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditProject(id);
		Project project = this.projects.get(id);
		try {
			String key = this.projects.delete(id);
			redirect.addFlashAttribute("flash", message("flash.deleted", key));
			return "redirect:/programs/" + project.getProgram().getId();
		}
		catch (ProjectInUseException ex) {
			redirect.addFlashAttribute("flashWarning", message("project.delete.refused", ex.getKey(),
					ex.getMilestones(), ex.getRisks(), ex.getStakeholderLinks(), ex.getRegisterEntries()));
			return "redirect:/projects/" + id;
		}
	}

	/**
	 * @param stored the project being edited, {@code null} when creating one
	 */
	private String formView(Model model, Project stored) {
		model.addAttribute("project", stored);
		model.addAttribute("phases", ProjectPhase.values());
		List<Option> options = new ArrayList<>(this.lookup.programOptions());
		if (stored != null && stored.getProgram().isArchived()) {
			// an archived program is no choice for new projects, but stays this project's
			// own
			options.add(0, Option.of(stored.getProgram().getId(), stored.getProgram().getLabel()));
		}
		model.addAttribute("programOptions", options);
		return FORM_VIEW;
	}

	private static String label(Project project) {
		return project.getProgram().getKey() + " / " + project.getKey() + " · " + project.getName();
	}

	private static void checkDates(ProjectForm form, BindingResult result) {
		if (form.getStartDate() != null && form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())
				&& !result.hasFieldErrors("endDate")) {
			result.rejectValue("endDate", "project.endDate.beforeStart",
					"The end date cannot be before the start date.");
		}
	}

	/**
	 * Reported with the other errors; the service checks again (and the database decides
	 * races).
	 */
	private void checkKey(ProjectForm form, Long id, BindingResult result) {
		if (form.getKey() != null && form.getProgramId() != null && !result.hasFieldErrors("key")) {
			this.projects.nameUsingKey(form.getProgramId(), form.getKey(), id)
				.ifPresent((usedBy) -> rejectKey(new ProjectKeyTakenException(form.getKey(), usedBy), form, result));
		}
	}

	private void rejectKey(ProjectKeyTakenException ex, ProjectForm form, BindingResult result) {
		String usedBy = (ex.getUsedBy() != null) ? ex.getUsedBy()
				: this.projects.nameUsingKey(form.getProgramId(), ex.getKey()).orElse("another project");
		result.rejectValue("key", "project.key.taken", new Object[] { ex.getKey(), usedBy },
				ex.getKey() + " is already used by " + usedBy + " in this program.");
	}

	private static void rejectProgram(BindingResult result) {
		result.rejectValue("programId", "project.programId.unknown", "Choose one of the programs.");
	}

	private List<String[]> conflictFields() {
		return List.of(field("programId", "project.program"), field("key", "project.key"),
				field("name", "project.name"), field("description", "project.description"),
				field("lead", "project.lead"), field("phase", "project.phase"), field("startDate", "project.startDate"),
				field("endDate", "project.endDate"), field("budgetPlanned", "project.budgetPlanned"),
				field("budgetSpent", "project.budgetSpent"));
	}

	private String[] field(String property, String labelCode) {
		return new String[] { property, message(labelCode) };
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
