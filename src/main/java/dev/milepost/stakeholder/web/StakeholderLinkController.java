package dev.milepost.stakeholder.web;

import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.security.Access;
import dev.milepost.shared.BadRequestException;
import dev.milepost.stakeholder.DuplicateLinkException;
import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.RaciRole;
import dev.milepost.stakeholder.Stakeholder;
import dev.milepost.stakeholder.StakeholderService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
 * RACI links: added, changed and removed from a stakeholder's page, or added from a
 * program's or project's page through {@code /stakeholders/links/new}.
 */
@Controller
@RequestMapping("/stakeholders")
class StakeholderLinkController {

	static final String LINK_FORM_VIEW = "stakeholders/link-form";

	private final StakeholderService stakeholders;

	private final PortfolioLookup portfolio;

	private final StakeholderShowPage showPage;

	private final Messages messages;

	private final Access access;

	StakeholderLinkController(StakeholderService stakeholders, PortfolioLookup portfolio, StakeholderShowPage showPage,
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

	// ---- from the stakeholder's page ----

	@PostMapping("/{id}/programs")
	String addProgramLink(@PathVariable Long id,
			@Valid @ModelAttribute(StakeholderShowPage.PROGRAM_LINK_FORM) LinkForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Stakeholder stakeholder = this.stakeholders.get(id);
		// a link needs edit rights on the linked program, not on the (shared) stakeholder
		this.access.requireEditProgramTarget(form.getProgramId());
		if (form.getProgramId() == null) {
			result.rejectValue("programId", "NotNull", "Required.");
		}
		if (!result.hasErrors()) {
			try {
				this.stakeholders.linkToProgram(id, form.getProgramId(), form.getRole(), form.isReceivesWeeklyReport());
				Program program = this.portfolio.program(form.getProgramId());
				redirect.addFlashAttribute("flash", this.messages.get("stakeholder.link.added", stakeholder.getName(),
						program.getLabel(), roleLabel(form.getRole())));
				return "redirect:/stakeholders/" + id;
			}
			catch (DuplicateLinkException ex) {
				result.rejectValue("programId", "stakeholder.link.duplicateProgram",
						"Already linked to this program; change the role below.");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.showPage.render(stakeholder, model);
	}

	@PostMapping("/{id}/projects")
	String addProjectLink(@PathVariable Long id,
			@Valid @ModelAttribute(StakeholderShowPage.PROJECT_LINK_FORM) LinkForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Stakeholder stakeholder = this.stakeholders.get(id);
		this.access.requireEditProjectTarget(form.getProjectId());
		if (form.getProjectId() == null) {
			result.rejectValue("projectId", "NotNull", "Required.");
		}
		if (!result.hasErrors()) {
			try {
				this.stakeholders.linkToProject(id, form.getProjectId(), form.getRole());
				Project project = this.portfolio.project(form.getProjectId());
				redirect.addFlashAttribute("flash", this.messages.get("stakeholder.link.added", stakeholder.getName(),
						project.getKey() + " · " + project.getName(), roleLabel(form.getRole())));
				return "redirect:/stakeholders/" + id;
			}
			catch (DuplicateLinkException ex) {
				result.rejectValue("projectId", "stakeholder.link.duplicateProject",
						"Already linked to this project; change the role below.");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.showPage.render(stakeholder, model);
	}

	@PostMapping("/{id}/programs/{linkId}")
	String changeProgramLink(@PathVariable Long id, @PathVariable Long linkId, LinkForm form,
			RedirectAttributes redirect) {
		this.access.requireEditProgramLink(linkId);
		this.stakeholders.updateProgramLink(id, linkId, version(form), role(form), form.isReceivesWeeklyReport());
		redirect.addFlashAttribute("flash", this.messages.get("stakeholder.link.changed"));
		return "redirect:/stakeholders/" + id;
	}

	@PostMapping("/{id}/projects/{linkId}")
	String changeProjectLink(@PathVariable Long id, @PathVariable Long linkId, LinkForm form,
			RedirectAttributes redirect) {
		this.access.requireEditProjectLink(linkId);
		this.stakeholders.updateProjectLink(id, linkId, version(form), role(form));
		redirect.addFlashAttribute("flash", this.messages.get("stakeholder.link.changed"));
		return "redirect:/stakeholders/" + id;
	}

	@PostMapping("/{id}/programs/{linkId}/delete")
	String removeProgramLink(@PathVariable Long id, @PathVariable Long linkId, RedirectAttributes redirect) {
		this.access.requireEditProgramLink(linkId);
		this.stakeholders.removeProgramLink(id, linkId);
		redirect.addFlashAttribute("flash", this.messages.get("stakeholder.link.removed"));
		return "redirect:/stakeholders/" + id;
	}

	@PostMapping("/{id}/projects/{linkId}/delete")
	String removeProjectLink(@PathVariable Long id, @PathVariable Long linkId, RedirectAttributes redirect) {
		this.access.requireEditProjectLink(linkId);
		this.stakeholders.removeProjectLink(id, linkId);
		redirect.addFlashAttribute("flash", this.messages.get("stakeholder.link.removed"));
		return "redirect:/stakeholders/" + id;
	}

	private static long version(LinkForm form) {
		// without a version the request cannot prove it saw the stored link: a conflict
		return (form.getVersion() != null) ? form.getVersion() : -1;
	}

	private static RaciRole role(LinkForm form) {
		if (form.getRole() == null) {
			throw new BadRequestException("Choose a role: one of RESPONSIBLE, ACCOUNTABLE, CONSULTED, INFORMED.");
		}
		return form.getRole();
	}

	// ---- from a program's or project's page ----

	@GetMapping("/links/new")
	String newLink(@RequestParam(required = false) Long programId, @RequestParam(required = false) Long projectId,
			Model model) {
		LinkForm form = new LinkForm();
		form.setProgramId(programId);
		form.setProjectId(projectId);
		requireEditTarget(form);
		model.addAttribute("linkForm", form);
		return linkFormPage(form, model);
	}

	@PostMapping("/links")
	String createLink(@Valid @ModelAttribute("linkForm") LinkForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireEditTarget(form);
		String view = linkFormPage(form, model);
		if (form.getStakeholderId() == null) {
			result.rejectValue("stakeholderId", "NotNull", "Required.");
		}
		if (!result.hasErrors()) {
			try {
				Stakeholder stakeholder = this.stakeholders.get(form.getStakeholderId());
				if (form.getProgramId() != null) {
					this.stakeholders.linkToProgram(stakeholder.getId(), form.getProgramId(), form.getRole(),
							form.isReceivesWeeklyReport());
				}
				else {
					this.stakeholders.linkToProject(stakeholder.getId(), form.getProjectId(), form.getRole());
				}
				redirect.addFlashAttribute("flash", this.messages.get("stakeholder.link.added", stakeholder.getName(),
						model.getAttribute("targetLabel"), roleLabel(form.getRole())));
				return "redirect:" + model.getAttribute("backUrl");
			}
			catch (DuplicateLinkException ex) {
				result.rejectValue("stakeholderId", "stakeholder.link.duplicateStakeholder",
						"Already linked here; change the role on the stakeholder's page.");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view;
	}

	/** A link needs edit rights on the program or project it links to. */
	private void requireEditTarget(LinkForm form) {
		this.access.requireEditProgramTarget(form.getProgramId());
		this.access.requireEditProjectTarget(form.getProjectId());
	}

	/** The model of the "add a stakeholder to this program/project" page. */
	private String linkFormPage(LinkForm form, Model model) {
		if ((form.getProgramId() == null) == (form.getProjectId() == null)) {
			throw new BadRequestException(
					"Add a stakeholder to either a program (programId) or a project (projectId).");
		}
		if (form.getProgramId() != null) {
			Program program = this.portfolio.program(form.getProgramId());
			model.addAttribute("targetLabel", program.getLabel());
			model.addAttribute("backUrl", "/programs/" + program.getId());
			model.addAttribute("links", this.stakeholders.linksForProgram(program.getId()));
			model.addAttribute("section", "programs");
		}
		else {
			Project project = this.portfolio.project(form.getProjectId());
			model.addAttribute("targetLabel", project.getKey() + " · " + project.getName());
			model.addAttribute("backUrl", "/projects/" + project.getId());
			model.addAttribute("links", this.stakeholders.linksForProject(project.getId()));
			model.addAttribute("section", "projects");
		}
		model.addAttribute("stakeholderOptions", this.stakeholders.stakeholderOptions());
		return LINK_FORM_VIEW;
	}

	private String roleLabel(RaciRole role) {
		return this.messages.get("stakeholder.role." + role.name());
	}

}
