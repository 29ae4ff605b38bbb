package dev.milepost.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import dev.milepost.demo.DemoCatalogue.DependencyTemplate;
import dev.milepost.demo.DemoCatalogue.Link;
import dev.milepost.demo.DemoCatalogue.MilestoneTemplate;
import dev.milepost.demo.DemoCatalogue.Outlook;
import dev.milepost.demo.DemoCatalogue.Person;
import dev.milepost.demo.DemoCatalogue.ProgramTemplate;
import dev.milepost.demo.DemoCatalogue.ProjectTemplate;
import dev.milepost.demo.DemoCatalogue.RiskTemplate;

/**
 * Templates for the {@link DemoScale#MEDIUM medium} and {@link DemoScale#LARGE large}
 * demo: the small catalogue as it is, plus generated programs that recombine its
 * projects, milestones, people and risks with themes and business units, up to the
 * scale's exact counts. The {@link DemoPortfolioGenerator} turns them into rows as it
 * does for the small demo, so dates, milestone states and forecast history follow the
 * same rules.
 */
final class DemoScaledCatalogue {

	/**
	 * Everything the generator needs; {@code demoTpmPrograms} are the program keys the
	 * demo TPM owns.
	 */
	record Content(List<Person> people, List<ProgramTemplate> programs, List<DependencyTemplate> dependencies,
			List<RiskTemplate> risks, Set<String> demoTpmPrograms) {
	}

	/**
	 * A program theme: key prefix (never starting with T), name, description and
	 * objective.
	 */
	private record Theme(String prefix, String name, String description, String objective) {
	}

	private static final List<Theme> THEMES = List.of(
			theme("PAY", "Payments modernisation",
					"Move card and transfer processing for %s to the new payments platform.",
					"All %s payment volume on the new platform by year end."),
			theme("CLOUD", "Cloud migration",
					"Move the applications of %s out of the data centre onto the landing zone.",
					"Exit the data centre for %s and cut hosting cost by 25%%."),
			theme("DATA", "Data platform adoption", "Feed the reporting of %s from the governed lakehouse.",
					"Serve %s reporting from one governed source."),
			theme("MOBILE", "Mobile experience", "Bring the new app and design system to customers of %s.",
					"Raise the app rating of %s above 4.5."),
			theme("SEC", "Security certification", "Design and evidence the controls %s needs for its certification.",
					"An unqualified audit report for %s within twelve months."),
			theme("CRM", "CRM consolidation", "Consolidate the customer systems of %s into one CRM.",
					"One customer record for %s."),
			theme("ERP", "ERP replacement", "Replace the finance and procurement system of %s.",
					"Close the books of %s in three days."),
			theme("HR", "HR systems renewal", "Move %s to the group HR and payroll platform.",
					"One HR record per employee of %s."),
			theme("OPS", "IT operations automation", "Automate monitoring, patching and incident response for %s.",
					"Halve the mean time to recover for %s."),
			theme("NET", "Network refresh", "Replace end-of-life network equipment across %s.",
					"No unsupported network device in %s."),
			theme("AI", "AI assistants for operations", "Introduce AI assistants for the service teams of %s.",
					"Answer 30%% of %s service requests without hand-off."),
			theme("CX", "Customer experience programme", "Redesign the top customer journeys of %s.",
					"Raise the net promoter score of %s by ten points."),
			theme("REG", "Regulatory reporting", "Automate the regulatory returns of %s.",
					"File every %s return on time from the new platform."),
			theme("OPENAPI", "Open banking APIs", "Expose the account and payment APIs of %s to partners.",
					"Twenty partners live on the %s APIs."),
			theme("BRANCH", "Branch digitisation", "Give the branches of %s digital onboarding and paperless forms.",
					"Paperless account opening in every %s branch."),
			theme("LOAN", "Lending platform", "Move the loan origination of %s to the new lending platform.",
					"Same-day loan decisions for %s customers."),
			theme("WEB", "Website replatforming", "Move the public websites of %s to the shared content platform.",
					"One content platform for all %s sites."),
			theme("IDENT", "Identity and access", "Single sign-on and access reviews for every system of %s.",
					"Quarterly access reviews for all %s systems."),
			theme("ESG", "Sustainability reporting", "Collect and report the emissions data of %s.",
					"An assured sustainability report for %s."),
			theme("PROC", "Procurement automation", "Automate purchasing and supplier onboarding for %s.",
					"Purchase orders for %s approved in one day."));

