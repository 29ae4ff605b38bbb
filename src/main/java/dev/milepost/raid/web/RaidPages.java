package dev.milepost.raid.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.raid.Priority;
import dev.milepost.raid.RaidCriteria;
import dev.milepost.raid.RaidRuleViolation;
import dev.milepost.raid.RegisterEntry;
import dev.milepost.security.Access;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import org.jspecify.annotations.Nullable;
import dev.milepost.security.UserLookup;
import dev.milepost.shared.BadRequestException;
import dev.milepost.shared.web.Option;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the four register controllers share: messages, rule violations as field errors,
 * the model of the list pages, the program or project a new entry starts in, the stale
 * edit's field labels, archive and restore, and the choices of their forms and filters.
 */
@Component
class RaidPages {

	private final PortfolioLookup portfolio;

	private final UserLookup users;

	private final StakeholderService stakeholders;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Access access;

	RaidPages(PortfolioLookup portfolio, UserLookup users, StakeholderService stakeholders, MessageSource messages,
			JdbcClient jdbc, Access access) {
		this.portfolio = portfolio;
		this.users = users;
		this.stakeholders = stakeholders;
		this.messages = messages;
		this.jdbc = jdbc;
		this.access = access;
	}

	String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/** Rule violations become field errors, unless that field already shows one. */
	static void reject(BindingResult binding, List<RaidRuleViolation> violations) {
		for (RaidRuleViolation violation : violations) {
			if (!binding.hasFieldErrors(violation.field())) {
				binding.rejectValue(violation.field(), violation.code(), violation.defaultMessage());
			}
		}
	}

	/**
	 * The model of a list page: one page of entries, the filters as given, the statuses
	 * of that register, priorities, today, and the program and project choices of the
	 * filters.
	 */
	void listModel(Model model, RaidCriteria criteria, Page<?> page, Enum<?>[] statuses, LocalDate today) {
		model.addAttribute("page", page);
		model.addAttribute("criteria", criteria);
		model.addAttribute("statuses", statuses);
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("today", today);
		model.addAttribute("programOptions", this.portfolio.programOptions());
		model.addAttribute("projectOptions", this.portfolio.projectOptions());
	}

	/**
	 * A new entry starts in the project, or else the program, it was asked for from, if
	 * the user may edit there.
	 */
	void startIn(RaidForm form, Long programId, Long projectId) {
		if (projectId != null) {
			this.access.requireEditProjectTarget(projectId);
			Project project = this.portfolio.project(projectId);
			form.setProjectId(project.getId());
			form.setProgramId(project.getProgram().getId());
		}
		else if (programId != null) {
			this.access.requireEditProgramTarget(programId);
			form.setProgramId(this.portfolio.program(programId).getId());
		}
	}

	/** An edit must say which version it changes. */
	void requireVersion(RaidForm form) {
		if (form.getVersion() == null) {
			throw new BadRequestException(message("raid.versionMissing"));
		}
	}

	/**
	 * The fields a stale edit compares, each as its name and label.
	 * @param fields pairs of field name and message code of its label
	 */
	List<String[]> conflictFields(String[][] fields) {
		return Arrays.stream(fields).map((f) -> new String[] { f[0], message(f[1]) }).toList();
	}

	/**
	 * After archive or restore: says so in the flash and goes back to the entry.
	 * @param path the entry's page
	 */
	String archived(boolean archived, String title, String path, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", message(archived ? "raid.flash.archived" : "raid.flash.restored", title));
		return "redirect:" + path;
	}

	/**
	 * Program and project choices of a form; an archived program or project stays
	 * selectable for the entry that already has it.
	 */
	void scopeOptions(Model model, RegisterEntry stored) {
		List<Option> programs = new ArrayList<>(this.portfolio.programOptions());
		List<Option> projects = new ArrayList<>(this.portfolio.projectOptions());
		if (stored != null) {
			Program program = stored.getProgram();
			addIfMissing(programs, Option.of(program.getId(), program.getLabel()));
			Project project = stored.getProject();
			if (project != null) {
				addIfMissing(projects, Option.of(project.getId(),
						program.getKey() + " / " + project.getKey() + " · " + project.getName()));
			}
		}
		model.addAttribute("programOptions", programs);
		model.addAttribute("projectOptions", projects);
	}

	/**
	 * The signed-in user's id: a new issue or action is theirs until they pick another
	 * owner ({@code null} when the account cannot be found).
	 */
	@Nullable Long signedIn(Principal principal) {
		return this.users.withRoles(principal.getName()).map(User::getId).orElse(null);
	}

	/** Enabled users, by name: owners of issues and actions. */
	List<Option> userOptions() {
		return this.users.enabledWithAnyRole(List.of(Role.ADMIN, Role.TPM, Role.VIEWER))
			.stream()
			.map((u) -> Option.of(u.getId(), u.getDisplayName() + " (" + u.getUsername() + ")"))
			.toList();
	}

	/** Stakeholders that are not archived, by name. */
	List<Option> stakeholderOptions() {
		return this.stakeholders.stakeholderOptions();
	}

	/** Risks of the program that are not archived, by title; none without a program. */
	List<Option> riskOptions(Long programId) {
		return options("select id, title as label from risks where program_id = :program and not archived "
				+ "order by title, id", programId);
	}

	List<Option> issueOptions(Long programId) {
		return options("select id, title as label from issues where program_id = :program and not archived "
				+ "order by title, id", programId);
	}

	/** Decided decisions of the program: what a new decision may supersede. */
	List<Option> decidedOptions(Long programId) {
		return options("select id, title as label from decisions where program_id = :program and not archived "
				+ "and status = 'DECIDED' order by title, id", programId);
	}

	/** Milestones of the program's projects that are not archived, with baseline. */
	List<Option> milestoneOptions(Long programId) {
		return options(
				"""
						select m.id, p.project_key || ' · ' || m.name || ' (' || cast(m.baseline_date as varchar(10)) || ')' as label
						from milestones m join projects p on p.id = m.project_id
						where p.program_id = :program and not m.archived
						order by p.project_key, m.baseline_date, m.id""",
				programId);
	}

	List<Option> projectsOf(Long programId) {
		return options("select id, project_key || ' · ' || name as label from projects where program_id = :program "
				+ "and not archived order by project_key, id", programId);
	}

	private List<Option> options(String sql, Long programId) {
		if (programId == null) {
			return List.of();
		}
		return this.jdbc.sql(sql)
			.param("program", programId)
			.query((rs, n) -> Option.of(rs.getLong("id"), rs.getString("label")))
			.list();
	}

	private static void addIfMissing(List<Option> options, Option option) {
		if (options.stream().noneMatch((o) -> o.value().equals(option.value()))) {
			options.add(option);
		}
	}

}
