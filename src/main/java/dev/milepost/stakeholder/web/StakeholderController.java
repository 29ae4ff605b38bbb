package dev.milepost.stakeholder.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.security.Access;
import dev.milepost.shared.web.PageRequests;
import dev.milepost.stakeholder.EmailAlreadyUsedException;
import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.RaciRole;
import dev.milepost.stakeholder.Stakeholder;
import dev.milepost.stakeholder.StakeholderFilter;
import dev.milepost.stakeholder.StakeholderRow;
import dev.milepost.stakeholder.StakeholderService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
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
 * The stakeholder list, page, and create/edit/archive/delete.
 */
@Controller
@RequestMapping("/stakeholders")
class StakeholderController {

	static final String LIST_VIEW = "stakeholders/list";

	static final String FORM_VIEW = "stakeholders/form";

	private static final Map<String, String> SORTS = new LinkedHashMap<>();

	static {
		SORTS.put("name", "name");
		SORTS.put("email", "email");
		SORTS.put("organisation", "organisation");
		SORTS.put("influence", "influence");
		SORTS.put("interest", "interest");
	}

	private static final List<String[]> CONFLICT_FIELDS = List.of(new String[] { "name", "Name" },
			new String[] { "email", "Email" }, new String[] { "title", "Title" },
			new String[] { "organisation", "Organisation" }, new String[] { "influence", "Influence" },
			new String[] { "interest", "Interest" });

	private final StakeholderService stakeholders;

	private final PortfolioLookup portfolio;

	private final StakeholderShowPage showPage;

	private final Messages messages;

	private final Access access;

	StakeholderController(StakeholderService stakeholders, PortfolioLookup portfolio, StakeholderShowPage showPage,
			Messages messages, Access access) {
		this.stakeholders = stakeholders;
		this.portfolio = portfolio;
		this.showPage = showPage;
		this.messages = messages;
		this.access = access;
	}

	@ModelAttribute("section")
	String section() {
		return "stakeholders";
	}

	@ModelAttribute("levels")
	Level[] levels() {
		return Level.values();
	}

	@ModelAttribute("roles")
	RaciRole[] roles() {
		return RaciRole.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Level influence,
			@RequestParam(required = false) Level interest, @RequestParam(required = false) Long programId,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		Page<StakeholderRow> rows = this.stakeholders.list(
				new StakeholderFilter(q, influence, interest, programId, archived),
				PageRequests.of(page, size, sort, dir, SORTS, "name"));
		model.addAttribute("page", rows);
		model.addAttribute("q", q);
		model.addAttribute("influence", influence);
		model.addAttribute("interest", interest);
		model.addAttribute("programId", programId);
		model.addAttribute("archived", archived);
		model.addAttribute("programOptions", this.portfolio.programOptions());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		return this.showPage.render(this.stakeholders.get(id), model);
	}

	@GetMapping("/new")
	String createForm(Model model) {
		this.access.requireEditStakeholders();
		model.addAttribute("form", new StakeholderForm());
		return FORM_VIEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") StakeholderForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.access.requireEditStakeholders();
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return FORM_VIEW;
		}
		Stakeholder created;
		try {
			created = this.stakeholders.create(form.toData());
		}
		catch (EmailAlreadyUsedException ex) {
			rejectEmail(ex, result);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("flash", this.messages.get("flash.created", created.getName()));
		return "redirect:/stakeholders/" + created.getId();
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		this.access.requireEditStakeholders();
		Stakeholder stakeholder = this.stakeholders.get(id);
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("form", StakeholderForm.from(stakeholder));
		return FORM_VIEW;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") StakeholderForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.access.requireEditStakeholders();
		Stakeholder stakeholder = this.stakeholders.get(id);
		model.addAttribute("stakeholder", stakeholder);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return FORM_VIEW;
		}
		Stakeholder saved;
		try {
			// a form without a version cannot prove it saw the stored record
			long version = (form.getVersion() != null) ? form.getVersion() : -1;
			saved = this.stakeholders.update(id, version, form.toData());
		}
		catch (EmailAlreadyUsedException ex) {
			rejectEmail(ex, result);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return FORM_VIEW;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			Stakeholder current = this.stakeholders.get(id);
			model.addAttribute("stakeholder", current);
			model.addAttribute("current", StakeholderForm.from(current));
			model.addAttribute("conflictFields", CONFLICT_FIELDS);
			// saving again deliberately applies this user's version
			form.setVersion(current.getVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("flash", this.messages.get("flash.updated", saved.getName()));
		return "redirect:/stakeholders/" + id;
	}

	private void rejectEmail(EmailAlreadyUsedException ex, BindingResult result) {
		String holder = this.stakeholders.holderOfEmail(ex.getEmail()).orElse(ex.getEmail());
		result.rejectValue("email", "stakeholder.email.used", new Object[] { holder }, "Already used by " + holder);
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditStakeholders();
		Stakeholder stakeholder = this.stakeholders.archive(id);
		redirect.addFlashAttribute("flash", this.messages.get("flash.archived", stakeholder.getName()));
		return "redirect:/stakeholders/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditStakeholders();
		Stakeholder stakeholder = this.stakeholders.restore(id);
		redirect.addFlashAttribute("flash", this.messages.get("flash.restored", stakeholder.getName()));
		return "redirect:/stakeholders/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		this.access.requireEditStakeholders();
		String name = this.stakeholders.get(id).getName();
		if (!this.stakeholders.delete(id)) {
			redirect.addFlashAttribute("flashWarning", this.messages.get("stakeholder.delete.refused", name));
			return "redirect:/stakeholders/" + id;
		}
		redirect.addFlashAttribute("flash", this.messages.get("flash.deleted", name));
		return "redirect:/stakeholders";
	}

}