	private static final List<String> UNITS = List.of("Nordics", "DACH", "Benelux", "Iberia", "UK and Ireland",
			"France", "Italy", "Poland", "Baltics", "North America", "Canada", "Brazil", "Mexico", "India", "Singapore",
			"Australia", "Japan", "South Africa", "Retail Banking", "Corporate Banking", "Wealth Management",
			"Insurance", "Group Functions", "Cards", "Treasury", "Asset Finance", "Private Banking", "Middle East");

	private static final List<String> EXTRA_FIRST_NAMES = List.of("Anna", "Ahmed", "Bianca", "Carlos", "Dana", "Erik",
			"Farah", "Gabriel", "Hugo", "Ines", "Jakub", "Kavya", "Leila", "Mateo", "Nina", "Oscar", "Paula", "Quentin",
			"Rosa", "Stefan", "Ulla", "Vera", "William", "Xavier", "Yara", "Zoe", "Amir", "Beatriz", "Connor", "Dmitri",
			"Esther", "Felix", "Greta", "Ivan", "Julia", "Karim", "Lena", "Marta", "Nikolai", "Olga", "Pedro", "Rahul",
			"Sara", "Ulrich", "Valentina", "Wei", "Zainab");

	private static final List<String> EXTRA_LAST_NAMES = List.of("Andersson", "Bauer", "Chen", "Dubois", "Eriksen",
			"Ferreira", "Garcia", "Hansen", "Ivanova", "Jansen", "Kowalski", "Larsen", "Martin", "Nielsen", "Olsen",
			"Pereira", "Quinn", "Rodriguez", "Santos", "Horvath", "Ueda", "Virtanen", "Wagner", "Yilmaz", "Zimmermann",
			"Ali", "Berg", "Costa", "Dahl", "Eklund", "Fontaine", "Gomez", "Hoffmann", "Ibrahim", "Jovanovic", "Kaur",
			"Lopez", "Meyer", "Nowak", "Oliveira", "Patel", "Richter", "Singh", "Vargas", "Wong", "Young", "Zhang");

	/** The catalogue's first names and more, for generated people. */
	private static final List<String> FIRST_NAMES = names(0, EXTRA_FIRST_NAMES);

	/** The catalogue's last names and more. */
	private static final List<String> LAST_NAMES = names(1, EXTRA_LAST_NAMES);

	/** Milestones that fit the start of any project, in order. */
	private static final List<String> EARLY_MILESTONES = List.of("Business case approved", "Project charter signed",
			"Requirements baseline", "Architecture review passed", "Vendor onboarding complete",
			"Test strategy signed off", "Design approved", "Environments provisioned", "Security design review passed",
			"Build started");

	/** Milestones that fit the end of any project, in order. */
	private static final List<String> LATE_MILESTONES = List.of("Integration testing complete",
			"Performance test passed", "Data migration rehearsal", "User acceptance testing complete",
			"Operational readiness review", "Training delivered", "Go/no-go decision", "Production release",
			"Hypercare closed", "Benefits review");

	private static final List<String> REBASELINE_REASONS = List.of(
			"Re-baselined after the steering committee approved a scope change request",
			"Re-baselined: vendor contract renegotiated with a new delivery plan",
			"Re-baselined to the revised regulatory deadline",
			"Re-baselined after the budget review moved funding to the next quarter");

	private static final List<String> OTHER_ROLES = List.of("CONSULTED", "CONSULTED", "INFORMED", "INFORMED",
			"RESPONSIBLE");

	private final Random random;

	private final DemoScale scale;

	private final List<ProjectTemplate> projectTemplates;

	private final Set<String> names = new HashSet<>();

	private final Set<String> emails = new HashSet<>();

	private final List<Person> people = new ArrayList<>();

	private DemoScaledCatalogue(DemoScale scale, Random random) {
		this.scale = scale;
		this.random = random;
		this.projectTemplates = DemoCatalogue.PROGRAMS.stream().flatMap((p) -> p.projects().stream()).toList();
	}

	static Content generate(DemoScale scale, Random random) {
		return new DemoScaledCatalogue(scale, random).content();
	}

