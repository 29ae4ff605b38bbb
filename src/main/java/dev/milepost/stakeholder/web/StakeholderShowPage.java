package dev.milepost.stakeholder.web;

import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.stakeholder.DigestMembership;
import dev.milepost.stakeholder.Stakeholder;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a stakeholder's page, which both controllers render: normally, and
 * again with the errors of one of its link forms.
 */
@Component
class StakeholderShowPage {

	static final String VIEW = "stakeholders/show";

	static final String PROGRAM_LINK_FORM = "programLinkForm";

	static final String PROJECT_LINK_FORM = "projectLinkForm";

	private final StakeholderService stakeholders;

	private final PortfolioLookup portfolio;

	private final DigestMembership digest;

	StakeholderShowPage(StakeholderService stakeholders, PortfolioLookup portfolio, DigestMembership digest) {
		this.stakeholders = stakeholders;
		this.portfolio = portfolio;
		this.digest = digest;
	}

	String render(Stakeholder stakeholder, Model model) {
		model.addAttribute("stakeholder", stakeholder);
		model.addAttribute("receivesDigest", this.digest.receivesDigest(stakeholder.getId()));
		model.addAttribute("programLinks", this.stakeholders.programLinksOf(stakeholder.getId()));
		model.addAttribute("projectLinks", this.stakeholders.projectLinksOf(stakeholder.getId()));
		if (!stakeholder.isArchived()) {
			model.addAttribute("programOptions", this.portfolio.programOptions());
			model.addAttribute("projectOptions", this.portfolio.projectOptions());
		}
		if (!model.containsAttribute(PROGRAM_LINK_FORM)) {
			model.addAttribute(PROGRAM_LINK_FORM, new LinkForm());
		}
		if (!model.containsAttribute(PROJECT_LINK_FORM)) {
			model.addAttribute(PROJECT_LINK_FORM, new LinkForm());
		}
		return VIEW;
	}

}
