package dev.milepost.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.milepost.health.ProgramHealth;
import dev.milepost.health.ProjectHealth;
import dev.milepost.healthrecord.HealthBoard;
import dev.milepost.healthrecord.HealthMessages;
import dev.milepost.portfolio.ProgramNotFoundException;
import dev.milepost.raid.RaidReportQuery;
import dev.milepost.raid.RegisterWeek;
import dev.milepost.report.ReportContent.ActionLine;
import dev.milepost.report.ReportContent.BudgetLine;
import dev.milepost.report.ReportContent.ChangeLine;
import dev.milepost.report.ReportContent.DecisionLine;
import dev.milepost.report.ReportContent.EscalationLine;
import dev.milepost.report.ReportContent.IssueLine;
import dev.milepost.report.ReportContent.MilestoneLine;
import dev.milepost.report.ReportContent.MoveLine;
import dev.milepost.report.ReportContent.ProjectLine;
import dev.milepost.report.ReportContent.Register;
import dev.milepost.report.ReportContent.RiskLine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts the data part of a program's weekly report from the read models: health from
 * {@link HealthBoard} (three statements) plus five projections here, the register lists
 * ({@link RaidReportQuery}, one statement) and one read of the previous published report,
 * whatever the program's size.
 */
@Component
public class ReportDrafter {

	/** How far after the week's end "due soon" looks. */
	public static final int DUE_DAYS = 14;

	static final int TOP_RISKS = 5;

	private final JdbcClient jdbc;

	private final HealthBoard health;

	private final HealthMessages messages;

	private final Clock clock;

	private final JsonMapper json;

	private final RaidReportQuery register;

	public ReportDrafter(JdbcClient jdbc, HealthBoard health, HealthMessages messages, Clock clock, JsonMapper json,
			RaidReportQuery register) {
		this.jdbc = jdbc;
		this.register = register;
		this.health = health;
		this.messages = messages;
		this.clock = clock;
		this.json = json;
	}

	/** The content for {@code programId} and {@code week}, computed now. */
	@Transactional(readOnly = true)
	public ReportContent draft(long programId, IsoWeek week) {
		ProgramRef program = program(programId);
		Locale locale = LocaleContextHolder.getLocale();
		LocalDate monday = week.monday();
		LocalDate sunday = week.sunday();
		// the week's instants in the configured zone (milepost.time-zone is the clock's
		// zone)
		OffsetDateTime from = monday.atStartOfDay(this.clock.getZone())
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime to = sunday.plusDays(1)
			.atStartOfDay(this.clock.getZone())
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);

		PublishedReport previousReport = previous(programId, week);
		ReportContent previous = (previousReport != null) ? previousReport.content() : null;
		Map<String, String> previousProjects = new HashMap<>();
		if (previous != null && previous.projects() != null) {
			previous.projects().forEach((p) -> previousProjects.put(p.key(), p.health()));
		}

		ProgramHealth programHealth = this.health.program(programId);
		String overall = null;
		List<String> reasons = new ArrayList<>();
		List<ProjectLine> projects = new ArrayList<>();
		if (programHealth != null) {
			overall = programHealth.effective().name();
			// reasons repeated from a project (source set) show in the project table
			// instead
			programHealth.reasons()
				.stream()
				.filter((r) -> r.source() == null)
				.forEach((r) -> reasons.add(this.messages.text(r, locale)));
			for (ProjectHealth project : programHealth.projects()) {
				List<String> projectReasons = new ArrayList<>();
				project.reasons().forEach((r) -> projectReasons.add(this.messages.text(r, locale)));
				projects.add(new ProjectLine(project.key(), project.name(), project.effective().name(), projectReasons,
						previousProjects.get(project.key())));
			}
		}