	private Content content() {
		List<ProgramTemplate> small = DemoCatalogue.PROGRAMS;
		int smallProjects = this.projectTemplates.size();
		int smallMilestones = this.projectTemplates.stream().mapToInt((p) -> p.milestones().size()).sum();
		int programCount = this.scale.programs() - small.size();
		int[] projectsPerProgram = split(this.scale.projects() - smallProjects, programCount, 3);
		int generatedProjects = this.scale.projects() - smallProjects;
		int[] milestonesPerProject = split(this.scale.milestones() - smallMilestones, generatedProjects, 2);

		for (Person person : DemoCatalogue.PEOPLE) {
			this.names.add(person.name());
			this.emails.add(person.email());
			this.people.add(person);
		}
		// program owners first, so they get plain first/last name combinations
		List<Person> tpms = new ArrayList<>();
		for (int i = 0; i < Math.max(5, programCount / 5); i++) {
			tpms.add(newPerson((i % 3 == 0) ? "Senior Technical Program Manager" : "Technical Program Manager",
					"Program Management Office", "MEDIUM", "HIGH"));
		}
		List<Person> executives = new ArrayList<>();
		for (int i = 0; i < Math.max(5, programCount / 4); i++) {
			Person model = DemoCatalogue.PEOPLE.get(this.random.nextInt(DemoCatalogue.PEOPLE.size()));
			executives.add(
					newPerson("Head of " + pick(UNITS), model.organisation(), "HIGH", pick(List.of("HIGH", "MEDIUM"))));
		}
		List<String> levels = List.of("LOW", "MEDIUM", "HIGH");
		while (this.people.size() < this.scale.stakeholders()) {
			Person model = DemoCatalogue.PEOPLE.get(this.random.nextInt(DemoCatalogue.PEOPLE.size()));
			newPerson(model.title(), model.organisation(), pick(levels), pick(levels));
		}
		List<Person> everyone = List.copyOf(this.people);

		List<ProgramTemplate> programs = new ArrayList<>(small);
		Set<String> demoTpmPrograms = new HashSet<>(DemoPortfolioGenerator.smallDemoTpmPrograms());
		Set<String> keys = new HashSet<>();
		small.forEach((p) -> keys.add(p.key()));
		int[] counters = new int[THEMES.size()];
		int milestoneIndex = 0;
		// the demo TPM owns every tenth program, but about 50 at most, so that "my work"
		// is the same size at every scale from large up
		int tpmEvery = Math.max(10, (programCount + 49) / 50);
		for (int i = 0; i < programCount; i++) {
			int themeIndex = this.random.nextInt(THEMES.size());
			Theme theme = THEMES.get(themeIndex);
			String key;
			do {
				key = theme.prefix() + (++counters[themeIndex] + 1);
			}
			while (!keys.add(key));
			String unit = pick(UNITS);
			Person owner = tpms.get(this.random.nextInt(tpms.size()));
			Person sponsor = executives.get(this.random.nextInt(executives.size()));
			List<Person> team = new ArrayList<>();
			for (int k = 0; k < 6 + this.random.nextInt(10); k++) {
				team.add(everyone.get(this.random.nextInt(everyone.size())));
			}
			List<ProjectTemplate> projects = new ArrayList<>();
			List<ProjectTemplate> shuffled = new ArrayList<>(this.projectTemplates);
			Collections.shuffle(shuffled, this.random);
			Set<String> projectKeys = new HashSet<>();
			for (int j = 0; j < projectsPerProgram[i]; j++) {
				ProjectTemplate model = shuffled.get(j % shuffled.size());
				String projectKey = model.key();
				for (int n = 2; !projectKeys.add(projectKey); n++) {
					String suffix = Integer.toString(n);
					projectKey = model.key().substring(0, Math.min(model.key().length(), 10 - suffix.length()))
							+ suffix;
				}
				String name = (j < shuffled.size()) ? model.name()
						: model.name() + " (phase " + (j / shuffled.size() + 1) + ")";
				projects
					.add(project(projectKey, name, model, pick(team), team, milestonesPerProject[milestoneIndex++]));
			}
			boolean onHold = this.random.nextInt(100) < 8;
			List<Link> links = new ArrayList<>();
			links.add(new Link(sponsor.email(), "ACCOUNTABLE", true));
			links.add(new Link(owner.email(), "RESPONSIBLE", true));
			for (int k = 0; k < 2 + this.random.nextInt(4); k++) {
				links.add(new Link(pick(team).email(), pick(OTHER_ROLES), this.random.nextInt(4) == 0));
			}
			// a plausible mix for a leader: about a third on plan, a third watched, a
			// third left to chance
			int mood = this.random.nextInt(100);
			Outlook outlook = (onHold || mood >= 66) ? null : (mood < 33) ? Outlook.CALM : Outlook.WATCH;
			programs.add(new ProgramTemplate(key, theme.name() + ": " + unit, onHold ? "ON_HOLD" : "ACTIVE",
					owner.email(), pick(List.of("USD", "USD", "EUR", "EUR", "GBP")),
					theme.description().formatted(unit), theme.objective().formatted(unit),
					onHold ? -(10 + this.random.nextInt(80)) : 0, projects, links, outlook));
			if (i % tpmEvery == 0) {
				demoTpmPrograms.add(key);
			}
		}
		List<ProgramTemplate> generated = programs.subList(small.size(), programs.size());
		return new Content(everyone, programs, dependencies(programs, generated), risks(generated, everyone),
				demoTpmPrograms);
	}

