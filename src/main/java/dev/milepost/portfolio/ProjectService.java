package dev.milepost.portfolio;

import java.math.BigDecimal;

import dev.milepost.shared.ConflictException;

import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects: list, create, edit, archive and delete.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

	static final String KEY_CONSTRAINT = "uk_projects_program_key";

	private final ProjectRepository projects;

	private final ProgramRepository programs;

	private final MilestoneService milestoneService;

	private final JdbcClient jdbc;

	ProjectService(ProjectRepository projects, ProgramRepository programs, MilestoneService milestoneService,
			JdbcClient jdbc) {
		this.projects = projects;
		this.programs = programs;
		this.milestoneService = milestoneService;
		this.jdbc = jdbc;
	}

	/** A page of projects with their programs: one select and one count. */
	public Page<Project> list(ProjectCriteria criteria, Pageable pageable) {
		return this.projects.findAll(criteria.toSpecification(), pageable);
	}

	/**
	 * The project with its program loaded.
	 * @throws ProjectNotFoundException when there is no such project
	 */
	public Project get(Long id) {
		return this.projects.findWithProgramById(id).orElseThrow(() -> new ProjectNotFoundException(id));
	}

	/** The name of the project of that program that uses {@code key}, if any. */
	public Optional<String> nameUsingKey(Long programId, String key) {
		return this.projects.findByProgramIdAndKey(programId, key).map(Project::getName);
	}

	/**
	 * The name of another project than {@code exceptId} (may be null) of that program
	 * that uses {@code key}.
	 */
	public Optional<String> nameUsingKey(Long programId, String key, Long exceptId) {
		return this.projects.findByProgramIdAndKey(programId, key)
			.filter((p) -> !p.getId().equals(exceptId))
			.map(Project::getName);
	}

	/**
	 * @throws ProgramNotFoundException when the chosen program does not exist
	 * @throws ProjectKeyTakenException when another project of the program has the key
	 */
	@Transactional
	public Project create(ProjectDetails details) {
		Program program = program(details.programId());
		checkKeyFree(details, null);
		Project project = new Project(program, details.key(), details.name());
		details.applyTo(project);
		return saveAndFlush(project);
	}

	/**
	 * Applies the details (the program may change) if the project is still at
	 * {@code version}.
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it
	 * meanwhile
	 * @throws ProgramNotFoundException when the chosen program does not exist
	 * @throws ProjectKeyTakenException when another project of the program has the key
	 */
	@Transactional
	public Project update(Long id, long version, ProjectDetails details) {
		Project project = get(id);
		if (project.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Project.class, id);
		}
		Program program = project.getProgram().getId().equals(details.programId()) ? project.getProgram()
				: program(details.programId());
		// checked before anything changes, so that the query's auto-flush writes nothing
		checkKeyFree(details, id);
		project.setProgram(program);
		details.applyTo(project);
		return saveAndFlush(project);
	}

	@Transactional
	public Project archive(Long id) {
		Project project = get(id);
		project.setArchived(true);
		return project;
	}

	@Transactional
	public Project restore(Long id) {
		Project project = get(id);
		project.setArchived(false);
		return project;
	}

	/**
	 * Changes the project's planned budget by {@code delta} (a missing budget counts as
	 * zero), in the caller's transaction: used when a change request is approved.
	 * @throws ProjectNotFoundException when there is no such project
	 * @throws ConflictException ({@code project.budget.negative}) when the budget would
	 * fall below zero; nothing is changed
	 */
	@Transactional
	public Project adjustBudget(Long id, BigDecimal delta) {
		Project project = get(id);
		BigDecimal current = (project.getBudgetPlanned() != null) ? project.getBudgetPlanned() : BigDecimal.ZERO;
		BigDecimal next = current.add(delta);
		if (next.signum() < 0) {
			throw new ConflictException("project.budget.negative", project.getKey(), current.toPlainString(),
					delta.toPlainString());
		}
		project.setBudgetPlanned(next);
		return project;
	}

	/**
	 * Deletes a project that has nothing attached.
	 * @return the deleted project's key
	 * @throws ProjectInUseException when it has milestones, risks, stakeholder links or
	 * register entries
	 */
	@Transactional
	public String delete(Long id) {
		Project project = get(id);
		long milestones = this.milestoneService.countForProject(id);
		long risks = count("select count(*) from risks where project_id = ?", id);
		long links = count("select count(*) from project_stakeholders where project_id = ?", id);
		long register = this.jdbc.sql(REGISTER_ENTRIES).param("id", id).query(Long.class).single();
		if (milestones + risks + links + register > 0) {
			throw new ProjectInUseException(project.getKey(), milestones, risks, links, register);
		}
		this.projects.delete(project);
		this.projects.flush();
		return project.getKey();
	}

	private Program program(Long programId) {
		if (programId == null) {
			throw new ProgramNotFoundException(null);
		}
		return this.programs.findById(programId).orElseThrow(() -> new ProgramNotFoundException(programId));
	}

	private void checkKeyFree(ProjectDetails details, Long id) {
		this.projects.findByProgramIdAndKey(details.programId(), details.key())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> {
				throw new ProjectKeyTakenException(details.key(), other.getName());
			});
	}

	/**
	 * Issues, decisions, actions and change requests narrowed to the project, and budget
	 * changes of change requests on it (tables of the raid module): one statement.
	 */
	private static final String REGISTER_ENTRIES = """
			select (select count(*) from issues where project_id = :id)
			     + (select count(*) from decisions where project_id = :id)
			     + (select count(*) from actions where project_id = :id)
			     + (select count(*) from change_requests where project_id = :id)
			     + (select count(*) from change_request_budgets where project_id = :id)""";

	private long count(String sql, Long id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	private Project saveAndFlush(Project project) {
		try {
			return this.projects.saveAndFlush(project);
		}
		catch (DataIntegrityViolationException ex) {
			if (ProgramService.violates(ex, KEY_CONSTRAINT)) {
				throw new ProjectKeyTakenException(project.getKey(), null);
			}
			throw ex;
		}
	}

}
