package dev.milepost.raid.web;

import java.util.ArrayList;
import java.util.List;

import dev.milepost.portfolio.PortfolioLookup;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.raid.RaidRuleViolation;
import dev.milepost.raid.RegisterEntry;
import dev.milepost.security.Role;
import dev.milepost.security.UserLookup;
import dev.milepost.shared.web.Option;
import dev.milepost.stakeholder.StakeholderService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the four register controllers share: messages, rule violations as field errors,
 * and the choices of their forms and filters.
 */
@Component
class RaidPages {

	private final PortfolioLookup portfolio;

	private final UserLookup users;

	private final StakeholderService stakeholders;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	RaidPages(PortfolioLookup portfolio, UserLookup users, StakeholderService stakeholders, MessageSource messages,
			JdbcClient jdbc) {
		this.portfolio = portfolio;
		this.users = users;
		this.stakeholders = stakeholders;
		this.messages = messages;
		this.jdbc = jdbc;
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

	/** Program and project choices of the list filters. */
	void filterOptions(Model model) {
		model.addAttribute("programOptions", this.portfolio.programOptions());
		model.addAttribute("projectOptions", this.portfolio.projectOptions());
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