	private ProjectTemplate project(String key, String name, ProjectTemplate model, Person lead, List<Person> team,
			int milestoneCount) {
		int startDay = -420 + this.random.nextInt(510);
		int endDay = startDay + 120 + this.random.nextInt(420);
		List<String> milestoneNames = new ArrayList<>(
				model.milestones().stream().map(MilestoneTemplate::name).toList());
		List<String> earlyNames = EARLY_MILESTONES.stream().filter((n) -> !milestoneNames.contains(n)).toList();
		List<String> lateNames = LATE_MILESTONES.stream().filter((n) -> !milestoneNames.contains(n)).toList();
		int early = 0;
		int late = 0;
		int releases = 0;
		while (milestoneNames.size() < milestoneCount) {
			boolean takeEarly = early < earlyNames.size() && (this.random.nextBoolean() || late >= lateNames.size());
			if (takeEarly) {
				// the early ones keep their natural order before the project's own
				// milestones
				milestoneNames.add(early, earlyNames.get(early++));
			}
			else if (late < lateNames.size()) {
				milestoneNames.add(lateNames.get(late++));
			}
			else {
				milestoneNames.add("Follow-up release " + (++releases));
			}
		}
		while (milestoneNames.size() > milestoneCount) {
			milestoneNames.remove(this.random.nextInt(milestoneNames.size()));
		}
		List<MilestoneTemplate> milestones = new ArrayList<>();
		for (String milestoneName : milestoneNames) {
			milestones.add((this.random.nextInt(25) == 0)
					? new MilestoneTemplate(milestoneName, null, 14 + this.random.nextInt(40), pick(REBASELINE_REASONS))
					: new MilestoneTemplate(milestoneName, null, 0, null));
		}
		List<Link> links = new ArrayList<>();
		for (int k = 0; k < this.random.nextInt(3); k++) {
			links.add(new Link(pick(team).email(), pick(List.of("CONSULTED", "INFORMED", "ACCOUNTABLE")), false));
		}
		return new ProjectTemplate(key, name, lead.email(), model.description(), startDay, endDay, milestones, links);
	}

	/**
	 * About one dependency per project, mostly inside the program, some across programs.
	 */
	private List<DependencyTemplate> dependencies(List<ProgramTemplate> all, List<ProgramTemplate> generated) {
		List<DependencyTemplate> dependencies = new ArrayList<>(DemoCatalogue.DEPENDENCIES);
		for (int i = 0; i < generated.size(); i++) {
			ProgramTemplate program = generated.get(i);
			for (ProjectTemplate project : program.projects()) {
				int count = (this.random.nextInt(10) < 6) ? 1 : (this.random.nextInt(2) == 0) ? 2 : 0;
				for (int k = 0; k < count; k++) {
					ProgramTemplate other = (this.random.nextInt(4) == 0)
							? all.get(Math.max(0, all.size() - generated.size() + i - 1 - this.random.nextInt(8)))
							: program;
					ProjectTemplate predecessor = other.projects().get(this.random.nextInt(other.projects().size()));
					if (other == program && predecessor == project) {
						continue;
					}
					dependencies.add(new DependencyTemplate(program.key(), project.key(),
							project.milestones().get(this.random.nextInt(project.milestones().size())).name(),
							other.key(), predecessor.key(),
							predecessor.milestones().get(this.random.nextInt(predecessor.milestones().size())).name()));
				}
			}
		}
		return dependencies;
	}

