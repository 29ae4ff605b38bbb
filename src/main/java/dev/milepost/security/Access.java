package dev.milepost.security;

import java.util.Optional;
import java.util.function.Supplier;

import dev.milepost.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who may change what: the ownership layer on top of the role rules of
 * {@code SecurityConfiguration}.
 * <ul>
 * <li>ADMIN may change everything.</li>
 * <li>TPM may create programs, may change a program they own ({@code programs.owner_id})
 * or are editor of ({@code program_editors}) and everything inside it: its projects,
 * their milestones, its risks and stakeholder links to the program or its projects; and
 * may change stakeholder records themselves (a shared directory).</li>
 * <li>VIEWER and anonymous users change nothing.</li>
 * </ul>
 * Each {@code canEdit...} check resolves the owning program with one SQL statement on the
 * tables (this module does not depend on the portfolio classes) and compares its owner
 * and editors with the current user's username. The {@code require...} variants throw
 * {@link AccessDeniedException} (answered with the 403 page) and are called by
 * controllers before any change. Available to templates as {@code @access}, e.g.
 * {@code th:if="${@access.canEditProgram(program.id)}"}.
 * <p>
 * Unknown records: {@code canEdit...} answers {@code false}; {@code requireEdit...}
 * throws a {@link NotFoundException} (the usual 404 page), so an unknown id is a 404,
 * never a 403. The {@code requireEdit...Target} variants are for ids chosen in a form
 * (the program of a new project, the project of a new milestone): they let {@code null}
 * and unknown ids pass so that the form reports them as field errors as before; such an
 * id cannot be changed into.
 */
@Component("access")
public class Access {

	/**
	 * Editable by the user {@code :username}: true or false, or no row when the program
	 * does not exist. {@code %s} is a sub-query selecting the program id from
	 * {@code :id}.
	 */
	private static final String EDITABLE_SQL = """
			select (exists (select 1 from users o where o.id = p.owner_id and o.username = :username)
			     or exists (select 1 from program_editors e join users u on u.id = e.user_id
			                where e.program_id = p.id and u.username = :username)) as editable
			from programs p
			where p.id = (%s)
			""";

	private static final String PROGRAM = "select cast(:id as bigint)";

	private static final String PROJECT = "select program_id from projects where id = :id";

	private static final String MILESTONE = "select pr.program_id from milestones m "
			+ "join projects pr on pr.id = m.project_id where m.id = :id";

	private static final String RISK = "select program_id from risks where id = :id";

	private static final String PROGRAM_LINK = "select program_id from program_stakeholders where id = :id";

	private static final String PROJECT_LINK = "select pr.program_id from project_stakeholders ps "
			+ "join projects pr on pr.id = ps.project_id where ps.id = :id";

	private final JdbcClient jdbc;

