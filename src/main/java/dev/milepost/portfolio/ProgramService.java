package dev.milepost.portfolio;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import java.util.HashSet;
import java.util.Set;

import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.security.UserLookup;
import dev.milepost.shared.BadRequestException;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs: list, create, edit, archive and delete.
 */
@Service
@Transactional(readOnly = true)
public class ProgramService {

	static final String KEY_CONSTRAINT = "uk_programs_key";

	private final ProgramRepository programs;

	private final ProjectRepository projects;

	private final JdbcClient jdbc;

	private final UserLookup users;

	ProgramService(ProgramRepository programs, ProjectRepository projects, JdbcClient jdbc, UserLookup users) {
		this.programs = programs;
		this.projects = projects;
		this.jdbc = jdbc;
		this.users = users;
	}

	/**
	 * Users who can own or edit a program: enabled TPMs and admins, by name.
	 */
	public List<User> possibleOwners() {
		return this.users.enabledWithAnyRole(List.of(Role.TPM, Role.ADMIN));
	}

	private User owner(Long ownerId) {
		if (ownerId == null) {
			throw new BadRequestException("Choose the owner from the list of TPMs and admins.");
		}
		return eligible(List.of(ownerId)).stream()
			.findFirst()
			.orElseThrow(() -> new BadRequestException("Choose the owner from the list of TPMs and admins."));
	}

	private Set<User> editors(Set<Long> editorIds) {
		if (editorIds == null || editorIds.isEmpty()) {
			return Set.of();
		}
		List<User> found = eligible(editorIds);
		if (found.size() != editorIds.size()) {
			throw new BadRequestException("Choose editors from the list of TPMs and admins.");
		}
		return new HashSet<>(found);
	}

	private List<User> eligible(java.util.Collection<Long> ids) {
		if (ids.stream().anyMatch(java.util.Objects::isNull)) {
			return List.of();
		}
		return this.users.byIds(ids)
			.stream()
			.filter((u) -> u.isEnabled() && (u.hasRole(Role.TPM) || u.hasRole(Role.ADMIN)))
			.toList();
	}

	/**
	 * A page of programs with their number of non-archived projects, in one select, one
	 * count and one grouped count.
	 */
	public Page<ProgramListItem> list(ProgramCriteria criteria, Pageable pageable) {
		Page<Program> page = this.programs.findAll(criteria.toSpecification(), pageable);
		if (page.isEmpty()) {
			return page.map((p) -> new ProgramListItem(p, 0));
		}
		Map<Long, Long> counts = this.projects
			.countActiveByProgramIds(page.getContent().stream().map(Program::getId).toList())
			.stream()
			.collect(Collectors.toMap(ProjectRepository.IdCount::getId, ProjectRepository.IdCount::getCount));
		return page.map((p) -> new ProgramListItem(p, counts.getOrDefault(p.getId(), 0L)));
	}

	/**
	 * @throws ProgramNotFoundException when there is no such program
	 */
	public Program get(Long id) {
		return this.programs.findById(id).orElseThrow(() -> new ProgramNotFoundException(id));
	}

	/** The name of the program that uses {@code key}, if any. */
	public Optional<String> nameUsingKey(String key) {
		return this.programs.findByKey(key).map(Program::getName);
	}

	/**
	 * The name of another program than {@code exceptId} (may be null) that uses
	 * {@code key}.
	 */
	public Optional<String> nameUsingKey(String key, Long exceptId) {
		return this.programs.findByKey(key).filter((p) -> !p.getId().equals(exceptId)).map(Program::getName);
	}

	/**
	 * @throws ProgramKeyTakenException when another program has the key
	 */
	@Transactional
	public Program create(ProgramDetails details) {
		this.programs.findByKey(details.key()).ifPresent((other) -> {
			throw new ProgramKeyTakenException(details.key(), other.getName());
		});
		Program program = new Program(details.key(), details.name(), owner(details.ownerId()));
		details.applyTo(program);
		program.setEditors(editors(details.editorIds()));
		return saveAndFlush(program);
	}

	/**
	 * Applies the details if the program is still at {@code version}.
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it
	 * meanwhile
	 * @throws ProgramKeyTakenException when another program has the key
	 */
	@Transactional
	public Program update(Long id, long version, ProgramDetails details) {
		Program program = get(id);
		if (program.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Program.class, id);
		}
		this.programs.findByKey(details.key()).filter((other) -> !other.getId().equals(id)).ifPresent((other) -> {
			throw new ProgramKeyTakenException(details.key(), other.getName());
		});
		details.applyTo(program);
		program.setOwner(owner(details.ownerId()));
		program.setEditors(editors(details.editorIds()));
		return saveAndFlush(program);
	}

	/** Hides the program, and with it its projects, from default lists. */
	@Transactional
	public Program archive(Long id) {
		Program program = get(id);
		program.setArchived(true);
		return program;
	}

	@Transactional
	public Program restore(Long id) {
		Program program = get(id);
		program.setArchived(false);
		return program;
	}

	/**
	 * Deletes a program that has nothing attached.
	 * @return the deleted program's key
	 * @throws ProgramInUseException when it has projects, risks, stakeholder links or
	 * register entries
	 */
	@Transactional
	public String delete(Long id) {
		Program program = get(id);
		// risks and stakeholder links belong to other modules; their tables are enough to
		// know
		// whether deleting would orphan (or be refused by foreign keys on) anything
		long projectCount = this.projects.countByProgramId(id);
		long risks = count("select count(*) from risks where program_id = ?", id);
		long links = count("select count(*) from program_stakeholders where program_id = ?", id);
		long register = this.jdbc.sql(REGISTER_ENTRIES).param("id", id).query(Long.class).single();
		if (projectCount + risks + links + register > 0) {
			throw new ProgramInUseException(program.getKey(), projectCount, risks, links, register);
		}
		this.programs.delete(program);
		this.programs.flush();
		return program.getKey();
	}

	/**
	 * Issues, decisions, actions and change requests of the program (tables of the raid
	 * module, which depends on this one): one statement.
	 */
	private static final String REGISTER_ENTRIES = """
			select (select count(*) from issues where program_id = :id)
			     + (select count(*) from decisions where program_id = :id)
			     + (select count(*) from actions where program_id = :id)
			     + (select count(*) from change_requests where program_id = :id)""";

	private long count(String sql, Long id) {
		return this.jdbc.sql(sql).param(id).query(Long.class).single();
	}

	private Program saveAndFlush(Program program) {
		try {
			return this.programs.saveAndFlush(program);
		}
		catch (DataIntegrityViolationException ex) {
			// two people creating the same key at once: the unique constraint decides
			if (violates(ex, KEY_CONSTRAINT)) {
				throw new ProgramKeyTakenException(program.getKey(), null);
			}
			throw ex;
		}
	}

	/** Whether the exception was caused by the named database constraint. */
	static boolean violates(DataIntegrityViolationException ex, String constraint) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
					&& violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
				return true;
			}
			String message = cause.getMessage();
			if (message != null && message.toLowerCase(Locale.ROOT).contains(constraint)) {
				return true;
			}
		}
		return false;
	}

}
