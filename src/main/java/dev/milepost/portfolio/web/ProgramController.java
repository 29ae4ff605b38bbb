package dev.milepost.portfolio.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramCriteria;
import dev.milepost.portfolio.ProgramInUseException;
import dev.milepost.portfolio.ProgramKeyTakenException;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.security.Access;
import dev.milepost.shared.web.PageRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.milepost.shared.CurrentActor;
import dev.milepost.shared.web.Option;

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

@Controller
@RequestMapping("/programs")
class ProgramController {

	static final String LIST_VIEW = "programs/list";

	static final String FORM_VIEW = "programs/form";

	static final String DEFAULT_SORT = "key";

	/** Sort keys offered in URLs -> entity properties. */
	static final Map<String, String> SORTS = new LinkedHashMap<>();

	static {
		SORTS.put("key", "key");
		SORTS.put("name", "name");
		SORTS.put("status", "status");
		SORTS.put("owner", "owner.displayName");
		SORTS.put("start", "startDate");
		SORTS.put("end", "targetEndDate");
	}

	private final ProgramService programs;

	private final MessageSource messages;

	private final Access access;

	ProgramController(ProgramService programs, MessageSource messages, Access access) {
		this.programs = programs;
		this.messages = messages;
		this.access = access;
	}

	@ModelAttribute("section")
	String section() {
		return "programs";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ProgramStatus status,
			@RequestParam(required = false) String owner, @RequestParam(defaultValue = "false") boolean archived,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		model.addAttribute("page", this.programs.list(new ProgramCriteria(q, status, owner, archived),
				PageRequests.of(page, size, sort, dir, SORTS, DEFAULT_SORT)));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("owner", owner);
		model.addAttribute("archived", archived);
		model.addAttribute("statuses", ProgramStatus.values());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		this.access.requireCreateProgram();
		ProgramForm form = new ProgramForm();
		String me = CurrentActor.name();
		this.programs.possibleOwners()
			.stream()
			.filter((user) -> user.getUsername().equals(me))
			.findFirst()
			.ifPresent((user) -> form.setOwnerId(user.getId()));
		model.addAttribute("programForm", form);
		return formView(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("programForm") ProgramForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireCreateProgram();
		checkDates(form, result);
		checkKey(form, null, result);
		if (!result.hasErrors()) {
			try {
				Program program = this.programs.create(form.toDetails());
				redirect.addFlashAttribute("flash", message("flash.created", program.getLabel()));
				return "redirect:/programs/" + program.getId();
			}
			catch (ProgramKeyTakenException ex) {
				rejectKey(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return formView(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		this.access.requireEditProgram(id);
		Program program = this.programs.get(id);
		model.addAttribute("programForm", ProgramForm.from(program));
		return formView(model, program);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("programForm") ProgramForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		Program stored = this.programs.get(id);
		checkDates(form, result);
		checkKey(form, id, result);
		checkOwnership(stored, form, result);
		if (!result.hasErrors()) {
			try {
				long version = (form.getVersion() != null) ? form.getVersion() : -1;
				Program program = this.programs.update(id, version, form.toDetails());
				redirect.addFlashAttribute("flash", message("flash.updated", program.getLabel()));
				return "redirect:/programs/" + id;
			}
			catch (ProgramKeyTakenException ex) {
				rejectKey(ex, result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				Program now = this.programs.get(id);
				ProgramForm current = ProgramForm.from(now);
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
		this.access.requireEditProgram(id);
		Program program = this.programs.archive(id);
		redirect.addFlashAttribute("flash", message("flash.archived", program.getLabel()));
		return "redirect:/programs/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		Program program = this.programs.restore(id);
		redirect.addFlashAttribute("flash", message("flash.restored", program.getLabel()));
		return "redirect:/programs/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditProgram(id);
		try {
			String key = this.programs.delete(id);
			redirect.addFlashAttribute("flash", message("flash.deleted", key));
			return "redirect:/programs";
		}
		catch (ProgramInUseException ex) {
			redirect.addFlashAttribute("flashWarning", message("program.delete.refused", ex.getKey(), ex.getProjects(),
					ex.getRisks(), ex.getStakeholderLinks(), ex.getRegisterEntries()));
			return "redirect:/programs/" + id;
		}
	}

	/**
	 * @param stored the program being edited, {@code null} when creating one
	 */
	private String formView(Model model, Program stored) {
		model.addAttribute("program", stored);
		model.addAttribute("statuses", ProgramStatus.values());
		model.addAttribute("owners",
				this.programs.possibleOwners().stream().map((u) -> Option.of(u.getId(), u.getLabel())).toList());
		return FORM_VIEW;
	}

	/**
	 * Editors may change the program, but only its owner or an admin may hand it over or
	 * change its editors.
	 */
	private void checkOwnership(Program stored, ProgramForm form, BindingResult result) {
		java.util.Set<Long> storedEditors = stored.getEditors()
			.stream()
			.map(dev.milepost.security.User::getId)
			.collect(java.util.stream.Collectors.toSet());
		boolean ownerChanged = form.getOwnerId() != null && !form.getOwnerId().equals(stored.getOwner().getId());
		boolean editorsChanged = !storedEditors.equals(new java.util.HashSet<>(form.getEditorIds()));
		if ((ownerChanged || editorsChanged) && !this.access.canChangeProgramOwnership(stored.getId())) {
			result.rejectValue(ownerChanged ? "ownerId" : "editorIds", "program.ownership.ownerOnly",
					"Only the program's owner or an administrator can change its owner or editors.");
		}
	}

	private static void checkDates(ProgramForm form, BindingResult result) {
		if (form.getStartDate() != null && form.getTargetEndDate() != null
				&& form.getTargetEndDate().isBefore(form.getStartDate()) && !result.hasFieldErrors("targetEndDate")) {
			result.rejectValue("targetEndDate", "program.targetEndDate.beforeStart",
					"The target end date cannot be before the start date.");
		}
	}

	/**
	 * Reported with the other errors; the service checks again (and the database decides
	 * races).
	 */
	private void checkKey(ProgramForm form, Long id, BindingResult result) {
		if (form.getKey() != null && !result.hasFieldErrors("key")) {
			this.programs.nameUsingKey(form.getKey(), id)
				.ifPresent((usedBy) -> rejectKey(new ProgramKeyTakenException(form.getKey(), usedBy), result));
		}
	}

	private void rejectKey(ProgramKeyTakenException ex, BindingResult result) {
		String usedBy = (ex.getUsedBy() != null) ? ex.getUsedBy()
				: this.programs.nameUsingKey(ex.getKey()).orElse("another program");
		result.rejectValue("key", "program.key.taken", new Object[] { ex.getKey(), usedBy },
				ex.getKey() + " is already used by " + usedBy + ".");
	}

	private List<String[]> conflictFields() {
		return List.of(field("key", "program.key"), field("name", "program.name"),
				field("objective", "program.objective"), field("description", "program.description"),
				field("status", "program.status"), field("ownerId", "program.owner"),
				field("startDate", "program.startDate"), field("targetEndDate", "program.targetEndDate"),
				field("budgetPlanned", "program.budgetPlanned"), field("budgetCurrency", "program.budgetCurrency"));
	}

	private String[] field(String property, String labelCode) {
		return new String[] { property, message(labelCode) };
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
