package dev.milepost.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.Media;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramDetails;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectDetails;
import dev.milepost.portfolio.ProjectPhase;
import dev.milepost.portfolio.ProjectService;
import dev.milepost.raid.ActionDetails;
import dev.milepost.raid.ActionLink;
import dev.milepost.raid.ActionService;
import dev.milepost.raid.ActionStatus;
import dev.milepost.raid.ChangeRequestDetails;
import dev.milepost.raid.ChangeRequestService;
import dev.milepost.raid.DecisionDetails;
import dev.milepost.raid.DecisionService;
import dev.milepost.raid.DecisionStatus;
import dev.milepost.raid.IssueDetails;
import dev.milepost.raid.IssueService;
import dev.milepost.raid.IssueStatus;
import dev.milepost.raid.Priority;
import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportService;
import dev.milepost.report.Written;
import dev.milepost.risk.RiskCategory;
import dev.milepost.risk.RiskDetails;
import dev.milepost.risk.RiskResponse;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskStatus;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.stakeholder.Level;
import dev.milepost.stakeholder.RaciRole;
import dev.milepost.stakeholder.StakeholderData;
import dev.milepost.stakeholder.StakeholderService;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page a TPM, a leader and an administrator reach, rendered by the running
 * application in Chromium, checked three ways: axe-core finds no serious or critical
 * accessibility violation at 1366x768 and at 390x844; no page is wider than a 390 px
 * viewport; and the W3C Nu HTML checker finds no error in the HTML as served (htmx's
 * {@code hx-*} attributes aside). With {@code -Dmilepost.screenshots=true} it also saves
 * screenshots of the main pages under {@code target/screenshots}.
 */
@IntegrationTest
class MarkupTests {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	ProgramService programs;

	@Autowired
	ProjectService projects;

	@Autowired
	MilestoneService milestones;

	@Autowired
	RiskService risks;

	@Autowired
	StakeholderService stakeholders;

	@Autowired
	ReportService reports;

	@Autowired
	IssueService issues;

	@Autowired
	DecisionService decisions;

	@Autowired
	ActionService actions;

	@Autowired
	ChangeRequestService changes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** The outermost elements that reach past the viewport's right edge. */
	private static final String WIDEST = """
			() => {
			  const clipped = (e) => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
			      if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
			  return Array.from(document.querySelectorAll('body *'))
			    .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e))
			    .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
			    .slice(0, 3)
			    .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
			      + ' (' + Math.round(e.getBoundingClientRect().right) + ')')
			    .join(', ');
			}
			""";

	private final List<String> findings = new ArrayList<>();

	private final Map<String, Integer> counts = new LinkedHashMap<>();

	private EmbeddedValidator nu;

