package dev.milepost.dashboard.project;

import dev.milepost.healthrecord.HealthBoard;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectService;
import dev.milepost.risk.RiskService;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The project page ({@code GET /projects/{id}}): the project with its milestones, risks,
 * stakeholders and health. Creating, editing and deleting projects stay with the
 * portfolio's {@code ProjectController}.
 */
@Controller
class ProjectPageController {

	static final String VIEW = "projects/show";

	private final ProjectService projects;

	private final MilestoneService milestones;

	private final RiskService risks;

	private final StakeholderService stakeholders;

	private final HealthBoard health;

	ProjectPageController(ProjectService projects, MilestoneService milestones, RiskService risks,
			StakeholderService stakeholders, HealthBoard health) {
		this.projects = projects;
		this.milestones = milestones;
		this.risks = risks;
		this.stakeholders = stakeholders;
		this.health = health;
	}

	@GetMapping("/projects/{id}")
	String show(@PathVariable Long id, Model model) {
		Project project = this.projects.get(id);
		model.addAttribute("section", "projects");
		model.addAttribute("project", project);
		model.addAttribute("program", project.getProgram());
		model.addAttribute("milestones", this.milestones.rowsForProject(id));
		model.addAttribute("risks", this.risks.forProject(id));
		model.addAttribute("stakeholders", this.stakeholders.linksForProject(id));
		model.addAttribute("projectHealth", this.health.project(project.getProgram().getId(), project.getKey()));
		return VIEW;
	}

}
