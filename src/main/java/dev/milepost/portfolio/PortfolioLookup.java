package dev.milepost.portfolio;

import java.util.List;

import dev.milepost.shared.web.Option;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (risks, stakeholders, health records) need from the portfolio: find
 * a program or project by id, whether one exists, and the choices for select boxes.
 */
@Service
@Transactional(readOnly = true)
public class PortfolioLookup {

	private final ProgramRepository programs;

	private final ProjectRepository projects;

	PortfolioLookup(ProgramRepository programs, ProjectRepository projects) {
		this.programs = programs;
		this.projects = projects;
	}

	/**
	 * @throws ProgramNotFoundException when there is no such program
	 */
	public Program program(Long id) {
		return this.programs.findById(id).orElseThrow(() -> new ProgramNotFoundException(id));
	}

	/**
	 * @throws ProjectNotFoundException when there is no such project
	 */
	public Project project(Long id) {
		return this.projects.findById(id).orElseThrow(() -> new ProjectNotFoundException(id));
	}

	/** Whether a program (archived or not) has this id. */
	public boolean programExists(Long id) {
		return this.programs.existsById(id);
	}

	/** Whether a project (archived or not) has this id. */
	public boolean projectExists(Long id) {
		return this.projects.existsById(id);
	}

	/** Programs that are not archived, by key: "PAY · Payments". */
	public List<Option> programOptions() {
		return this.programs.findActiveOrderByKey().stream().map((p) -> Option.of(p.getId(), p.getLabel())).toList();
	}

	/**
	 * Projects that are not archived, in programs that are not, as "PAY / CORE · Core
	 * ledger".
	 */
	public List<Option> projectOptions() {
		return this.projects.findActiveWithProgramOrderByKey()
			.stream()
			.map((p) -> Option.of(p.getId(), p.getProgram().getKey() + " / " + p.getKey() + " · " + p.getName()))
			.toList();
	}

}
