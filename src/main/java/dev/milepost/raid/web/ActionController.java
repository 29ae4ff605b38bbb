package dev.milepost.raid.web;

import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.raid.Action;
import dev.milepost.raid.ActionLink;
import dev.milepost.raid.ActionService;
import dev.milepost.raid.ActionStatus;
import dev.milepost.raid.Issue;
import dev.milepost.raid.IssueService;
import dev.milepost.raid.Priority;
import dev.milepost.raid.RaidCriteria;
import dev.milepost.raid.RaidRulesException;
import dev.milepost.security.Access;
import dev.milepost.shared.web.PageRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
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
 * The action pages: list with filters, detail, one form for create (also from an issue, a
 * decision or a risk, linked to it) and edit, archive and restore.
 */
@Controller
@RequestMapping("/actions")
class ActionController {

	static final String LIST_VIEW = "raid/actions/list";

	static final String SHOW_VIEW = "raid/actions/show";

	static final String FORM_VIEW = "raid/actions/form";

	static final String DEFAULT_SORT = "due";

	static final Map<String, String> SORTS = sorts();

	private final ActionService actions;

	private final IssueService issues;

	private final RaidPages pages;

	private final Access access;

	ActionController(ActionService actions, IssueService issues, RaidPages pages, Access access) {
		this.actions = actions;
		this.issues = issues;
		this.pages = pages;
		this.access = access;
	}

	@ModelAttribute("section")
	String section() {
		return "actions";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programId,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) ActionStatus status,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Priority priority,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		Pageable pageable = PageRequests.of(page, size, sort, dir, SORTS, DEFAULT_SORT);
		RaidCriteria criteria = new RaidCriteria(q, programId, projectId, status, owner, priority, overdue, archived);
		this.pages.listModel(model, criteria, this.actions.search(criteria, pageable), ActionStatus.values(),
				this.actions.today());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		Action action = this.actions.get(id);
		model.addAttribute("action", action);
		this.actions.linkLabel(action.getLink()).ifPresent((label) -> model.addAttribute("linkLabel", label));
		model.addAttribute("today", this.actions.today());
		return SHOW_VIEW;
	}

	/**
	 * @param issue an issue of which the new action is a follow-up: program, project and
	 * link are filled in from it
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long programId, @RequestParam(required = false) Long projectId,
			@RequestParam(required = false) Long issue, Principal principal, Model model) {
		ActionForm form = ActionForm.blank();
		form.setOwnerUserId(this.pages.signedIn(principal));
		form.setDueDate(this.actions.today().plusWeeks(1));
		if (issue != null) {
			Issue source = this.issues.get(issue);
			this.access.requireEditProgram(source.getProgram().getId());
			form.setProgramId(source.getProgram().getId());
			form.setProjectId((source.getProject() != null) ? source.getProject().getId() : null);
			form.setLinkKind(ActionLink.Kind.ISSUE);
			form.setLinkId(source.getId());
		}
		else {
			this.pages.startIn(form, programId, projectId);
		}
		model.addAttribute(form);
		return showForm(model, null, form);
	}

	@PostMapping
	String create(@Valid ActionForm actionForm, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.access.requireEditProgramTarget(actionForm.getProgramId());
		requireLinkId(actionForm, binding);
		if (binding.hasErrors()) {
			RaidPages.reject(binding, this.actions.check(actionForm.toDetails()));
			return invalid(model, null, actionForm, response);
		}
		Action action;
		try {
			action = this.actions.create(actionForm.toDetails());
		}
		catch (RaidRulesException ex) {
			RaidPages.reject(binding, ex.getViolations());
			return invalid(model, null, actionForm, response);
		}
		redirect.addFlashAttribute("flash", this.pages.message("raid.flash.created", action.getTitle()));
		return "redirect:/actions/" + action.getId();
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Action action = this.actions.get(id);
		this.access.requireEditProgram(action.getProgram().getId());
		ActionForm form = ActionForm.from(action);
		model.addAttribute(form);
		return showForm(model, action, form);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid ActionForm actionForm, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Action stored = this.actions.get(id);
		this.access.requireEditProgram(stored.getProgram().getId());
		this.access.requireEditProgramTarget(actionForm.getProgramId());
		this.pages.requireVersion(actionForm);
		requireLinkId(actionForm, binding);
		if (binding.hasErrors()) {
			RaidPages.reject(binding, this.actions.check(actionForm.toDetails()));
			return invalid(model, stored, actionForm, response);
		}
		Action action;
		try {
			action = this.actions.update(id, actionForm.getVersion(), actionForm.toDetails());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			Action current = this.actions.get(id);
			model.addAttribute("current", ActionForm.from(current));
			model.addAttribute("conflictFields", conflictFields());
			actionForm.setVersion(current.getVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showForm(model, current, actionForm);
		}
		catch (RaidRulesException ex) {
			RaidPages.reject(binding, ex.getViolations());
			return invalid(model, stored, actionForm, response);
		}
		redirect.addFlashAttribute("flash", this.pages.message("raid.flash.updated", action.getTitle()));
		return "redirect:/actions/" + id;
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
		this.access.requireEditProgram(this.actions.get(id).getProgram().getId());
		Action action = this.actions.archive(id, archived);
		return this.pages.archived(archived, action.getTitle(), "/actions/" + id, redirect);
	}

	/** A kind of link without the number of the linked record is a field error. */
	private static void requireLinkId(ActionForm form, BindingResult binding) {
		if (form.getLinkKind() != null && form.getLinkId() == null && !binding.hasFieldErrors("linkId")) {
			binding.rejectValue("linkId", "actionItem.link.idMissing",
					"Give the number of the linked record, or link nothing.");
		}
	}

	private String invalid(Model model, Action stored, ActionForm form, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return showForm(model, stored, form);
	}

	private String showForm(Model model, Action stored, ActionForm form) {
		this.pages.scopeOptions(model, stored);
		if (stored != null) {
			model.addAttribute("action", stored);
		}
		model.addAttribute("userOptions", this.pages.userOptions());
		model.addAttribute("stakeholderOptions", this.pages.stakeholderOptions());
		model.addAttribute("linkKinds", ActionLink.Kind.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("statuses", ActionStatus.values());
		return FORM_VIEW;
	}

	private List<String[]> conflictFields() {
		String[][] fields = { { "programId", "raid.field.programId" }, { "projectId", "raid.field.projectId" },
				{ "title", "raid.field.title" }, { "description", "actionItem.field.description" },
				{ "priority", "raid.field.priority" }, { "ownerUserId", "actionItem.field.ownerUserId" },
				{ "ownerStakeholderId", "actionItem.field.ownerStakeholderId" },
				{ "dueDate", "actionItem.field.dueDate" }, { "status", "actionItem.field.status" },
				{ "linkKind", "actionItem.field.linkKind" }, { "linkId", "actionItem.field.linkId" } };
		return this.pages.conflictFields(fields);
	}

	private static Map<String, String> sorts() {
		Map<String, String> sorts = new LinkedHashMap<>();
		sorts.put("due", "dueDate");
		sorts.put("title", "title");
		sorts.put("status", "status");
		sorts.put("program", "program.key");
		return Collections.unmodifiableMap(sorts);
	}

}
