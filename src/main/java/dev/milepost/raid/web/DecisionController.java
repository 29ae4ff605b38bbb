package dev.milepost.raid.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.raid.Decision;
import dev.milepost.raid.DecisionService;
import dev.milepost.raid.DecisionStatus;
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
 * The decision log pages: list with filters, detail, one form for create and edit,
 * archive and restore.
 */
@Controller
@RequestMapping("/decisions")
class DecisionController {

	static final String LIST_VIEW = "raid/decisions/list";

	static final String SHOW_VIEW = "raid/decisions/show";

	static final String FORM_VIEW = "raid/decisions/form";

	static final String DEFAULT_SORT = "needed";

	static final Map<String, String> SORTS = sorts();

	private final DecisionService decisions;

	private final RaidPages pages;

	private final Access access;

	DecisionController(DecisionService decisions, RaidPages pages, Access access) {
		this.decisions = decisions;
		this.pages = pages;
		this.access = access;
	}

	@ModelAttribute("section")
	String section() {
		return "decisions";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programId,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) DecisionStatus status,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Priority priority,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		Pageable pageable = PageRequests.of(page, size, sort, dir, SORTS, DEFAULT_SORT);
		RaidCriteria criteria = new RaidCriteria(q, programId, projectId, status, owner, priority, overdue, archived);
		this.pages.listModel(model, criteria, this.decisions.search(criteria, pageable), DecisionStatus.values(),
				this.decisions.today());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("decision", this.decisions.get(id));
		this.decisions.supersededBy(id).ifPresent((d) -> model.addAttribute("supersededBy", d));
		model.addAttribute("today", this.decisions.today());
		return SHOW_VIEW;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long programId, @RequestParam(required = false) Long projectId,
			Model model) {
		DecisionForm form = DecisionForm.blank();
		this.pages.startIn(form, programId, projectId);
		model.addAttribute(form);
		return showForm(model, null, form);
	}

	@PostMapping
	String create(@Valid DecisionForm decisionForm, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.access.requireEditProgramTarget(decisionForm.getProgramId());
		if (binding.hasErrors()) {
			RaidPages.reject(binding, this.decisions.check(decisionForm.toDetails(), null));
			return invalid(model, null, decisionForm, response);
		}
		Decision decision;
		try {
			decision = this.decisions.create(decisionForm.toDetails());
		}
		catch (RaidRulesException ex) {
			RaidPages.reject(binding, ex.getViolations());
			return invalid(model, null, decisionForm, response);
		}
		redirect.addFlashAttribute("flash", this.pages.message("raid.flash.created", decision.getTitle()));
		return "redirect:/decisions/" + decision.getId();
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Decision decision = this.decisions.get(id);
		this.access.requireEditProgram(decision.getProgram().getId());
		DecisionForm form = DecisionForm.from(decision);
		model.addAttribute(form);
		return showForm(model, decision, form);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid DecisionForm decisionForm, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Decision stored = this.decisions.get(id);
		this.access.requireEditProgram(stored.getProgram().getId());
		this.access.requireEditProgramTarget(decisionForm.getProgramId());
		this.pages.requireVersion(decisionForm);
		if (binding.hasErrors()) {
			RaidPages.reject(binding, this.decisions.check(decisionForm.toDetails(), stored));
			return invalid(model, stored, decisionForm, response);
		}
		Decision decision;
		try {
			decision = this.decisions.update(id, decisionForm.getVersion(), decisionForm.toDetails());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			Decision current = this.decisions.get(id);
			model.addAttribute("current", DecisionForm.from(current));
			model.addAttribute("conflictFields", conflictFields());
			decisionForm.setVersion(current.getVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showForm(model, current, decisionForm);
		}
		catch (RaidRulesException ex) {
			RaidPages.reject(binding, ex.getViolations());
			return invalid(model, stored, decisionForm, response);
		}
		redirect.addFlashAttribute("flash", this.pages.message("raid.flash.updated", decision.getTitle()));
		return "redirect:/decisions/" + id;
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
		this.access.requireEditProgram(this.decisions.get(id).getProgram().getId());
		Decision decision = this.decisions.archive(id, archived);
		return this.pages.archived(archived, decision.getTitle(), "/decisions/" + id, redirect);
	}

	private String invalid(Model model, Decision stored, DecisionForm form, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return showForm(model, stored, form);
	}

	private String showForm(Model model, Decision stored, DecisionForm form) {
		this.pages.scopeOptions(model, stored);
		if (stored != null) {
			model.addAttribute("decision", stored);
		}
		Long programId = form.getProgramId();
		model.addAttribute("stakeholderOptions", this.pages.stakeholderOptions());
		model.addAttribute("supersedesOptions",
				this.pages.decidedOptions(programId)
					.stream()
					.filter((o) -> stored == null || !o.value().equals(String.valueOf(stored.getId())))
					.toList());
		model.addAttribute("riskOptions", this.pages.riskOptions(programId));
		model.addAttribute("issueOptions", this.pages.issueOptions(programId));
		model.addAttribute("milestoneOptions", this.pages.milestoneOptions(programId));
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("statuses", DecisionStatus.values());
		return FORM_VIEW;
	}

	private List<String[]> conflictFields() {
		String[][] fields = { { "programId", "raid.field.programId" }, { "projectId", "raid.field.projectId" },
				{ "title", "raid.field.title" }, { "context", "decision.field.context" },
				{ "optionsConsidered", "decision.field.optionsConsidered" }, { "priority", "raid.field.priority" },
				{ "status", "decision.field.status" }, { "neededBy", "decision.field.neededBy" },
				{ "deciderId", "decision.field.deciderId" }, { "decidedOn", "decision.field.decidedOn" },
				{ "decision", "decision.field.decision" }, { "rationale", "decision.field.rationale" },
				{ "supersedesId", "decision.field.supersedesId" } };
		return this.pages.conflictFields(fields);
	}

	private static Map<String, String> sorts() {
		Map<String, String> sorts = new LinkedHashMap<>();
		sorts.put("needed", "neededBy");
		sorts.put("title", "title");
		sorts.put("status", "status");
		sorts.put("decided", "decidedOn");
		sorts.put("program", "program.key");
		return Collections.unmodifiableMap(sorts);
	}

}