	@Test
	void everyPageIsAccessibleValidAndFitsAPhone(Page page) throws IOException {
		LocalDate today = LocalDate.now(this.clock);
		String key = TestData.uniqueKey();
		String token = key.toLowerCase(Locale.ROOT);
		User tpm = this.data.user("markup-tpm-" + token, "Tess " + key, Role.TPM);
		User leader = this.data.user("markup-leader-" + token, Role.VIEWER);
		User admin = this.data.user("markup-admin-" + token, Role.ADMIN);
		Program program = this.programs.create(new ProgramDetails(key, "Markup " + key, "What the program is for.",
				"Grow revenue", ProgramStatus.ON_HOLD, tpm.getId(), Set.of(), today.minusMonths(3), today.plusMonths(9),
				new BigDecimal("250000.00"), "EUR"));
		Project core = project(program, "Core platform", today);
		Project mobile = project(program, "Mobile app", today);
		Milestone design = this.milestones.create(core.getId(), "Design signed off", "The design", "Dana",
				today.minusDays(20), null, MilestoneStatus.IN_PROGRESS, null);
		Milestone build = this.milestones.create(core.getId(), "Build complete", null, "Bo", today.plusDays(10), null,
				MilestoneStatus.BLOCKED, null);
		Milestone launch = this.milestones.create(mobile.getId(), "Store launch", null, "Lu", today.plusDays(30), null,
				MilestoneStatus.NOT_STARTED, null);
		this.milestones.create(mobile.getId(), "Beta", null, "Bea", today.minusDays(40), null, MilestoneStatus.DONE,
				today.minusDays(38));
		launch = this.milestones.updateProgress(launch.getId(), launch.getVersion(), MilestoneStatus.IN_PROGRESS,
				today.plusDays(52), null, "Vendor SDK late");
		this.milestones.addDependency(launch.getId(), build.getId());
		Long risk = this.risks
			.create(new RiskDetails(program.getId(), core.getId(), "Vendor may slip", "The SDK vendor is late.",
					RiskCategory.TECHNICAL, 4, 5, "Rita", RiskResponse.REDUCE, "Second vendor", today.minusDays(3),
					RiskStatus.OPEN, today.minusDays(30)))
			.getId();
		Long stakeholder = this.stakeholders
			.create(new StakeholderData("Sam " + key, token + "-sam@example.org", "CFO", "Finance", Level.HIGH,
					Level.HIGH))
			.getId();
		this.stakeholders.linkToProgram(stakeholder, program.getId(), RaciRole.ACCOUNTABLE, true);
		// the leader is that stakeholder: My work lists the escalation and decision asked
		// of them
		this.jdbc.sql("update users set email = :email where id = :id")
			.param("email", token + "-sam@example.org")
			.param("id", leader.getId())
			.update();
		this.stakeholders.linkToProject(stakeholder, core.getId(), RaciRole.RESPONSIBLE);
		// the register: an escalated issue, a needed decision linked to it, an action on
		// it, a
		// submitted change request moving a baseline and a budget
		Long issue = this.issues
			.create(new IssueDetails(program.getId(), core.getId(), "Build farm down", "Nightly builds fail.",
					Priority.CRITICAL, tpm.getId(), today.minusDays(4), today.minusDays(1), IssueStatus.IN_PROGRESS,
					null, "Approve two contractors", stakeholder, today.plusDays(2), null))
			.getId();
		Long decision = this.decisions
			.create(new DecisionDetails(program.getId(), null, "Cut scope or move the date", "Vendor late",
					"A: cut scope; B: move", Priority.HIGH, DecisionStatus.NEEDED, today.plusDays(5), stakeholder, null,
					null, null, null, Set.of(risk), Set.of(issue), Set.of(launch.getId())))
			.getId();
		Long action = this.actions
			.create(new ActionDetails(program.getId(), core.getId(), "Call the vendor", null, Priority.MEDIUM,
					tpm.getId(), null, today.plusDays(3), ActionStatus.OPEN,
					new ActionLink(ActionLink.Kind.ISSUE, issue)))
			.getId();
		Long change = this.changes
			.create(new ChangeRequestDetails(program.getId(), null, "Re-plan the launch", "Vendor SDK late",
					"Sam Sponsor", Priority.HIGH, today.plusDays(4),
					List.of(new ChangeRequestDetails.Move(launch.getId(), today.plusDays(60))),
					List.of(new ChangeRequestDetails.Budget(mobile.getId(), new BigDecimal("12000")))))
			.getId();
		this.changes.submit(change, this.changes.get(change).getVersion());
		IsoWeek week = IsoWeek.current(this.clock);
		IsoWeek lastWeek = week.previous();
		this.reports.saveDraft(program.getId(), lastWeek,
				new Written("A calm week.", "Design done", null, null, null, "Build"), null);
		this.reports.publish(program.getId(), lastWeek);
		this.reports.saveDraft(program.getId(), week, new Written("This week.", null, null, null, null, null), null);
		Long digestWeekExists = this.jdbc.sql("select count(*) from digests").query(Long.class).single();

		String p = "/programs/" + program.getId();
		List<String> tpmPages = new ArrayList<>(List.of("/", "/?page=1", "/me", "/reports/digest", "/programs",
				"/programs?owner=" + tpm.getDisplayName(), p, p + "/edit", "/programs/new", p + "/roadmap",
				p + "/trend", p + "/activity", p + "/history", p + "/health-override", p + "/reports",
				p + "/reports/" + week, p + "/reports/" + lastWeek, p + "/reports/" + lastWeek + "/diff",
				p + "/reports/" + week + "/diff", "/projects", "/projects/" + core.getId(),
				"/projects/" + core.getId() + "/edit", "/projects/new?programId=" + program.getId(),
				"/projects/" + core.getId() + "/trend", "/projects/" + core.getId() + "/history",
				"/projects/" + core.getId() + "/health-override", "/milestones",
				"/milestones?programId=" + program.getId(), "/milestones/" + launch.getId(),
				"/milestones/" + launch.getId() + "/edit", "/milestones/new?projectId=" + core.getId(),
				"/milestones/" + launch.getId() + "/history", "/risks", "/risks/" + risk, "/risks/" + risk + "/edit",
				"/risks/new?programId=" + program.getId(), "/risks/" + risk + "/history", "/stakeholders",
				"/stakeholders/" + stakeholder, "/stakeholders/" + stakeholder + "/edit", "/stakeholders/new",
				"/stakeholders/" + stakeholder + "/history", "/stakeholders/links/new?programId=" + program.getId(),
				"/programs/999999999", "/milestones?page=-1", "/admin/users", "/issues",
				"/issues?programId=" + program.getId() + "&overdue=true", "/issues/" + issue,
				"/issues/" + issue + "/edit", "/issues/new?programId=" + program.getId(), "/decisions",
				"/decisions/" + decision, "/decisions/" + decision + "/edit",
				"/decisions/new?programId=" + program.getId(), "/actions", "/actions/" + action,
				"/actions/" + action + "/edit", "/actions/new?issue=" + issue, "/changes", "/changes/" + change,
				"/changes/" + change + "/edit", "/changes/new?programId=" + program.getId()));
		// the weekly update and the publish confirmation of this week's draft
		tpmPages.add(p + "/update");
		tpmPages.add(p + "/reports/" + week + "/publish");
		List<String> leaderPages = List.of("/", "/me", p, "/programs/" + program.getId() + "/reports/" + lastWeek,
				"/reports/digest", "/reports/digest/" + week, "/risks", "/programs/new", "/issues", "/issues/" + issue,
				"/changes/" + change);
		List<String> adminPages = new ArrayList<>(List.of("/admin/users", "/admin/users/new",
				"/admin/users/" + tpm.getId() + "/edit", "/admin/users/" + tpm.getId() + "/password", "/admin/outbox",
				"/admin/summaries", "/", "/unsubscribe?token=nonsense"));
		if (digestWeekExists > 0) {
			adminPages.add("/reports/digest/" + lastWeek);
		}

		this.nu = new EmbeddedValidator();
		this.nu.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		this.nu.setNoLangDetect(true);
		Browser chromium = page.context().browser();
		check(chromium, "anonymous", null, List.of("/login"));
		check(chromium, "tpm", tpm, tpmPages);
		check(chromium, "leader", leader, leaderPages);
		check(chromium, "admin", admin, adminPages);

		Path report = Paths.get("target", "markup-report.txt");
		Files.createDirectories(report.getParent());
		StringBuilder summary = new StringBuilder();
		this.counts.forEach((what, n) -> summary.append(what).append(": ").append(n).append('\n'));
		summary.append("\n").append(String.join("\n", this.findings)).append('\n');
		Files.writeString(report, summary);
		assertTrue(this.findings.isEmpty(), () -> this.findings.size() + " findings (also in " + report + "):\n"
				+ String.join("\n", this.findings));
	}

