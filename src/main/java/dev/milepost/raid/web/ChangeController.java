package dev.milepost.raid.web;

import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.milepost.raid.ChangeRequest;
import dev.milepost.raid.ChangeRequestService;
import dev.milepost.raid.ChangeStatus;
import dev.milepost.raid.Priority;
import dev.milepost.raid.RaidCriteria;
import dev.milepost.raid.RaidRulesException;
import dev.milepost.raid.StaleChangeRequestException;
import dev.milepost.security.Access;
import dev.milepost.security.User;
import dev.milepost.security.UserLookup;
import dev.milepost.shared.web.PageRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
 * The change request pages: list with filters, detail with its impact, one form for
 * create and edit (while pending), submit, withdraw, approve (which applies it), reject,
 * archive and restore. Program editors write and submit; only the program owner or an
 * admin approves or rejects.
 */
@Controller
@RequestMapping("/changes")
class ChangeController {

	static final String LIST_VIEW = "raid/changes/list";

	static final String SHOW_VIEW = "raid/changes/show";

	static final String FORM_VIEW = "raid/changes/form";

	static final String DEFAULT_SORT = "needed";

	static final Map<String, String> SORTS = sorts();

	private final ChangeRequestService changes;

	private final UserLookup users;

	private final RaidPages pages;

	private final Access access;

	ChangeController(ChangeRequestService changes, UserLookup users, RaidPages pages, Access access) {
		this.changes = changes;
		this.users = users;
		this.pages = pages;
		this.access = access;
	}

