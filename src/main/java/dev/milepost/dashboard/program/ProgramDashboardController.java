package dev.milepost.dashboard.program;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.milepost.dashboard.delivery.WatchListQuery;
import dev.milepost.dashboard.dependencies.DependencyConflictQuery;
import dev.milepost.dashboard.heatmap.RiskHeatMap;
import dev.milepost.dashboard.roadmap.RoadmapBoard;
import dev.milepost.dashboard.stakeholders.StakeholderBoardQuery;
import dev.milepost.health.Health;
import dev.milepost.health.ProgramHealth;
import dev.milepost.health.ProjectHealth;
import dev.milepost.healthrecord.HealthBoard;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.raid.RaidSummaryQuery;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskSummary;
import dev.milepost.risk.TopRisk;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The program page: its dashboard first (health, projects by health, projects with
 * delivery figures, upcoming and recently slipped milestones, top open risks), then its
 * details and registers. The program's other actions (list, create, edit, archive...)
 * stay in {@code portfolio.web.ProgramController}.
 */
@Controller
class ProgramDashboardController {

	static final String VIEW = "programs/show";

	private final ProgramService programs;

	private final ProgramDashboardQuery queries;

	private final WatchListQuery watchList;

	private final RiskService risks;

	private final StakeholderService stakeholders;

	private final HealthBoard health;

	private final StakeholderBoardQuery stakeholderBoard;

	private final RoadmapBoard roadmap;

	private final DependencyConflictQuery conflicts;

	private final RaidSummaryQuery register;

	ProgramDashboardController(ProgramService programs, ProgramDashboardQuery queries, WatchListQuery watchList,
			RiskService risks, StakeholderService stakeholders, HealthBoard health,
			StakeholderBoardQuery stakeholderBoard, RoadmapBoard roadmap, DependencyConflictQuery conflicts,
			RaidSummaryQuery register) {
		this.register = register;
		this.roadmap = roadmap;
		this.conflicts = conflicts;
		this.programs = programs;
		this.queries = queries;
		this.watchList = watchList;
		this.risks = risks;
		this.stakeholders = stakeholders;
		this.health = health;
		this.stakeholderBoard = stakeholderBoard;
	}

	@GetMapping("/programs/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("section", "programs");
		model.addAttribute("program", this.programs.get(id));
		ProgramHealth programHealth = this.health.program(id);
		Map<String, ProjectHealth> projectHealth = (programHealth != null)
				? programHealth.projects().stream().collect(Collectors.toMap(ProjectHealth::key, Function.identity()))
				: Map.of();
		List<RiskSummary> risks = this.risks.forProgram(id);
		model.addAttribute("programHealth", programHealth);
		model.addAttribute("projectHealth", projectHealth);
		model.addAttribute("projectCounts", counts(projectHealth));
		model.addAttribute("projects", this.queries.projects(id));
		model.addAttribute("upcoming", this.watchList.upcoming(id));
		model.addAttribute("slipped", this.watchList.recentlySlipped(id));
		model.addAttribute("topRisks", topRisks(risks, id));
		model.addAttribute("risks", risks);
		// counted from the register read above: no statement of its own
		model.addAttribute("riskHeatMap", RiskHeatMap.ofRegister(id, risks));
		model.addAttribute("roadmap", this.roadmap.program(id));
		model.addAttribute("dependencyConflicts", this.conflicts.forProgram(id));
		model.addAttribute("register", this.register.forProgram(id));
		model.addAttribute("stakeholders", this.stakeholders.linksForProgram(id));
		model.addAttribute("stakeholderBoard", this.stakeholderBoard.program(id));
		return VIEW;
	}

	/**
	 * Number of the program's (non-archived) projects per effective health, every health
	 * present.
	 */
	static Map<Health, Long> counts(Map<String, ProjectHealth> projects) {
		Map<Health, Long> counts = new EnumMap<>(Health.class);
		for (Health health : Health.values()) {
			counts.put(health, 0L);
		}
		projects.values().forEach((project) -> counts.merge(project.effective(), 1L, Long::sum));
		return counts;
	}

	/**
	 * The program's top open and mitigating risks, from the register it shows anyway
	 * (already highest score first): saves a statement.
	 */
	static List<TopRisk> topRisks(List<RiskSummary> risks, long programId) {
		return risks.stream()
			.filter((r) -> r.status().isLive())
			.limit(WatchListQuery.RISK_LIMIT)
			.map((r) -> new TopRisk(r.id(), r.title(), r.score(), r.status(), r.owner(), programId, r.programKey(),
					r.projectKey()))
			.toList();
	}

}