	private Project project(Program program, String name, LocalDate today) {
		return this.projects.create(new ProjectDetails(program.getId(), TestData.uniqueKey(), name, "About " + name,
				"Lee Lead", ProjectPhase.EXECUTING, today.minusMonths(2), today.plusMonths(6), new BigDecimal("50000"),
				new BigDecimal("20000")));
	}

	private void check(Browser chromium, String who, User user, List<String> allPaths) {
		// -Dmarkup.only=regex checks only matching paths (a quick look while fixing one
		// page)
		String only = System.getProperty("markup.only");
		List<String> paths = (only == null) ? allPaths : allPaths.stream().filter((p) -> p.matches(only)).toList();
		for (boolean phone : new boolean[] { false, true }) {
			BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setBypassCSP(true)
				.setViewportSize(phone ? 390 : 1366, phone ? 844 : 768));
			try {
				Page page = context.newPage();
				if (user != null) {
					signIn(page, user);
				}
				for (String path : paths) {
					String where = who + " " + path + (phone ? " @390" : " @1366");
					Response response = page.navigate(base() + path);
					if (response == null || response.status() >= 500) {
						this.findings.add(where + ": HTTP " + ((response != null) ? response.status() : "none"));
						continue;
					}
					axe(page, where);
					if (phone) {
						int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
						count("pages checked at 390", 1);
						if (width > 390) {
							this.findings
								.add(where + ": page is " + width + " px wide, because of " + page.evaluate(WIDEST));
						}
					}
					else {
						count("pages checked at 1366", 1);
						nu(where,
								context.request()
									.get(base() + path, RequestOptions.create().setHeader("Accept", "text/html"))
									.text());
						screenshot(page, who, path, phone);
					}
				}
				if (phone) {
					paths.stream().limit(6).forEach((path) -> {
						page.navigate(base() + path);
						screenshot(page, who, path, true);
					});
				}
			}
			finally {
				context.close();
			}
		}
	}

	private void signIn(Page page, User user) {
		page.navigate(base() + "/login");
		page.getByLabel("User name").fill(user.getUsername());
		page.getByLabel("Password").fill(user.getUsername() + "-password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByText("Signed in as " + user.getUsername())).isAttached();
	}

	private void axe(Page page, String where) {
		AxeResults results = new AxeBuilder(page).withTags(AXE_TAGS).analyze();
		for (Rule rule : results.getViolations()) {
			if (BLOCKING.contains(rule.getImpact())) {
				count("axe serious/critical", rule.getNodes().size());
				this.findings.add(where + ": axe " + rule.getId() + " (" + rule.getImpact() + ") on "
						+ rule.getNodes().stream().limit(3).map(describe()).toList());
			}
		}
	}

	private static Function<CheckedNode, String> describe() {
		return (node) -> String.valueOf(node.getTarget()) + " " + abbreviate(node.getFailureSummary());
	}

	private void nu(String where, String html) {
		try {
			String json = this.nu.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			JsonNode messages = JsonMapper.shared().readTree(json).path("messages");
			for (JsonNode message : messages) {
				String type = message.path("type").asString();
				String text = message.path("message").asString();
				if (!"error".equals(type) && !"non-document-error".equals(type)) {
					continue;
				}
				if (text.contains("“hx-")) {
					continue;
				}
				count("nu errors", 1);
				this.findings.add(where + ": nu line " + message.path("lastLine").asInt() + ": " + abbreviate(text)
						+ " [" + abbreviate(message.path("extract").asString()) + "]");
			}
		}
		catch (IOException | org.xml.sax.SAXException ex) {
			this.findings.add(where + ": nu failed: " + ex);
		}
	}

	private void screenshot(Page page, String who, String path, boolean phone) {
		if (!Boolean.getBoolean("milepost.screenshots")) {
			return;
		}
		String name = (who + path).replaceAll("[^A-Za-z0-9]+", "_") + (phone ? "-390" : "-1366") + ".png";
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name)).setFullPage(phone));
		if (!phone && (path.contains("/reports/") || path.matches("/programs/\\d+"))) {
			// what paper gets: the RAG colours must survive
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Paths.get("target", "screenshots", name.replace(".png", "-print.png")))
				.setFullPage(true));
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		}
	}

	private void count(String what, int n) {
		this.counts.merge(what, n, Integer::sum);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static String abbreviate(String text) {
		String oneLine = String.valueOf(text).replaceAll("\\s+", " ").trim();
		return (oneLine.length() > 160) ? oneLine.substring(0, 160) + "…" : oneLine;
	}

}