		List<MilestoneLine> milestones = this.jdbc.sql("""
				select p.project_key, m.name, m.status, m.baseline_date, m.forecast_date, m.actual_date
				from milestones m join projects p on p.id = m.project_id
				where p.program_id = :program and not p.archived and not m.archived
				order by p.project_key, m.forecast_date, m.name
				""").param("program", programId).query((rs, n) -> {
			LocalDate baseline = rs.getObject("baseline_date", LocalDate.class);
			LocalDate forecast = rs.getObject("forecast_date", LocalDate.class);
			LocalDate actual = rs.getObject("actual_date", LocalDate.class);
			LocalDate effective = (actual != null) ? actual : forecast;
			return new MilestoneLine(rs.getString("project_key"), rs.getString("name"), rs.getString("status"),
					baseline, forecast, actual, ChronoUnit.DAYS.between(baseline, effective));
		}).list();
		List<MilestoneLine> completed = milestones.stream()
			.filter((m) -> m.actual() != null && !m.actual().isBefore(monday) && !m.actual().isAfter(sunday))
			.sorted(Comparator.comparing(MilestoneLine::actual))
			.toList();
		LocalDate dueUntil = sunday.plusDays(DUE_DAYS);
		List<MilestoneLine> dueSoon = milestones.stream()
			.filter((m) -> m.actual() == null && !m.status().equals("DONE") && !m.status().equals("CANCELLED"))
			.filter((m) -> m.forecast().isAfter(sunday) && !m.forecast().isAfter(dueUntil))
			.sorted(Comparator.comparing(MilestoneLine::forecast))
			.toList();

		List<MoveLine> moved = this.jdbc.sql("""
				select p.project_key, m.name, c.old_date, c.new_date, c.reason, c.changed_by
				from milestone_date_changes c
				join milestones m on m.id = c.milestone_id
				join projects p on p.id = m.project_id
				where p.program_id = :program and c.kind = 'FORECAST' and c.old_date is not null
				and c.changed_at >= :from and c.changed_at < :to
				order by c.changed_at, c.id
				""").param("program", programId).param("from", from).param("to", to).query((rs, n) -> {
			LocalDate oldDate = rs.getObject("old_date", LocalDate.class);
			LocalDate newDate = rs.getObject("new_date", LocalDate.class);
			return new MoveLine(rs.getString("project_key"), rs.getString("name"), oldDate, newDate,
					ChronoUnit.DAYS.between(oldDate, newDate), rs.getString("reason"), rs.getString("changed_by"));
		}).list();

		record RiskRow(RiskLine line, boolean open, boolean inWeek) {
		}
		List<RiskRow> risks = this.jdbc.sql("""
				select p.project_key, r.title, r.score, r.status, r.owner, r.created_at, r.updated_at
				from risks r left join projects p on p.id = r.project_id
				where r.program_id = :program and not r.archived
				and (r.status in ('OPEN', 'MITIGATING') or (r.updated_at >= :from and r.updated_at < :to))
				order by r.score desc, r.title
				""").param("program", programId).param("from", from).param("to", to).query((rs, n) -> {
			OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
			OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
			boolean createdInWeek = !created.isBefore(from) && created.isBefore(to);
			boolean changedInWeek = createdInWeek || (!updated.isBefore(from) && updated.isBefore(to));
			String status = rs.getString("status");
			return new RiskRow(
					new RiskLine(rs.getString("project_key"), rs.getString("title"), rs.getInt("score"), status,
							rs.getString("owner"), createdInWeek),
					status.equals("OPEN") || status.equals("MITIGATING"), changedInWeek);
		}).list();
		List<RiskLine> topRisks = risks.stream().filter(RiskRow::open).limit(TOP_RISKS).map(RiskRow::line).toList();
		List<RiskLine> changedRisks = risks.stream().filter(RiskRow::inWeek).map(RiskRow::line).toList();