	public Access(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- role-only rules ----

	/** ADMIN or TPM. */
	public boolean canCreateProgram() {
		return isAdmin() || hasRole(Role.TPM);
	}

	/** Stakeholder records (not their links) are a shared directory: ADMIN or TPM. */
	public boolean canEditStakeholders() {
		return isAdmin() || hasRole(Role.TPM);
	}

	/** Accounts: ADMIN only. */
	public boolean canManageUsers() {
		return isAdmin();
	}

	// ---- ownership rules; false for unknown ids ----

	/** ADMIN, or a TPM who owns or is editor of the program. */
	public boolean canEditProgram(Long programId) {
		return editable(PROGRAM, programId).orElse(false);
	}

	/** Edit rights on the project's program. */
	public boolean canEditProject(Long projectId) {
		return editable(PROJECT, projectId).orElse(false);
	}

	/** Edit rights on the program of the milestone's project. */
	public boolean canEditMilestone(Long milestoneId) {
		return editable(MILESTONE, milestoneId).orElse(false);
	}

	/** Edit rights on the risk's program. */
	public boolean canEditRisk(Long riskId) {
		return editable(RISK, riskId).orElse(false);
	}

	/**
	 * Edit rights on the program of a stakeholder-to-program link
	 * ({@code program_stakeholders.id}).
	 */
	public boolean canEditProgramLink(Long linkId) {
		return editable(PROGRAM_LINK, linkId).orElse(false);
	}

	/**
	 * Edit rights on the program of a stakeholder-to-project link
	 * ({@code project_stakeholders.id}).
	 */
	public boolean canEditProjectLink(Long linkId) {
		return editable(PROJECT_LINK, linkId).orElse(false);
	}

	/**
	 * Who may hand a program to another owner or change its editors: ADMIN, or the owning
	 * TPM; not an editor (an editor must not be able to remove the owner).
	 */
	public boolean canChangeProgramOwnership(Long programId) {
		if (isAdmin()) {
			return true;
		}
		Authentication authentication = authentication();
		if (programId == null || authentication == null || !hasRole(Role.TPM)) {
			return false;
		}
		return this.jdbc
			.sql("select count(*) from programs p join users o on o.id = p.owner_id "
					+ "where p.id = :id and o.username = :username")
			.param("id", programId)
			.param("username", authentication.getName())
			.query(Long.class)
			.single() > 0;
	}

	// ---- require variants for controllers ----

	public void requireCreateProgram() {
		check(canCreateProgram());
	}

	/** The leadership digest is published by administrators (or by the weekly job). */
	public void requirePublishDigest() {
		check(isAdmin());
	}

	public void requireEditStakeholders() {
		check(canEditStakeholders());
	}

	/**
	 * @throws NotFoundException for an unknown program
	 */
	public void requireEditProgram(Long programId) {
		require(PROGRAM, programId, "Program");
	}

	/**
	 * @throws NotFoundException for an unknown project
	 */
	public void requireEditProject(Long projectId) {
		require(PROJECT, projectId, "Project");
	}

	/**
	 * @throws NotFoundException for an unknown milestone
	 */
	public void requireEditMilestone(Long milestoneId) {
		require(MILESTONE, milestoneId, "Milestone");
	}

	/**
	 * @throws NotFoundException for an unknown risk
	 */
	public void requireEditRisk(Long riskId) {
		require(RISK, riskId, "Risk");
	}

	/**
	 * @throws NotFoundException for an unknown link
	 */
	public void requireEditProgramLink(Long linkId) {
		require(PROGRAM_LINK, linkId, "Program link");
	}

	/**
	 * @throws NotFoundException for an unknown link
	 */
	public void requireEditProjectLink(Long linkId) {
		require(PROJECT_LINK, linkId, "Project link");
	}

	/**
	 * For a program chosen in a form (a new project's or risk's program, or the one it
	 * moves to): {@code null} or an unknown id passes, for the form to report.
	 */
	public void requireEditProgramTarget(Long programId) {
		requireTarget(PROGRAM, programId);
	}

	/**
	 * For a project chosen in a form (a new milestone's project, a stakeholder link's
	 * project): {@code null} or an unknown id passes, for the form to report.
	 */
	public void requireEditProjectTarget(Long projectId) {
		requireTarget(PROJECT, projectId);
	}

	// ---- internals ----

	private void require(String programOf, Long id, String what) {
		if (isAdmin()) {
			return; // may do everything; the controller answers 404 for an unknown id
		}
		check(editable(programOf, id).orElseThrow(() -> new NotFoundException(what, id)));
	}

	private void requireTarget(String programOf, Long id) {
		if (id == null || isAdmin()) {
			return;
		}
		check(editable(programOf, id).orElse(true));
	}

	private static void check(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Not allowed to change this record");
		}
	}

	/**
	 * Empty when the record (or its program) does not exist; for a non-admin the answer
	 * comes from one SQL statement.
	 */
	private Optional<Boolean> editable(String programOf, Long id) {
		if (id == null) {
			return Optional.empty();
		}
		if (isAdmin()) {
			return Optional.of(true);
		}
		Authentication authentication = authentication();
		// anonymous: matches no owner or editor, and is no TPM anyway
		String username = (authentication != null) ? authentication.getName() : "";
		Optional<Boolean> owned = remembered(programOf + ':' + id + ':' + username,
				() -> this.jdbc.sql(EDITABLE_SQL.formatted(programOf))
					.param("id", id)
					.param("username", username)
					.query(Boolean.class)
					.optional());
		// an owner or editor who is no TPM (e.g. now a VIEWER) changes nothing
		boolean tpm = hasRole(Role.TPM);
		return owned.map((editable) -> editable && tpm);
	}

	/**
	 * A page asks the same question several times while it renders (every edit control of
	 * a program): the answer is kept for the rest of the request, so it costs one
	 * statement. Outside a request (jobs, tests without one) nothing is kept.
	 */
	@SuppressWarnings("unchecked")
	private static Optional<Boolean> remembered(String question, Supplier<Optional<Boolean>> answer) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return answer.get();
		}
		String name = Access.class.getName() + '.' + question;
		Object known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (known != null) {
			return (Optional<Boolean>) known;
		}
		Optional<Boolean> result = answer.get();
		request.setAttribute(name, result, RequestAttributes.SCOPE_REQUEST);
		return result;
	}

	private boolean isAdmin() {
		return hasRole(Role.ADMIN);
	}

	private boolean hasRole(Role role) {
		Authentication authentication = authentication();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (role.authority().equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/** The signed-in user, or {@code null} for none or anonymous. */
	private static Authentication authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication;
	}

}
