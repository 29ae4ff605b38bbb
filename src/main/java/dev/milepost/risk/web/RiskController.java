package dev.milepost.risk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.portfolio.Project;
import dev.milepost.risk.Risk;
import dev.milepost.risk.RiskCategory;
import dev.milepost.risk.RiskCriteria;
import dev.milepost.risk.RiskResponse;
import dev.milepost.risk.RiskRuleViolation;
import dev.milepost.risk.RiskRulesException;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskStatus;
import dev.milepost.security.Access;
import dev.milepost.shared.BadRequestException;
import dev.milepost.shared.web.Option;
import dev.milepost.shared.web.PageRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
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
 * The risk register pages: list with filters, detail, one form for create and edit,
 * archive, restore and delete.
 */
@Controller
@RequestMapping("/risks")
class RiskController {

	static final String LIST_VIEW = "risks/list";

	static final String SHOW_VIEW = "risks/show";

	static final String FORM_VIEW = "risks/form";

	static final String DEFAULT_SORT = "score";

	/** Sort keys shown in URLs -> entity property paths. */
	static final Map<String, String> SORTS = sorts();

	private final RiskService risks;

	private final PortfolioLookup portfolio;

	private final MessageSource messages;

	private final Access access;

	RiskController(RiskService risks, PortfolioLookup portfolio, MessageSource messages, Access access) {
		this.risks = risks;
		this.portfolio = portfolio;
		this.messages = messages;
		this.access = access;
	}

	@ModelAttribute("section")
	String section() {
		return "risks";
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long programId,
			@RequestParam(required = false) Long projectId, @RequestParam(required = false) RiskStatus status,
			@RequestParam(required = false) RiskCategory category, @RequestParam(required = false) String owner,
			@RequestParam(required = false) Integer minScore, @RequestParam(required = false) Integer maxScore,
			@RequestParam(required = false) Integer probability, @RequestParam(required = false) Integer impact,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		String sortKey = (sort == null || sort.isBlank()) ? DEFAULT_SORT : sort;
		// the register is read worst-first: the default sort and a bare ?sort=score run
		// descending
		String direction = (dir == null || dir.isBlank()) ? (sortKey.equals(DEFAULT_SORT) ? "desc" : "asc") : dir;
		Pageable pageable = PageRequests.of(page, size, sortKey, direction, SORTS, DEFAULT_SORT);
		RiskCriteria criteria = new RiskCriteria(q, programId, projectId, status, category, owner, minScore, maxScore,
				probability, impact, archived);
		Page<Risk> result = this.risks.search(criteria, pageable);
		model.addAttribute("page", result);
		model.addAttribute("criteria", criteria);
		model.addAttribute("programOptions", this.portfolio.programOptions());
		model.addAttribute("projectOptions", this.portfolio.projectOptions());
		model.addAttribute("statuses", RiskStatus.values());
		model.addAttribute("categories", RiskCategory.values());
		model.addAttribute("ratings", ratings());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("risk", this.risks.get(id));
		return SHOW_VIEW;
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long programId, @RequestParam(required = false) Long projectId,
			Model model) {
		this.access.requireEditProgramTarget(programId);
		this.access.requireEditProjectTarget(projectId);
		RiskForm form = RiskForm.blank(this.risks.today());
		if (projectId != null) {
			Project project = this.portfolio.project(projectId);
			form.setProjectId(project.getId());
			form.setProgramId(project.getProgram().getId());
		}
		else if (programId != null) {
			form.setProgramId(this.portfolio.program(programId).getId());
		}
		model.addAttribute(form);
		return showForm(model, null);
	}