		List<BudgetLine> budget = this.jdbc.sql("""
				select project_key, name, budget_planned, budget_spent from projects
				where program_id = :program and not archived order by project_key
				""")
			.param("program", programId)
			.query((rs, n) -> new BudgetLine(rs.getString("project_key"), rs.getString("name"),
					rs.getBigDecimal("budget_planned"), rs.getBigDecimal("budget_spent")))
			.list();
		BigDecimal planned = budget.stream()
			.map(BudgetLine::planned)
			.filter((b) -> b != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal spent = budget.stream()
			.map(BudgetLine::spent)
			.filter((b) -> b != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);

		return new ReportContent(program.key(), program.name(), week.toString(), monday, sunday,
				LocalDate.now(this.clock), overall, reasons, projects, completed, dueSoon, moved, milestones, topRisks,
				changedRisks, budget, new BudgetLine(null, null, planned, spent),
				(previous != null) ? previous.week() : null, (previous != null) ? previous.health() : null,
				register(this.register.forWeek(programId, monday, sunday)));
	}

	/** The register lists as the snapshot keeps them: text and dates. */
	static Register register(RegisterWeek week) {
		return new Register(
				week.escalations()
					.stream()
					.map((e) -> new EscalationLine(e.issueId(), e.projectKey(), e.title(), e.priority().name(), e.ask(),
							e.escalatedTo(), e.neededBy(), e.overdue()))
					.toList(),
				week.decisions()
					.stream()
					.map((d) -> new DecisionLine(d.decisionId(), d.projectKey(), d.title(), d.priority().name(),
							d.decider(), d.neededBy(), d.overdue()))
					.toList(),
				issues(week.opened()), issues(week.resolved()),
				week.actions()
					.stream()
					.map((a) -> new ActionLine(a.actionId(), a.projectKey(), a.title(), a.owner(), a.due(),
							a.overdue()))
					.toList(),
				week.approvedChanges()
					.stream()
					.map((c) -> new ChangeLine(c.changeId(), c.projectKey(), c.title(), c.requestedBy(), c.approvedBy(),
							c.approvedOn()))
					.toList());
	}

	private static List<IssueLine> issues(List<RegisterWeek.IssueItem> items) {
		return items.stream()
			.map((i) -> new IssueLine(i.issueId(), i.projectKey(), i.title(), i.priority().name(), i.status().name(),
					i.owner(), i.day()))
			.toList();
	}

	/**
	 * The program's latest published report of a week before {@code week} (a superseded
	 * version is not the report of its week; a correction still in draft is not
	 * published), or {@code null} if there is none. One statement.
	 */
	@Transactional(readOnly = true)
	public PublishedReport previous(long programId, IsoWeek week) {
		// ISO week text (yyyy-Www) sorts as the weeks do
		return this.jdbc.sql("""
				select iso_week, version_no, snapshot, summary, highlights, lowlights, asks, decisions, next_steps
				from status_reports
				where program_id = :program and status = 'PUBLISHED' and iso_week < :week
				order by iso_week desc fetch first 1 rows only
				""")
			.param("program", programId)
			.param("week", week.toString())
			.query((rs, n) -> new PublishedReport(rs.getString("iso_week"), rs.getInt("version_no"),
					this.json.readValue(rs.getString("snapshot"), ReportContent.class),
					new Written(rs.getString("summary"), rs.getString("highlights"), rs.getString("lowlights"),
							rs.getString("asks"), rs.getString("decisions"), rs.getString("next_steps"))))
			.optional()
			.orElse(null);
	}

	/** A published report's week, version, frozen content and written sections. */
	public record PublishedReport(String week, int versionNo, ReportContent content, Written written) {
	}

	/**
	 * The program's key and name.
	 * @throws ProgramNotFoundException (404) if there is none
	 */
	@Transactional(readOnly = true)
	public ProgramRef program(long programId) {
		return this.jdbc.sql("select id, program_key, name from programs where id = :id")
			.param("id", programId)
			.query((rs, n) -> new ProgramRef(rs.getLong("id"), rs.getString("program_key"), rs.getString("name")))
			.optional()
			.orElseThrow(() -> new ProgramNotFoundException(programId));
	}

	/** A program as the report pages name it. */
	public record ProgramRef(long id, String key, String name) {

		public String label() {
			return this.key + " · " + this.name;
		}

	}

}