	/** The small demo's risks, then variations of them on the generated programs. */
	private List<RiskTemplate> risks(List<ProgramTemplate> generated, List<Person> everyone) {
		List<RiskTemplate> risks = new ArrayList<>(DemoCatalogue.RISKS);
		while (risks.size() < this.scale.risks()) {
			RiskTemplate model = pick(DemoCatalogue.RISKS);
			ProgramTemplate program = generated.get(this.random.nextInt(generated.size()));
			String projectKey = (model.projectKey() != null)
					? program.projects().get(this.random.nextInt(program.projects().size())).key() : null;
			int probability = model.probability();
			int impact = model.impact();
			if (this.random.nextInt(3) == 0) {
				probability = 1 + this.random.nextInt(5);
				impact = 1 + this.random.nextInt(5);
			}
			// live risks stay below the AMBER score (15) on a calm program, below RED
			// (20) on a watched one
			int ceiling = (program.outlook() == Outlook.CALM) ? 14 : (program.outlook() == Outlook.WATCH) ? 19 : 25;
			while (probability * impact > ceiling) {
				probability--;
			}
			String owner = (this.random.nextBoolean()) ? program.ownerEmail()
					: everyone.get(this.random.nextInt(everyone.size())).email();
			risks.add(new RiskTemplate(program.key(), projectKey, model.title(), model.category(), probability, impact,
					model.response(), model.status(), owner, model.description(), model.mitigation()));
		}
		return risks;
	}

	/**
	 * A person with a name not used before; first/last combinations, then with a middle
	 * initial.
	 */
	private Person newPerson(String title, String organisation, String influence, String interest) {
		String name = null;
		for (int attempt = 0; attempt < 8 && name == null; attempt++) {
			String candidate = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
			name = this.names.contains(candidate) ? null : candidate;
		}
		while (name == null) {
			String candidate = pick(FIRST_NAMES) + " " + (char) ('A' + this.random.nextInt(26)) + ". "
					+ pick(LAST_NAMES);
			name = this.names.contains(candidate) ? null : candidate;
		}
		String email = name.toLowerCase(Locale.ROOT).replace("'", "").replace(". ", ".").replace(' ', '.')
				+ "@example.com";
		if (!this.emails.add(email) || !this.names.add(name)) {
			throw new IllegalStateException("Duplicate generated person " + name);
		}
		Person person = new Person(name, email, title, organisation, influence, interest);
		this.people.add(person);
		return person;
	}

	private static List<String> names(int part, List<String> extra) {
		Set<String> names = new LinkedHashSet<>();
		for (Person person : DemoCatalogue.PEOPLE) {
			String[] parts = person.name().split(" ", 2);
			names.add(parts[part]);
		}
		names.addAll(extra);
		return List.copyOf(names);
	}

	/**
	 * Splits {@code total} into {@code parts} random sizes of at least {@code min} that
	 * add up to exactly {@code total}.
	 */
	private int[] split(int total, int parts, int min) {
		if (parts <= 0 || total < parts * min) {
			throw new IllegalStateException("Cannot split " + total + " into " + parts + " parts of " + min);
		}
		int[] sizes = new int[parts];
		double[] weights = new double[parts];
		double sum = 0;
		for (int i = 0; i < parts; i++) {
			weights[i] = 0.5 + this.random.nextDouble();
			sum += weights[i];
		}
		int rest = total - parts * min;
		int given = 0;
		for (int i = 0; i < parts; i++) {
			sizes[i] = min + (int) Math.floor(rest * weights[i] / sum);
			given += sizes[i] - min;
		}
		for (int left = rest - given; left > 0; left--) {
			sizes[this.random.nextInt(parts)]++;
		}
		return sizes;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static Theme theme(String prefix, String name, String description, String objective) {
		return new Theme(prefix, name, description, objective);
	}

}
