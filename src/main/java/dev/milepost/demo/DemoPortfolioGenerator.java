package dev.milepost.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.milepost.demo.DemoCatalogue.DependencyTemplate;
import dev.milepost.demo.DemoCatalogue.Fate;
import dev.milepost.demo.DemoCatalogue.Link;
import dev.milepost.demo.DemoCatalogue.MilestoneTemplate;
import dev.milepost.demo.DemoCatalogue.Outlook;
import dev.milepost.demo.DemoCatalogue.Person;
import dev.milepost.demo.DemoCatalogue.ProgramTemplate;
import dev.milepost.demo.DemoCatalogue.ProjectTemplate;
import dev.milepost.demo.DemoCatalogue.RiskTemplate;
import dev.milepost.demo.DemoPortfolio.DateChangeRow;
import dev.milepost.demo.DemoPortfolio.DependencyRow;
import dev.milepost.demo.DemoPortfolio.MilestoneRow;
import dev.milepost.demo.DemoPortfolio.ProgramLinkRow;
import dev.milepost.demo.DemoPortfolio.ProgramRow;
import dev.milepost.demo.DemoPortfolio.ProjectLinkRow;
import dev.milepost.demo.DemoPortfolio.ProjectRow;
import dev.milepost.demo.DemoPortfolio.RiskRow;
import dev.milepost.demo.DemoPortfolio.StakeholderRow;

/**
 * Turns the {@link DemoCatalogue} into rows with dates relative to the clock's today. A
 * fixed seed makes the output the same for the same day; all invariants of the schema
 * hold (DONE has an actual date, no actual date in the future, score = probability x
 * impact, end on or after start, timestamps not in the future) and dependencies always
 * point from an earlier to a later baseline, so they can never form a cycle.
 *
 * <p>
 * One generator instance produces one portfolio: it carries the random sequence.
 */
final class DemoPortfolioGenerator {

	/** Fixed so the demo looks the same every time it is loaded on a given day. */
	static final long SEED = 20_26_0101L;

	private final Random random;

	private final LocalDate today;

	private final Instant now;

	private final ZoneId zone;

	/** The outlook of the program being built ({@code null}: left to chance). */
	private Outlook outlook;

	DemoPortfolioGenerator(Clock clock) {
		this(clock, SEED);
	}

	DemoPortfolioGenerator(Clock clock, long seed) {
		this.random = new Random(seed);
		this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		this.zone = clock.getZone();
		this.today = LocalDate.ofInstant(this.now, this.zone);
	}

	DemoPortfolio generate(DemoScale scale) {
		return switch (scale) {
			case SMALL -> build(DemoCatalogue.PEOPLE, DemoCatalogue.PROGRAMS, DemoCatalogue.DEPENDENCIES,
					DemoCatalogue.RISKS, smallDemoTpmPrograms());
			case MEDIUM, LARGE, XLARGE -> {
				DemoScaledCatalogue.Content content = DemoScaledCatalogue.generate(scale, this.random);
				yield build(content.people(), content.programs(), content.dependencies(), content.risks(),
						content.demoTpmPrograms());
			}
		};
	}