	@ModelAttribute("section")
	String section() {
		return "changes";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programId,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) ChangeStatus status,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Priority priority,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		Pageable pageable = PageRequests.of(page, size, sort, dir, SORTS, DEFAULT_SORT);
		RaidCriteria criteria = new RaidCriteria(q, programId, projectId, status, owner, priority, overdue, archived);
		this.pages.listModel(model, criteria, this.changes.search(criteria, pageable), ChangeStatus.values(),
				this.changes.today());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		return showPage(this.changes.get(id), model);
	}

	private String showPage(ChangeRequest change, Model model) {
		model.addAttribute("change", change);
		model.addAttribute("today", this.changes.today());
		model.addAttribute("canApprove", this.access.canChangeProgramOwnership(change.getProgram().getId()));
		return SHOW_VIEW;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long programId, @RequestParam(required = false) Long projectId,
			Model model) {
		ChangeForm form = ChangeForm.blank();
		this.pages.startIn(form, programId, projectId);
		model.addAttribute(form);
		return showForm(model, null, form);
	}

	@PostMapping
	String create(@Valid ChangeForm changeForm, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.access.requireEditProgramTarget(changeForm.getProgramId());
		if (binding.hasErrors()) {
			RaidPages.reject(binding, this.changes.check(changeForm.toDetails()));
			return invalid(model, null, changeForm, response);
		}
		ChangeRequest change;
		try {
			change = this.changes.create(changeForm.toDetails());
		}
		catch (RaidRulesException ex) {
			RaidPages.reject(binding, ex.getViolations());
			return invalid(model, null, changeForm, response);
		}
		redirect.addFlashAttribute("flash", this.pages.message("raid.flash.created", change.getTitle()));
		return "redirect:/changes/" + change.getId();
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		ChangeRequest change = this.changes.get(id);
		this.access.requireEditProgram(change.getProgram().getId());
		ChangeForm form = ChangeForm.from(change);
		model.addAttribute(form);
		return showForm(model, change, form);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid ChangeForm changeForm, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ChangeRequest stored = this.changes.get(id);
		this.access.requireEditProgram(stored.getProgram().getId());
		this.access.requireEditProgramTarget(changeForm.getProgramId());
		this.pages.requireVersion(changeForm);
		if (binding.hasErrors()) {
			RaidPages.reject(binding, this.changes.check(changeForm.toDetails()));
			return invalid(model, stored, changeForm, response);
		}
		ChangeRequest change;
		try {
			change = this.changes.update(id, changeForm.getVersion(), changeForm.toDetails());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			ChangeRequest current = this.changes.get(id);
			model.addAttribute("current", ChangeForm.from(current));
			model.addAttribute("conflictFields",
					this.pages.conflictFields(new String[][] { { "title", "raid.field.title" },
							{ "reason", "change.field.reason" }, { "requestedBy", "change.field.requestedBy" },
							{ "priority", "raid.field.priority" }, { "neededBy", "change.field.neededBy" } }));
			changeForm.setVersion(current.getVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showForm(model, current, changeForm);
		}
		catch (RaidRulesException ex) {
			RaidPages.reject(binding, ex.getViolations());
			return invalid(model, stored, changeForm, response);
		}
		redirect.addFlashAttribute("flash", this.pages.message("raid.flash.updated", change.getTitle()));
		return "redirect:/changes/" + id;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		this.access.requireEditProgram(this.changes.get(id).getProgram().getId());
		ChangeRequest change = this.changes.submit(id, version);
		redirect.addFlashAttribute("flash", this.pages.message("change.flash.submitted", change.getReference()));
		return "redirect:/changes/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		this.access.requireEditProgram(this.changes.get(id).getProgram().getId());
		ChangeRequest change = this.changes.withdraw(id, version);
		redirect.addFlashAttribute("flash", this.pages.message("change.flash.withdrawn", change.getReference()));
		return "redirect:/changes/" + id;
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam long version, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		User approver = approver(this.changes.get(id), principal);
		ChangeRequest change;
		try {
			change = this.changes.approve(id, version, approver);
		}
		catch (StaleChangeRequestException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("stale", ex.getMoved());
			return showPage(this.changes.get(id), model);
		}
		redirect.addFlashAttribute("flash", this.pages.message("change.flash.approved", change.getReference()));
		return "redirect:/changes/" + id;
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable Long id, @RequestParam long version, Principal principal, RedirectAttributes redirect) {
		User approver = approver(this.changes.get(id), principal);
		ChangeRequest change = this.changes.reject(id, version, approver);
		redirect.addFlashAttribute("flash", this.pages.message("change.flash.rejected", change.getReference()));
		return "redirect:/changes/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		return archive(id, true, redirect);
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		return archive(id, false, redirect);
	}

	private String archive(Long id, boolean archived, RedirectAttributes redirect) {
		this.access.requireEditProgram(this.changes.get(id).getProgram().getId());
		ChangeRequest change = this.changes.archive(id, archived);
		return this.pages.archived(archived, change.getTitle(), "/changes/" + id, redirect);
	}

	/** The program owner or an admin, with an account: who may approve or reject. */
	private User approver(ChangeRequest change, Principal principal) {
		if (principal == null || !this.access.canChangeProgramOwnership(change.getProgram().getId())) {
			throw new AccessDeniedException("Only the program owner or an admin decides on change requests");
		}
		return this.users.withRoles(principal.getName())
			.orElseThrow(() -> new AccessDeniedException("No account for " + principal.getName()));
	}

	private String invalid(Model model, ChangeRequest stored, ChangeForm form, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return showForm(model, stored, form);
	}

	private String showForm(Model model, ChangeRequest stored, ChangeForm form) {
		this.pages.scopeOptions(model, stored);
		if (stored != null) {
			model.addAttribute("change", stored);
		}
		model.addAttribute("milestoneOptions", this.pages.milestoneOptions(form.getProgramId()));
		model.addAttribute("budgetProjectOptions", this.pages.projectsOf(form.getProgramId()));
		model.addAttribute("priorities", Priority.values());
		return FORM_VIEW;
	}

	private static Map<String, String> sorts() {
		Map<String, String> sorts = new LinkedHashMap<>();
		sorts.put("needed", "neededBy");
		sorts.put("title", "title");
		sorts.put("status", "status");
		sorts.put("requestedBy", "requestedBy");
		sorts.put("program", "program.key");
		sorts.put("reference", "id");
		return Collections.unmodifiableMap(sorts);
	}

}
