package dev.milepost.raid.web;

import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.raid.Issue;
import dev.milepost.raid.IssueService;
import dev.milepost.raid.IssueStatus;
import dev.milepost.raid.Priority;
import dev.milepost.raid.RaidCriteria;
import dev.milepost.raid.RaidRulesException;
import dev.milepost.risk.Risk;
import dev.milepost.risk.RiskNotFoundException;
import dev.milepost.risk.RiskService;
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
 * The issue pages: list with filters, detail, one form for create (also "raise as issue"
 * from an occurred risk) and edit, archive and restore.
 */
@Controller
@RequestMapping("/issues")
class IssueController {

	static final String LIST_VIEW = "raid/issues/list";

	static final String SHOW_VIEW = "raid/issues/show";

	static final String FORM_VIEW = "raid/issues/form";

	static final String DEFAULT_SORT = "target";

	static final Map<String, String> SORTS = sorts();

	private final IssueService issues;

	private final RiskService risks;

	private final RaidPages pages;

	private final Access access;

	IssueController(IssueService issues, RiskService risks, RaidPages pages, Access access) {
		this.issues = issues;
		this.risks = risks;
		this.pages = pages;
		this.access = access;
	}

	@ModelAttribute("section")
	String section() {
		return "issues";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programId,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) IssueStatus status,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Priority priority,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		Pageable pageable = PageRequests.of(page, size, sort, dir, SORTS, DEFAULT_SORT);
		RaidCriteria criteria = new RaidCriteria(q, programId, projectId, status, owner, priority, overdue, archived);
		this.pages.listModel(model, criteria, this.issues.search(criteria, pageable), IssueStatus.values(),
				this.issues.today());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("issue", this.issues.get(id));
		model.addAttribute("today", this.issues.today());
		return SHOW_VIEW;
	}

	/**
	 * @param risk an occurred risk to raise as this issue: the form is filled in from it
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long programId, @RequestParam(required = false) Long projectId,
			@RequestParam(required = false) Long risk, Principal principal, Model model) {
		IssueForm form = IssueForm.blank(this.issues.today());
		form.setOwnerId(this.pages.signedIn(principal));
		if (risk != null) {
			Risk source = this.risks.get(risk);
			this.access.requireEditRisk(risk);
			form.setRiskId(source.getId());
			form.setProgramId(source.getProgram().getId());
			form.setProjectId((source.getProject() != null) ? source.getProject().getId() : null);
			form.setTitle(source.getTitle());
			form.setDescription(source.getDescription());
			form.setPriority(Priority.valueOf(source.getBand().name()));
		}
		else {
			this.pages.startIn(form, programId, projectId);
		}
		model.addAttribute(form);
		return showForm(model, null, form);
	}

	@PostMapping
	String create(@Valid IssueForm issueForm, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.access.requireEditProgramTarget(issueForm.getProgramId());
		if (binding.hasErrors()) {
			RaidPages.reject(binding, this.issues.check(issueForm.toDetails(), null));
			return invalid(model, null, issueForm, response);
		}
		Issue issue;
		try {
			issue = this.issues.create(issueForm.toDetails());
		}
		catch (RaidRulesException ex) {
			RaidPages.reject(binding, ex.getViolations());
			return invalid(model, null, issueForm, response);
		}
		redirect.addFlashAttribute("flash", this.pages.message("raid.flash.created", issue.getTitle()));
		return "redirect:/issues/" + issue.getId();
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Issue issue = this.issues.get(id);
		this.access.requireEditProgram(issue.getProgram().getId());
		IssueForm form = IssueForm.from(issue);
		model.addAttribute(form);
		return showForm(model, issue, form);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid IssueForm issueForm, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Issue stored = this.issues.get(id);
		this.access.requireEditProgram(stored.getProgram().getId());
		this.access.requireEditProgramTarget(issueForm.getProgramId());
		this.pages.requireVersion(issueForm);
		if (binding.hasErrors()) {
			RaidPages.reject(binding, this.issues.check(issueForm.toDetails(), stored));
			return invalid(model, stored, issueForm, response);
		}
		Issue issue;
		try {
			issue = this.issues.update(id, issueForm.getVersion(), issueForm.toDetails());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			Issue current = this.issues.get(id);
			model.addAttribute("current", IssueForm.from(current));
			model.addAttribute("conflictFields", conflictFields());
			issueForm.setVersion(current.getVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showForm(model, current, issueForm);
		}
		catch (RaidRulesException ex) {
			RaidPages.reject(binding, ex.getViolations());
			return invalid(model, stored, issueForm, response);
		}
		redirect.addFlashAttribute("flash", this.pages.message("raid.flash.updated", issue.getTitle()));
		return "redirect:/issues/" + id;
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
		this.access.requireEditProgram(this.issues.get(id).getProgram().getId());
		Issue issue = this.issues.archive(id, archived);
		return this.pages.archived(archived, issue.getTitle(), "/issues/" + id, redirect);
	}

	private String invalid(Model model, Issue stored, IssueForm form, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return showForm(model, stored, form);
	}

	private String showForm(Model model, Issue stored, IssueForm form) {
		this.pages.scopeOptions(model, stored);
		if (stored != null) {
			model.addAttribute("issue", stored);
		}
		if (form.getRiskId() != null && stored == null) {
			try {
				model.addAttribute("sourceRisk", this.risks.get(form.getRiskId()).getTitle());
			}
			catch (RiskNotFoundException ex) {
				// the form reports the unknown risk as a field error
			}
		}
		model.addAttribute("userOptions", this.pages.userOptions());
		model.addAttribute("stakeholderOptions", this.pages.stakeholderOptions());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("statuses", IssueStatus.values());
		return FORM_VIEW;
	}

	private List<String[]> conflictFields() {
		String[][] fields = { { "programId", "raid.field.programId" }, { "projectId", "raid.field.projectId" },
				{ "title", "raid.field.title" }, { "description", "issue.field.description" },
				{ "priority", "raid.field.priority" }, { "ownerId", "issue.field.ownerId" },
				{ "raisedOn", "issue.field.raisedOn" }, { "targetDate", "issue.field.targetDate" },
				{ "status", "issue.field.status" }, { "resolution", "issue.field.resolution" },
				{ "escalationAsk", "issue.field.escalationAsk" }, { "escalatedToId", "issue.field.escalatedToId" },
				{ "escalationNeededBy", "issue.field.escalationNeededBy" } };
		return this.pages.conflictFields(fields);
	}

	private static Map<String, String> sorts() {
		Map<String, String> sorts = new LinkedHashMap<>();
		sorts.put("target", "targetDate");
		sorts.put("title", "title");
		sorts.put("status", "status");
		sorts.put("raised", "raisedOn");
		sorts.put("escalation", "escalationNeededBy");
		sorts.put("program", "program.key");
		return Collections.unmodifiableMap(sorts);
	}

}