	/**
	 * The demo TPM owns all small demo programs but the last two, so that the demo shows
	 * both what a TPM may and may not change.
	 */
	static Set<String> smallDemoTpmPrograms() {
		List<ProgramTemplate> programs = DemoCatalogue.PROGRAMS;
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < Math.max(1, programs.size() - 2); i++) {
			keys.add(programs.get(i).key());
		}
		return keys;
	}

	private DemoPortfolio build(List<Person> people, List<ProgramTemplate> programTemplates,
			List<DependencyTemplate> dependencyTemplates, List<RiskTemplate> riskTemplates,
			Set<String> demoTpmPrograms) {
		Map<String, Person> peopleByEmail = new LinkedHashMap<>();
		List<StakeholderRow> stakeholders = new ArrayList<>();
		for (Person person : people) {
			if (peopleByEmail.put(person.email(), person) != null) {
				throw new IllegalStateException("Duplicate demo e-mail " + person.email());
			}
			Instant created = clamp(at(this.today.minusDays(200 + this.random.nextInt(200))));
			Instant updated = clamp(created.plus(Duration.ofDays(this.random.nextInt(150))));
			stakeholders.add(new StakeholderRow(person.name(), person.email(), person.title(), person.organisation(),
					person.influence(), person.interest(), created, updated));
		}
		Build build = new Build(peopleByEmail);
		for (ProgramTemplate program : programTemplates) {
			addProgram(build, program, demoTpmPrograms.contains(program.key()));
		}
		List<DependencyRow> dependencies = dependencies(build, dependencyTemplates);
		List<RiskRow> risks = new ArrayList<>();
		for (RiskTemplate risk : riskTemplates) {
			risks.add(risk(build, risk));
		}
		return new DemoPortfolio(build.programs, build.projects, build.milestones, build.dateChanges, dependencies,
				risks, stakeholders, build.programLinks, build.projectLinks);
	}

	private void addProgram(Build build, ProgramTemplate template, boolean ownedByDemoTpm) {
		LocalDate programStart = null;
		LocalDate programEnd = null;
		Instant programCreated = this.now;
		long budget = 0;
		List<ProjectRow> projects = new ArrayList<>();
		this.outlook = "ACTIVE".equals(template.status()) ? template.outlook() : null;
		for (ProjectTemplate projectTemplate : template.projects()) {
			ProjectRow project = addProject(build, template, projectTemplate);
			projects.add(project);
			programStart = (programStart == null || project.startDate().isBefore(programStart)) ? project.startDate()
					: programStart;
			programEnd = (programEnd == null || project.endDate().isAfter(programEnd)) ? project.endDate() : programEnd;
			programCreated = project.createdAt().isBefore(programCreated) ? project.createdAt() : programCreated;
			budget += project.budgetPlanned().longValue();
		}
		Instant created = clamp(programCreated.minus(Duration.ofDays(7 + this.random.nextInt(14))));
		Instant updated = clamp(this.now.minus(Duration.ofHours(2 + this.random.nextInt(24 * 20))));
		// 10% contingency on top of the projects, rounded to 10,000
		BigDecimal planned = BigDecimal.valueOf(Math.round(budget * 1.1 / 10_000.0) * 10_000L, 0).setScale(2);
		ProgramRow row = new ProgramRow(template.key(), template.name(), template.description(), template.objective(),
				template.status(), build.name(template.ownerEmail()), ownedByDemoTpm, programStart, programEnd, planned,
				template.currency(), created, updated.isBefore(created) ? created : updated);
		if (build.programsByKey.put(row.key(), row) != null) {
			throw new IllegalStateException("Duplicate demo program " + row.key());
		}
		build.programs.add(row);
		Set<String> linked = new HashSet<>();
		for (Link link : template.links()) {
			build.name(link.email());
			if (linked.add(link.email())) {
				build.programLinks
					.add(new ProgramLinkRow(template.key(), link.email(), link.raciRole(), link.receivesWeeklyReport(),
							clamp(created.plus(Duration.ofDays(1 + this.random.nextInt(20))))));
			}
		}
	}

	private ProjectRow addProject(Build build, ProgramTemplate program, ProjectTemplate template) {
		LocalDate start = this.today.plusDays(template.startDay());
		LocalDate end = this.today.plusDays(template.endDay());
		Instant created = clamp(at(start.minusDays(7 + this.random.nextInt(21))));
		String lead = build.name(template.leadEmail());

		List<MilestoneRow> milestones = new ArrayList<>();
		List<MilestoneTemplate> milestoneTemplates = template.milestones();
		int count = milestoneTemplates.size();
		long span = ChronoUnit.DAYS.between(start, end);
		LocalDate previous = start;
		Set<String> names = new HashSet<>();
		for (int i = 0; i < count; i++) {
			MilestoneTemplate milestone = milestoneTemplates.get(i);
			if (!names.add(milestone.name())) {
				throw new IllegalStateException("Duplicate demo milestone " + milestone.name());
			}
			LocalDate original = start.plusDays(Math.round(span * (i + 1) / (double) count));
			if (i < count - 1) {
				original = original.plusDays(this.random.nextInt(9) - 4);
			}
			original = weekday(original);
			if (!original.isAfter(previous)) {
				original = previous.plusDays(1);
			}
			previous = original;
			Instant milestoneCreated = clamp(created.plus(Duration.ofMinutes(3L * (i + 1))));
			String owner = (this.random.nextInt(4) == 0) ? build.name(program.ownerEmail()) : lead;
			milestones.add(milestone(build, program, template, milestone, original, milestoneCreated, owner));
		}

		boolean allClosed = milestones.stream()
			.allMatch((m) -> m.status().equals("DONE") || m.status().equals("CANCELLED"));
		String phase;
		if (allClosed) {
			phase = "CLOSED";
		}
		else if (ChronoUnit.DAYS.between(this.today, end) <= 30) {
			phase = "CLOSING";
		}
		else if (start.isAfter(this.today.minusDays(14))) {
			phase = "PLANNING";
		}
		else {
			phase = "EXECUTING";
		}
		long planned = (35 + this.random.nextInt(320)) * 10_000L;
		double elapsed = allClosed ? 1.0
				: Math.max(0.0, Math.min(1.0, ChronoUnit.DAYS.between(start, this.today) / (double) span));
		double burn = elapsed * (0.75 + this.random.nextDouble() * 0.5);
		if (this.outlook != null) {
			// on plan: spending follows the milestones done, never more than 5 points
			// ahead
			long countable = milestones.stream().filter((m) -> !m.status().equals("CANCELLED")).count();
			long done = milestones.stream().filter((m) -> m.status().equals("DONE")).count();
			double doneShare = (countable > 0) ? done / (double) countable : elapsed;
			burn = Math.min(elapsed, doneShare + 0.05) * (0.85 + this.random.nextDouble() * 0.15);
		}
		long spentCents = Math.round(planned * 100 * burn);
		Instant updated = milestones.stream().map(MilestoneRow::updatedAt).max(Instant::compareTo).orElse(created);
		if (this.outlook != null) {
			// the TPM's weekly update touches the project too, finished or not
			Instant reviewed = clamp(this.now.minus(Duration.ofHours(1 + this.random.nextInt(24 * 6))));
			updated = reviewed.isAfter(updated) ? reviewed : updated;
		}
		ProjectRow project = new ProjectRow(program.key(), template.key(), template.name(), template.description(),
				lead, phase, start, end, BigDecimal.valueOf(planned, 0).setScale(2), BigDecimal.valueOf(spentCents, 2),
				created, updated);
		if (!build.projectKeys.add(program.key() + "/" + template.key())) {
			throw new IllegalStateException("Duplicate demo project " + program.key() + "/" + template.key());
		}
		build.projects.add(project);

		Set<String> linked = new LinkedHashSet<>();
		linked.add(template.leadEmail());
		build.projectLinks.add(new ProjectLinkRow(program.key(), template.key(), template.leadEmail(), "RESPONSIBLE",
				clamp(created.plus(Duration.ofHours(1)))));
		for (Link link : template.links()) {
			build.name(link.email());
			if (linked.add(link.email())) {
				build.projectLinks.add(new ProjectLinkRow(program.key(), template.key(), link.email(), link.raciRole(),
						clamp(created.plus(Duration.ofDays(1 + this.random.nextInt(30))))));
			}
		}
		return project;
	}

	private MilestoneRow milestone(Build build, ProgramTemplate program, ProjectTemplate project,
			MilestoneTemplate template, LocalDate original, Instant created, String owner) {
		int ref = build.milestones.size();
		History history = new History(ref, owner, created);
		history.add("FORECAST", null, original, null, created);
		LocalDate baseline = original;
		LocalDate forecast = original;
		if (template.rebaselineDays() > 0) {
			baseline = weekday(original.plusDays(template.rebaselineDays()));
			Instant when = between(created, at(this.today.minusDays(10)), 0.6);
			history.add("BASELINE", original, baseline, template.rebaselineReason(), when);
			history.add("FORECAST", original, baseline, template.rebaselineReason(), when);
			forecast = baseline;
		}

		LocalDate actual = null;
		String status;
		if ("ON_HOLD".equals(program.status())) {
			LocalDate paused = this.today.plusDays(program.pausedDay());
			Instant pausedAt = clamp(at(paused));
			if (baseline.isBefore(paused)) {
				actual = baseline.plusDays(this.random.nextInt(3) == 0 ? 2 + this.random.nextInt(8) : 0);
				actual = actual.isBefore(paused) ? actual : paused.minusDays(1);
				if (actual.isAfter(forecast)) {
					history.add("FORECAST", forecast, actual, pick(DemoCatalogue.SLIP_REASONS),
							between(history.last, at(actual), 0.5));
					forecast = actual;
				}
				status = "DONE";
			}
			else if (baseline.isBefore(this.today.plusDays(60))) {
				// the work that was under way when the program stopped
				status = "BLOCKED";
			}
			else {
				LocalDate moved = weekday(forecast.plusDays(91));
				history.add("FORECAST", forecast, moved, DemoCatalogue.PAUSE_REASON, pausedAt);
				forecast = moved;
				status = "NOT_STARTED";
			}
		}
		else {
			Fate fate = fate(template.fate(), baseline);
			switch (fate) {
				case DONE_ON_TIME -> {
					actual = baseline.minusDays(this.random.nextInt(5));
					status = "DONE";
				}
				case DONE_LATE -> {
					LocalDate finished = baseline.plusDays(4 + this.random.nextInt(27));
					if (!finished.isBefore(this.today)) {
						finished = this.today.minusDays(1 + this.random.nextInt(2));
					}
					if (finished.isAfter(forecast)) {
						forecast = slip(history, forecast, finished, 1 + this.random.nextInt(2), at(finished));
					}
					actual = finished;
					status = "DONE";
				}
				case ON_TRACK ->
					status = ChronoUnit.DAYS.between(this.today, baseline) <= 30 ? "IN_PROGRESS" : "NOT_STARTED";
				case SLIPPED -> {
					LocalDate from = baseline.isAfter(this.today) ? baseline : this.today;
					LocalDate target = weekday(from.plusDays(7 + this.random.nextInt(39)));
					forecast = slip(history, forecast, target, 1 + this.random.nextInt(3), this.now);
					// a slip still open is news: its latest move came in one of the last
					// two weekly updates,
					// so "recently slipped" on the dashboards has something to show (no
					// extra random draw:
					// the rest of the generated portfolio stays as it was)
					history.moveLastTo(at(this.today.minusDays(1 + ref % 12)));
					status = ChronoUnit.DAYS.between(this.today, target) <= 60 ? "IN_PROGRESS" : "NOT_STARTED";
				}
				case OVERDUE -> {
					long room = ChronoUnit.DAYS.between(baseline, this.today) - 1;
					if (room >= 2 && this.random.nextBoolean()) {
						LocalDate target = baseline.plusDays(1 + this.random.nextInt((int) Math.min(room, 10)));
						forecast = slip(history, forecast, target, 1, at(baseline));
					}
					status = this.random.nextInt(4) == 0 ? "NOT_STARTED" : "IN_PROGRESS";
				}
				case BLOCKED -> {
					if (this.random.nextInt(5) < 3) {
						LocalDate target = weekday(forecast.plusDays(5 + this.random.nextInt(21)));
						history.add("FORECAST", forecast, target, pick(DemoCatalogue.BLOCK_REASONS),
								between(history.last, this.now, 0.7));
						forecast = target;
					}
					status = "BLOCKED";
				}
				case CANCELLED -> status = "CANCELLED";
				default -> throw new IllegalStateException("Unknown fate " + fate);
			}
		}

		Instant updated = history.last;
		if (actual != null) {
			Instant done = clamp(at(actual).plus(Duration.ofHours(8)));
			updated = done.isAfter(updated) ? done : updated;
		}
		updated = recentlyReviewed(status, created, updated);
		build.dateChanges.addAll(history.rows);
		MilestoneRow row = new MilestoneRow(ref, program.key(), project.key(), template.name(), null, owner, baseline,
				forecast, actual, status, created, updated);
		build.milestones.add(row);
		build.milestoneRefs.put(milestoneKey(program.key(), project.key(), template.name()), row);
		return row;
	}

	/**
	 * Chooses what happens to a milestone from where its baseline lies relative to today.
	 */
	private Fate fate(Fate wanted, LocalDate baseline) {
		long days = ChronoUnit.DAYS.between(this.today, baseline);
		if (wanted == null && this.outlook != null) {
			// on plan: what is due is done (mostly on time), what is not yet due is on
			// track
			if (days < 0) {
				return (this.random.nextInt(4) == 0) ? Fate.DONE_LATE : Fate.DONE_ON_TIME;
			}
			// a plan that is kept still drops the odd far-off milestone from scope
			return (days > 45 && this.random.nextInt(20) == 0) ? Fate.CANCELLED : Fate.ON_TRACK;
		}
		if (wanted != null) {
			boolean past = days < 0;
			return switch (wanted) {
				case DONE_ON_TIME, DONE_LATE, OVERDUE -> past ? wanted : Fate.SLIPPED;
				case ON_TRACK -> past ? Fate.OVERDUE : wanted;
				default -> wanted;
			};
		}
		double r = this.random.nextDouble();
		if (days <= -90) {
			// long past: nearly always finished by now, a rare straggler stays open
			return (r < 0.6) ? Fate.DONE_ON_TIME : (r < 0.96) ? Fate.DONE_LATE : Fate.OVERDUE;
		}
		if (days <= -10) {
			return (r < 0.55) ? Fate.DONE_ON_TIME
					: (r < 0.80) ? Fate.DONE_LATE : (r < 0.92) ? Fate.OVERDUE : Fate.SLIPPED;
		}
		if (days < 0) {
			return (r < 0.5) ? Fate.DONE_ON_TIME : Fate.OVERDUE;
		}
		if (days <= 45) {
			return (r < 0.5) ? Fate.ON_TRACK : (r < 0.75) ? Fate.SLIPPED : (r < 0.9) ? Fate.BLOCKED : Fate.ON_TRACK;
		}
		return (r < 0.65) ? Fate.ON_TRACK : (r < 0.87) ? Fate.SLIPPED : (r < 0.95) ? Fate.BLOCKED : Fate.CANCELLED;
	}

	/**
	 * Moves the forecast from {@code from} to {@code to} in {@code moves} recorded steps.
	 */
	private LocalDate slip(History history, LocalDate from, LocalDate to, int moves, Instant until) {
		long total = ChronoUnit.DAYS.between(from, to);
		int steps = (int) Math.max(1, Math.min(moves, total));
		Instant start = history.last;
		LocalDate current = from;
		for (int k = 1; k <= steps; k++) {
			LocalDate next = (k == steps) ? to : from.plusDays(Math.round(total * k / (double) steps));
			if (!next.isAfter(current)) {
				continue;
			}
			history.add("FORECAST", current, next, pick(DemoCatalogue.SLIP_REASONS),
					between(start, until, k / (double) (steps + 1)));
			current = next;
		}
		return current;
	}

	private List<DependencyRow> dependencies(Build build, List<DependencyTemplate> templates) {
		List<DependencyRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (DependencyTemplate template : templates) {
			MilestoneRow successor = build.milestone(template.programKey(), template.projectKey(),
					template.milestone());
			MilestoneRow predecessor = build.milestone(template.predecessorProgramKey(),
					template.predecessorProjectKey(), template.predecessorMilestone());
			// Edges only ever point from an earlier to a strictly later baseline: no
			// cycle is possible.
			if (!predecessor.baselineDate().isBefore(successor.baselineDate())
					|| !seen.add(successor.ref() + ">" + predecessor.ref())) {
				continue;
			}
			Instant later = successor.createdAt().isAfter(predecessor.createdAt()) ? successor.createdAt()
					: predecessor.createdAt();
			rows.add(new DependencyRow(successor.ref(), predecessor.ref(),
					clamp(later.plus(Duration.ofDays(1 + this.random.nextInt(10))))));
		}
		return rows;
	}

	private RiskRow risk(Build build, RiskTemplate template) {
		ProgramRow program = build.programsByKey.get(template.programKey());
		if (program == null) {
			throw new IllegalStateException("Unknown demo program " + template.programKey());
		}
		if (template.projectKey() != null
				&& !build.projectKeys.contains(template.programKey() + "/" + template.projectKey())) {
			throw new IllegalStateException("Unknown demo project " + template.projectKey());
		}
		LocalDate raised = this.today.minusDays(10 + this.random.nextInt(210));
		if (raised.isBefore(program.startDate())) {
			raised = program.startDate().plusDays(this.random.nextInt(20));
		}
		if (raised.isAfter(this.today)) {
			raised = this.today;
		}
		boolean live = template.status().equals("OPEN") || template.status().equals("MITIGATING");
		// a few live risks are past their review date, as in any real register
		LocalDate nextReview = live ? this.today.plusDays(this.random.nextInt(48) - 12) : null;
		Instant created = clamp(at(raised));
		Instant updated = clamp(created.plus(Duration.ofDays(this.random.nextInt(60))));
		updated = recentlyReviewed(live ? "OPEN" : "CLOSED", created, updated);
		return new RiskRow(template.programKey(), template.projectKey(), template.title(), template.description(),
				template.category(), template.probability(), template.impact(), build.name(template.ownerEmail()),
				template.response(), template.mitigation(), nextReview, template.status(), raised, created, updated);
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A working-day time on {@code date} in the clock's zone. */
	private Instant at(LocalDate date) {
		return date.atStartOfDay(this.zone).plusMinutes(8 * 60 + this.random.nextInt(9 * 60)).toInstant();
	}

	/** Never in the future: rows must look like they were written before now. */
	/**
	 * TPMs touch their open items in the weekly update, so most open milestones and live
	 * risks were last changed within the past week; about one in eight is left as it was,
	 * so that staleness still shows somewhere in the demo.
	 */
	private Instant recentlyReviewed(String status, Instant created, Instant updated) {
		boolean open = !status.equals("DONE") && !status.equals("CANCELLED") && !status.equals("CLOSED");
		if (!open || (this.outlook == null && this.random.nextInt(8) == 0)) {
			return updated;
		}
		Instant reviewed = this.now.minus(Duration.ofHours(1 + this.random.nextInt(24 * 6)));
		Instant latest = reviewed.isAfter(updated) ? reviewed : updated;
		return latest.isBefore(created) ? created : clamp(latest);
	}

	private Instant clamp(Instant instant) {
		return instant.isAfter(this.now) ? this.now.minusSeconds(60L + this.random.nextInt(3600)) : instant;
	}

	/**
	 * A point {@code fraction} of the way from {@code from} to {@code to}, never before
	 * {@code from}.
	 */
	private Instant between(Instant from, Instant to, double fraction) {
		Instant end = clamp(to);
		if (!end.isAfter(from)) {
			Instant minuteLater = from.plusSeconds(60);
			return minuteLater.isAfter(this.now) ? from : minuteLater;
		}
		long seconds = Duration.between(from, end).toSeconds();
		return clamp(from.plusSeconds(Math.max(60, Math.round(seconds * fraction))));
	}

	private static LocalDate weekday(LocalDate date) {
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
			return date.minusDays(1);
		}
		if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return date.plusDays(1);
		}
		return date;
	}

	private static String milestoneKey(String programKey, String projectKey, String name) {
		return programKey + "/" + projectKey + "/" + name;
	}

	/** The growing row lists of one generation run. */
	private static final class Build {

		final Map<String, Person> people;

		final List<ProgramRow> programs = new ArrayList<>();

		final Map<String, ProgramRow> programsByKey = new HashMap<>();

		final Set<String> projectKeys = new HashSet<>();

		final List<ProjectRow> projects = new ArrayList<>();

		final List<MilestoneRow> milestones = new ArrayList<>();

		final Map<String, MilestoneRow> milestoneRefs = new HashMap<>();

		final List<DateChangeRow> dateChanges = new ArrayList<>();

		final List<ProgramLinkRow> programLinks = new ArrayList<>();

		final List<ProjectLinkRow> projectLinks = new ArrayList<>();

		Build(Map<String, Person> people) {
			this.people = people;
		}

		String name(String email) {
			Person person = this.people.get(email);
			if (person == null) {
				throw new IllegalStateException("Unknown demo person " + email);
			}
			return person.name();
		}

		MilestoneRow milestone(String programKey, String projectKey, String name) {
			MilestoneRow row = this.milestoneRefs.get(milestoneKey(programKey, projectKey, name));
			if (row == null) {
				throw new IllegalStateException("Unknown demo milestone " + milestoneKey(programKey, projectKey, name));
			}
			return row;
		}

	}

	/** The date-change rows of one milestone, in order. */
	private static final class History {

		final int ref;

		final String changedBy;

		final List<DateChangeRow> rows = new ArrayList<>();

		Instant last;

		History(int ref, String changedBy, Instant created) {
			this.ref = ref;
			this.changedBy = changedBy;
			this.last = created;
		}

		void add(String kind, LocalDate oldDate, LocalDate newDate, String reason, Instant when) {
			Instant at = when.isBefore(this.last) ? this.last : when;
			this.rows.add(new DateChangeRow(this.ref, kind, oldDate, newDate, reason, at, this.changedBy));
			this.last = at;
		}

		/**
		 * Moves the latest change to a later moment (never earlier than the change before
		 * it, nor into the future).
		 */
		void moveLastTo(Instant when) {
			int lastIndex = this.rows.size() - 1;
			DateChangeRow latest = this.rows.get(lastIndex);
			Instant floor = (lastIndex > 0) ? this.rows.get(lastIndex - 1).changedAt() : latest.changedAt();
			Instant at = when.isBefore(floor) ? floor : when;
			if (at.isBefore(latest.changedAt())) {
				return;
			}
			this.rows.set(lastIndex, new DateChangeRow(latest.milestoneRef(), latest.kind(), latest.oldDate(),
					latest.newDate(), latest.reason(), at, latest.changedBy()));
			this.last = at;
		}

	}

}
