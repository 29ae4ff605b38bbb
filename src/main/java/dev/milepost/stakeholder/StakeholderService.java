package dev.milepost.stakeholder;

import dev.milepost.shared.Like;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.shared.web.Option;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stakeholders and their RACI links to programs and projects. This is the module's public
 * API: the program and project pages call {@link #linksForProgram(Long)} and
 * {@link #linksForProject(Long)}.
 */
@Service
@Transactional(readOnly = true)
public class StakeholderService {

	static final String EMAIL_CONSTRAINT = "uk_stakeholders_email";

	static final String PROGRAM_LINK_CONSTRAINT = "uk_program_stakeholders";

	static final String PROJECT_LINK_CONSTRAINT = "uk_project_stakeholders";

	private static final Comparator<StakeholderLinkView> LINK_ORDER = Comparator
		.comparingInt((StakeholderLinkView link) -> link.role().rank())
		.thenComparing(StakeholderLinkView::name, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(StakeholderLinkView::linkId);

	private final StakeholderRepository stakeholders;

	private final ProgramStakeholderRepository programLinks;

	private final ProjectStakeholderRepository projectLinks;

	private final PortfolioLookup portfolio;

	private final JdbcClient jdbc;

	StakeholderService(StakeholderRepository stakeholders, ProgramStakeholderRepository programLinks,
			ProjectStakeholderRepository projectLinks, PortfolioLookup portfolio, JdbcClient jdbc) {
		this.stakeholders = stakeholders;
		this.programLinks = programLinks;
		this.projectLinks = projectLinks;
		this.portfolio = portfolio;
		this.jdbc = jdbc;
	}

	// ---- public API for the program and project pages ----

	/**
	 * The stakeholders linked to a program, accountable first, then responsible,
	 * consulted, informed, each by name; archived stakeholders are left out. One SQL
	 * statement.
	 */
	public List<StakeholderLinkView> linksForProgram(Long programId) {
		List<StakeholderLinkView> links = new ArrayList<>(this.programLinks.findViewsByProgram(programId));
		links.sort(LINK_ORDER);
		return links;
	}

	/**
	 * The stakeholders linked to a project, ordered as {@link #linksForProgram(Long)};
	 * {@code receivesWeeklyReport} is always {@code false}. One SQL statement.
	 */
	public List<StakeholderLinkView> linksForProject(Long projectId) {
		List<StakeholderLinkView> links = new ArrayList<>(this.projectLinks.findViewsByProject(projectId));
		links.sort(LINK_ORDER);
		return links;
	}

	// ---- stakeholders ----

	/**
	 * One page of the stakeholder list with each row's number of linked programs, in
	 * three SQL statements (count, page, link counts) whatever the page size.
	 * @param pageable sort properties: name, email, title, organisation, influence,
	 * interest, id; influence and interest sort from low to high, text case-insensitively
	 */
	public Page<StakeholderRow> list(StakeholderFilter filter, Pageable pageable) {
		Sort sort = pageable.getSort();
		Specification<Stakeholder> specification = (root, query, cb) -> {
			// the count query must not be ordered; the page query is ordered here rather
			// than by
			// Spring Data so that levels sort by rank, not by name
			if (query != null && !Long.class.equals(query.getResultType())) {
				query.orderBy(orders(sort, root, cb));
			}
			return cb.and(predicates(filter, root, query, cb).toArray(Predicate[]::new));
		};
		Page<Stakeholder> page = this.stakeholders.findAll(specification,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
		Map<Long, Long> counts = new HashMap<>();
		if (page.hasContent()) {
			List<Long> ids = page.getContent().stream().map(Stakeholder::getId).toList();
			for (Object[] row : this.programLinks.countByStakeholderIds(ids)) {
				counts.put((Long) row[0], ((Number) row[1]).longValue());
			}
		}
		return page
			.map((s) -> new StakeholderRow(s.getId(), s.getName(), s.getEmail(), s.getTitle(), s.getOrganisation(),
					s.getInfluence(), s.getInterest(), s.isArchived(), counts.getOrDefault(s.getId(), 0L)));
	}

	private static List<Predicate> predicates(StakeholderFilter filter, Root<Stakeholder> root,
			jakarta.persistence.criteria.CriteriaQuery<?> query, CriteriaBuilder cb) {
		List<Predicate> predicates = new ArrayList<>();
		if (!filter.includeArchived()) {
			predicates.add(cb.isFalse(root.get("archived")));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String pattern = Like.containing(filter.q());
			predicates.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
					cb.like(cb.lower(root.get("email")), pattern, '\\'),
					cb.like(cb.lower(root.get("organisation")), pattern, '\\'),
					cb.like(cb.lower(root.get("title")), pattern, '\\')));
		}
		if (filter.influence() != null) {
			predicates.add(cb.equal(root.get("influence"), filter.influence()));
		}
		if (filter.interest() != null) {
			predicates.add(cb.equal(root.get("interest"), filter.interest()));
		}
		if (filter.programId() != null && query != null) {
			Subquery<Long> linked = query.subquery(Long.class);
			Root<ProgramStakeholder> link = linked.from(ProgramStakeholder.class);
			linked.select(link.get("id"))
				.where(cb.equal(link.get("stakeholder"), root),
						cb.equal(link.get("program").get("id"), filter.programId()));
			predicates.add(cb.exists(linked));
		}
		return predicates;
	}

	private static List<Order> orders(Sort sort, Root<Stakeholder> root, CriteriaBuilder cb) {
		List<Order> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			Expression<?> expression = switch (order.getProperty()) {
				case "influence",
						"interest" ->
					cb.<Level, Integer>selectCase(root.get(order.getProperty()))
						.when(Level.LOW, 0)
						.when(Level.MEDIUM, 1)
						.otherwise(2);
				case "name", "email", "title", "organisation" -> cb.lower(root.get(order.getProperty()));
				default -> root.get(order.getProperty());
			};
			orders.add(order.isAscending() ? cb.asc(expression) : cb.desc(expression));
		}
		if (orders.isEmpty()) {
			orders.add(cb.asc(cb.lower(root.get("name"))));
			orders.add(cb.asc(root.get("id")));
		}
		return orders;
	}

	/**
	 * @throws StakeholderNotFoundException when there is no such stakeholder
	 */
	public Stakeholder get(Long id) {
		return this.stakeholders.findById(id).orElseThrow(() -> new StakeholderNotFoundException(id));
	}

	/**
	 * The name of the stakeholder who has this email (compared case-insensitively), if
	 * any.
	 */
	public Optional<String> holderOfEmail(String email) {
		return this.stakeholders.findByEmail(Stakeholder.normaliseEmail(email)).map(Stakeholder::getName);
	}

	/** Stakeholders that are not archived, by name, as "Name &lt;email&gt;". */
	public List<Option> stakeholderOptions() {
		return this.stakeholders.findActiveOrderByName()
			.stream()
			.map((s) -> Option.of(s.getId(), s.getLabel()))
			.toList();
	}

	/**
	 * @throws EmailAlreadyUsedException when another stakeholder has this email, also
	 * when that other stakeholder was saved concurrently
	 */
	@Transactional
	public Stakeholder create(StakeholderData data) {
		String email = Stakeholder.normaliseEmail(data.email());
		if (this.stakeholders.existsByEmail(email)) {
			throw new EmailAlreadyUsedException(email);
		}
		Stakeholder stakeholder = new Stakeholder(data.name(), email);
		apply(data, stakeholder);
		try {
			return this.stakeholders.saveAndFlush(stakeholder);
		}
		catch (DataIntegrityViolationException ex) {
			throw translateEmailConflict(ex, email);
		}
	}

	/**
	 * @param version the version the user edited; a different stored version means
	 * someone else saved in between
	 * @throws ObjectOptimisticLockingFailureException when the stakeholder changed since
	 * {@code version}
	 * @throws EmailAlreadyUsedException when another stakeholder has this email
	 */
	@Transactional
	public Stakeholder update(Long id, long version, StakeholderData data) {
		Stakeholder stakeholder = get(id);
		if (stakeholder.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Stakeholder.class, id);
		}
		String email = Stakeholder.normaliseEmail(data.email());
		if (this.stakeholders.existsByEmailAndIdNot(email, id)) {
			throw new EmailAlreadyUsedException(email);
		}
		stakeholder.setEmail(email);
		apply(data, stakeholder);
		try {
			return this.stakeholders.saveAndFlush(stakeholder);
		}
		catch (DataIntegrityViolationException ex) {
			throw translateEmailConflict(ex, email);
		}
	}

	private static void apply(StakeholderData data, Stakeholder stakeholder) {
		stakeholder.setName(data.name());
		stakeholder.setTitle(data.title());
		stakeholder.setOrganisation(data.organisation());
		stakeholder.setInfluence(data.influence());
		stakeholder.setInterest(data.interest());
	}

	private static RuntimeException translateEmailConflict(DataIntegrityViolationException ex, String email) {
		return violates(ex, EMAIL_CONSTRAINT) ? new EmailAlreadyUsedException(email) : ex;
	}

	/**
	 * Whether the failure is the named unique constraint (and not, say, a foreign key).
	 */
	static boolean violates(DataIntegrityViolationException ex, String constraint) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
					&& violation.getConstraintName() != null
					&& violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
				return true;
			}
			if (cause instanceof SQLException && cause.getMessage() != null
					&& cause.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
				return true;
			}
		}
		return false;
	}

	@Transactional
	public Stakeholder archive(Long id) {
		Stakeholder stakeholder = get(id);
		stakeholder.setArchived(true);
		return stakeholder;
	}

	@Transactional
	public Stakeholder restore(Long id) {
		Stakeholder stakeholder = get(id);
		stakeholder.setArchived(false);
		return stakeholder;
	}

	/** Whether the stakeholder is linked to any program or project. */
	public boolean hasLinks(Long id) {
		return this.programLinks.existsByStakeholderId(id) || this.projectLinks.existsByStakeholderId(id);
	}

	/**
	 * Deletes the stakeholder if it has no program or project links and no issue,
	 * decision or action names it.
	 * @return {@code false}, deleting nothing, when it has links (archive it instead)
	 */
	@Transactional
	public boolean delete(Long id) {
		Stakeholder stakeholder = get(id);
		if (hasLinks(id) || namedInRegister(id)) {
			return false;
		}
		this.stakeholders.delete(stakeholder);
		this.stakeholders.flush();
		return true;
	}

	/**
	 * Whether an issue escalation, a decision or an action names the stakeholder (tables
	 * of the raid module, which depends on this one): then it must be archived, not
	 * deleted. One statement.
	 */
	private boolean namedInRegister(Long id) {
		return this.jdbc.sql("""
				select (select count(*) from issues where escalated_to_id = :id)
				     + (select count(*) from decisions where decider_id = :id)
				     + (select count(*) from actions where owner_stakeholder_id = :id)""")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	// ---- links ----

	/** The programs a stakeholder is linked to, by program key. */
	public List<StakeholderProgramLink> programLinksOf(Long stakeholderId) {
		return this.programLinks.findLinksOfStakeholder(stakeholderId);
	}

	/** The projects a stakeholder is linked to, by program and project key. */
	public List<StakeholderProjectLink> projectLinksOf(Long stakeholderId) {
		return this.projectLinks.findLinksOfStakeholder(stakeholderId);
	}

	/**
	 * @throws DuplicateLinkException when the stakeholder is already linked to the
	 * program
	 * @throws StakeholderNotFoundException, ProgramNotFoundException for unknown ids
	 */
	@Transactional
	public ProgramStakeholder linkToProgram(Long stakeholderId, Long programId, RaciRole role,
			boolean receivesWeeklyReport) {
		Stakeholder stakeholder = get(stakeholderId);
		Program program = this.portfolio.program(programId);
		if (this.programLinks.existsByProgramIdAndStakeholderId(programId, stakeholderId)) {
			throw new DuplicateLinkException("program");
		}
		try {
			return this.programLinks
				.saveAndFlush(new ProgramStakeholder(program, stakeholder, role, receivesWeeklyReport));
		}
		catch (DataIntegrityViolationException ex) {
			throw violates(ex, PROGRAM_LINK_CONSTRAINT) ? new DuplicateLinkException("program") : ex;
		}
	}

	/**
	 * @throws DuplicateLinkException when the stakeholder is already linked to the
	 * project
	 * @throws StakeholderNotFoundException, ProjectNotFoundException for unknown ids
	 */
	@Transactional
	public ProjectStakeholder linkToProject(Long stakeholderId, Long projectId, RaciRole role) {
		Stakeholder stakeholder = get(stakeholderId);
		Project project = this.portfolio.project(projectId);
		if (this.projectLinks.existsByProjectIdAndStakeholderId(projectId, stakeholderId)) {
			throw new DuplicateLinkException("project");
		}
		try {
			return this.projectLinks.saveAndFlush(new ProjectStakeholder(project, stakeholder, role));
		}
		catch (DataIntegrityViolationException ex) {
			throw violates(ex, PROJECT_LINK_CONSTRAINT) ? new DuplicateLinkException("project") : ex;
		}
	}

	/**
	 * Changes the role and weekly-report flag of one of the stakeholder's program links.
	 * @throws ObjectOptimisticLockingFailureException when the link changed since
	 * {@code version}
	 */
	@Transactional
	public void updateProgramLink(Long stakeholderId, Long linkId, long version, RaciRole role,
			boolean receivesWeeklyReport) {
		ProgramStakeholder link = programLink(stakeholderId, linkId);
		if (link.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ProgramStakeholder.class, linkId);
		}
		link.setRole(role);
		link.setReceivesWeeklyReport(receivesWeeklyReport);
	}

	/**
	 * Stops the weekly report of a program for a stakeholder (the unsubscribe link of its
	 * mail).
	 * @return whether the link received it until now ({@code false} if already stopped or
	 * unlinked)
	 */
	@Transactional
	public boolean stopWeeklyReport(Long programId, Long stakeholderId) {
		return this.programLinks.findByProgramIdAndStakeholderId(programId, stakeholderId)
			.filter(ProgramStakeholder::isReceivesWeeklyReport)
			.map((link) -> {
				link.setReceivesWeeklyReport(false);
				return true;
			})
			.orElse(false);
	}

	/**
	 * Changes the role of one of the stakeholder's project links.
	 * @throws ObjectOptimisticLockingFailureException when the link changed since
	 * {@code version}
	 */
	@Transactional
	public void updateProjectLink(Long stakeholderId, Long linkId, long version, RaciRole role) {
		ProjectStakeholder link = projectLink(stakeholderId, linkId);
		if (link.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ProjectStakeholder.class, linkId);
		}
		link.setRole(role);
	}

	/** Removes a program link; links keep no history, so this is a plain delete. */
	@Transactional
	public void removeProgramLink(Long stakeholderId, Long linkId) {
		this.programLinks.delete(programLink(stakeholderId, linkId));
	}

	/** Removes a project link; links keep no history, so this is a plain delete. */
	@Transactional
	public void removeProjectLink(Long stakeholderId, Long linkId) {
		this.projectLinks.delete(projectLink(stakeholderId, linkId));
	}

	private ProgramStakeholder programLink(Long stakeholderId, Long linkId) {
		return this.programLinks.findByIdAndStakeholderId(linkId, stakeholderId)
			.orElseThrow(() -> new StakeholderNotFoundException("Program link", linkId));
	}

	private ProjectStakeholder projectLink(Long stakeholderId, Long linkId) {
		return this.projectLinks.findByIdAndStakeholderId(linkId, stakeholderId)
			.orElseThrow(() -> new StakeholderNotFoundException("Project link", linkId));
	}

}