	@PostMapping
	String create(@Valid RiskForm riskForm, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		// a risk is raised inside its program (its project must belong to that program: a
		// rule)
		this.access.requireEditProgramTarget(riskForm.getProgramId());
		if (binding.hasErrors()) {
			reject(binding, this.risks.check(riskForm.toDetails()));
			return invalid(model, null, response);
		}
		Risk risk;
		try {
			risk = this.risks.create(riskForm.toDetails());
		}
		catch (RiskRulesException ex) {
			reject(binding, ex.getViolations());
			return invalid(model, null, response);
		}
		redirect.addFlashAttribute("flash", message("risk.flash.created", risk.getTitle()));
		return "redirect:/risks/" + risk.getId();
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		this.access.requireEditRisk(id);
		Risk risk = this.risks.get(id);
		model.addAttribute(RiskForm.from(risk));
		return showForm(model, risk);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid RiskForm riskForm, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.access.requireEditRisk(id);
		// the form may move the risk: then edit rights on the program it moves to as well
		this.access.requireEditProgramTarget(riskForm.getProgramId());
		Risk stored = this.risks.get(id);
		if (riskForm.getVersion() == null) {
			throw new BadRequestException("The form did not say which version of the risk it edits. Open the edit "
					+ "page again and make your change there.");
		}
		if (binding.hasErrors()) {
			reject(binding, this.risks.check(riskForm.toDetails()));
			return invalid(model, stored, response);
		}
		Risk risk;
		try {
			risk = this.risks.update(id, riskForm.getVersion(), riskForm.toDetails());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			Risk current = this.risks.get(id);
			model.addAttribute("current", RiskForm.from(current));
			model.addAttribute("conflictFields", conflictFields());
			// saving again is then a deliberate choice to apply this user's version
			riskForm.setVersion(current.getVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showForm(model, current);
		}
		catch (RiskRulesException ex) {
			reject(binding, ex.getViolations());
			return invalid(model, stored, response);
		}
		redirect.addFlashAttribute("flash", message("risk.flash.updated", risk.getTitle()));
		return "redirect:/risks/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditRisk(id);
		Risk risk = this.risks.archive(id);
		redirect.addFlashAttribute("flash", message("risk.flash.archived", risk.getTitle()));
		return "redirect:/risks/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditRisk(id);
		Risk risk = this.risks.restore(id);
		redirect.addFlashAttribute("flash", message("risk.flash.restored", risk.getTitle()));
		return "redirect:/risks/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditRisk(id);
		Risk risk = this.risks.delete(id);
		redirect.addFlashAttribute("flash", message("risk.flash.deleted", risk.getTitle()));
		return "redirect:/risks";
	}

	private String invalid(Model model, Risk stored, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return showForm(model, stored);
	}

	/**
	 * @param stored the risk being edited, {@code null} on create
	 */
	private String showForm(Model model, Risk stored) {
		List<Option> programs = new ArrayList<>(this.portfolio.programOptions());
		List<Option> projects = new ArrayList<>(this.portfolio.projectOptions());
		if (stored != null) {
			// an archived program or project stays selectable for the risks that already
			// have it
			addIfMissing(programs, Option.of(stored.getProgram().getId(), stored.getProgram().getLabel()));
			Project project = stored.getProject();
			if (project != null) {
				addIfMissing(projects, Option.of(project.getId(),
						stored.getProgram().getKey() + " / " + project.getKey() + " · " + project.getName()));
			}
			model.addAttribute("risk", stored);
		}
		model.addAttribute("programOptions", programs);
		model.addAttribute("projectOptions", projects);
		model.addAttribute("ratingOptions", ratingOptions());
		model.addAttribute("categories", RiskCategory.values());
		model.addAttribute("responses", RiskResponse.values());
		model.addAttribute("statuses", RiskStatus.values());
		return FORM_VIEW;
	}

	/** Rule violations become field errors, unless that field already shows one. */
	private static void reject(BindingResult binding, List<RiskRuleViolation> violations) {
		for (RiskRuleViolation violation : violations) {
			if (!binding.hasFieldErrors(violation.field())) {
				binding.rejectValue(violation.field(), violation.code(), violation.defaultMessage());
			}
		}
	}

	private List<String[]> conflictFields() {
		String[] properties = { "programId", "projectId", "title", "description", "category", "probability", "impact",
				"owner", "response", "mitigation", "nextReviewDate", "status", "raisedDate" };
		return Arrays.stream(properties).map((p) -> new String[] { p, message("risk.field." + p) }).toList();
	}

	private Map<String, List<Option>> ratingOptions() {
		Map<String, List<Option>> options = new LinkedHashMap<>();
		for (String rating : List.of("probability", "impact")) {
			options.put(rating,
					ratings().stream()
						.map((n) -> new Option(String.valueOf(n), message("risk." + rating + "." + n)))
						.toList());
		}
		return options;
	}

	private static List<Integer> ratings() {
		List<Integer> ratings = new ArrayList<>();
		for (int n = Risk.MIN_RATING; n <= Risk.MAX_RATING; n++) {
			ratings.add(n);
		}
		return ratings;
	}

	private static void addIfMissing(List<Option> options, Option option) {
		if (options.stream().noneMatch((o) -> o.value().equals(option.value()))) {
			options.add(option);
		}
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static Map<String, String> sorts() {
		Map<String, String> sorts = new LinkedHashMap<>();
		sorts.put("score", "score");
		sorts.put("title", "title");
		sorts.put("owner", "owner");
		sorts.put("status", "status");
		sorts.put("nextReview", "nextReviewDate");
		sorts.put("raised", "raisedDate");
		sorts.put("program", "program.key");
		return Collections.unmodifiableMap(sorts);
	}

}
