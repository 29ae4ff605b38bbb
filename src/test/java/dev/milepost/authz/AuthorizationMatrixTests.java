package dev.milepost.authz;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.authz.Fixtures.Principal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The authorization matrix: every state-changing endpoint of the application x every kind
 * of user, each request with a valid CSRF token, against a fresh portfolio (see
 * {@link World}).
 * <ul>
 * <li>anonymous: redirected to {@code /login};</li>
 * <li>refused (VIEWER always; a TPM who neither owns nor edits the program, except for
 * program creation and the shared stakeholder directory): 403;</li>
 * <li>allowed (ADMIN; the owning TPM; a TPM named editor; any TPM for program creation
 * and stakeholder records): a 2xx/3xx answer that really changed the database.</li>
 * </ul>
 * A refused or anonymous request must leave every row of the portfolio (and everything
 * named with its token) exactly as it was: compared column by column, versions and
 * timestamps included.
 * <p>
 * Size: 79 endpoint rows (77 POST mappings, 20 of them the issues, decisions, actions and
 * change requests (approve and reject: the program owner or an admin only), 1 the weekly
 * update's risk review, 4 the weekly reports, 2 the leadership digest subscriptions, 2
 * the digest's publication and the weekly job, 5 the account screens under
 * {@code /admin/users}, 2 the mail outbox under {@code /admin/outbox}, 1 the check of the
 * program summaries, 4 the health overrides; the milestone progress update once with htmx
 * and once without, the program/project page's link form once for a program and once for
 * a project) x 6 principals (anonymous, VIEWER, non-owner TPM, owning TPM, editor TPM,
 * ADMIN) = 474 cases. {@code /unsubscribe} is left out on purpose: anyone holding a
 * signed link may use it, without a login or CSRF token (ReportMailTests checks that it
 * works and cannot be forged). {@link #everyStateChangingEndpointIsInTheMatrix()} fails
 * when a controller gains a non-GET mapping that is not listed here.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	/** Who besides ADMIN may call an endpoint. */
	enum Rule {

		/** The owner or an editor of the program the record belongs to (or moves to). */
		PROGRAM_EDITORS(EnumSet.of(Principal.OWNER, Principal.EDITOR, Principal.ADMIN)),

		/** Any TPM: creating programs, and the shared stakeholder directory. */
		ANY_TPM(EnumSet.of(Principal.STRANGER, Principal.OWNER, Principal.EDITOR, Principal.ADMIN)),

		/**
		 * Every signed-in user, for their own settings (the leadership digest
		 * subscription).
		 */
		EVERY_USER(
				EnumSet.of(Principal.VIEWER, Principal.STRANGER, Principal.OWNER, Principal.EDITOR, Principal.ADMIN)),

		/**
		 * The program's owner (not an editor): deciding on change requests.
		 */
		PROGRAM_OWNER(EnumSet.of(Principal.OWNER, Principal.ADMIN)),

		/** Account management under {@code /admin/**}. */
		ADMIN_ONLY(EnumSet.of(Principal.ADMIN));

		final Set<Principal> allowed;

		Rule(Set<Principal> allowed) {
			this.allowed = allowed;
		}

	}

	/** What to post, worked out for a given world. */
	record Call(String uri, Map<String, String> params, Map<String, String> headers) {

		static Call of(String uri, String... params) {
			Map<String, String> map = new LinkedHashMap<>();
			for (int i = 0; i < params.length; i += 2) {
				map.put(params[i], params[i + 1]);
			}
			return new Call(uri, map, Map.of());
		}

		Call header(String name, String value) {
			Map<String, String> headers = new LinkedHashMap<>(this.headers);
			headers.put(name, value);
			return new Call(this.uri, this.params, headers);
		}

	}

	/**
	 * @param pattern the controller's mapping, e.g. {@code /programs/{id}/archive}
	 * @param variant tells rows of the same mapping apart
	 * @param prepare brings the world into the state the request needs (e.g. archived
	 * before a restore), so that an allowed request really changes something
	 */
	record Endpoint(String pattern, String variant, Rule rule, Consumer<World> prepare, Function<World, Call> call) {

		@Override
		public String toString() {
			return "POST " + this.pattern + (this.variant.isEmpty() ? "" : " (" + this.variant + ")");
		}

	}

	static final List<Endpoint> ENDPOINTS = endpoints();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	Fixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new Fixtures(this.context);
	}

	static Stream<Arguments> matrix() {
		return ENDPOINTS.stream()
			.flatMap((endpoint) -> Stream.of(Principal.values()).map((who) -> Arguments.of(endpoint, who)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void onlyThoseWithEditRightsChangeAnything(Endpoint endpoint, Principal who) {
		World world = this.fixtures.world();
		endpoint.prepare().accept(world);
		Call call = endpoint.call().apply(world);
		Map<String, List<Map<String, Object>>> before = this.fixtures.snapshot(world);

		MvcTestResult result = post(call, who);

		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (who == Principal.ANONYMOUS) {
			assertThat(status).as("status").isEqualTo(302);
			assertThat(location).as("redirect").endsWith("/login");
			assertThat(this.fixtures.snapshot(world)).as("database after a refused request").isEqualTo(before);
		}
		else if (endpoint.rule().allowed.contains(who)) {
			assertThat(status).as("status of an allowed request; body: %s", body(result)).isBetween(200, 399);
			if (location != null) {
				assertThat(location).as("redirect").doesNotEndWith("/login");
			}
			assertThat(this.fixtures.snapshot(world)).as("database after an allowed request").isNotEqualTo(before);
		}
		else {
			assertThat(status).as("status").isEqualTo(403);
			assertThat(this.fixtures.snapshot(world)).as("database after a refused request").isEqualTo(before);
		}
	}

	/**
	 * Keeps the matrix complete: every mapping that accepts a method other than
	 * GET/HEAD/OPTIONS must be one of its rows.
	 */
	@Test
	void everyStateChangingEndpointIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			boolean changing = methods.isEmpty() || methods.stream()
				.anyMatch((m) -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS);
			if (!changing) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue; // Boot's error page: renders, changes nothing
				}
				if (pattern.equals("/unsubscribe")) {
					continue; // open to anyone holding a signed token, no login:
								// ReportMailTests covers it
				}
				mapped.add(pattern);
			}
		}
		Set<String> inMatrix = new TreeSet<>();
		ENDPOINTS.forEach((endpoint) -> inMatrix.add(endpoint.pattern()));
		assertThat(inMatrix).containsExactlyElementsOf(mapped);
	}

	private MvcTestResult post(Call call, Principal who) {
		MockMvcRequestBuilder request = this.mvc.post().uri(call.uri()).with(csrf());
		if (who != Principal.ANONYMOUS) {
			request = request.with(user(who.username).roles(who.role.name()));
		}
		call.params().forEach(request::param);
		call.headers().forEach(request::header);
		return request.exchange();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ---- the rows ----

	private static List<Endpoint> endpoints() {
		List<Endpoint> rows = new ArrayList<>();
		Consumer<World> none = (w) -> {
		};
		Rule editors = Rule.PROGRAM_EDITORS;

		// programs
		rows.add(new Endpoint("/programs", "", Rule.ANY_TPM, none, (w) -> programForm("/programs", w, null)));
		rows.add(new Endpoint("/programs/{id}", "", editors, none,
				(w) -> programForm("/programs/" + w.program(), w, w.version("programs", w.program()))));
		rows.add(new Endpoint("/programs/{id}/archive", "", editors, none,
				(w) -> Call.of("/programs/" + w.emptyProgram() + "/archive")));
		rows.add(new Endpoint("/programs/{id}/restore", "", editors,
				(w) -> w.fixtures().programs.archive(w.emptyProgram()),
				(w) -> Call.of("/programs/" + w.emptyProgram() + "/restore")));
		rows.add(new Endpoint("/programs/{id}/delete", "", editors, none,
				(w) -> Call.of("/programs/" + w.emptyProgram() + "/delete")));

		// projects
		rows.add(new Endpoint("/projects", "", editors, none, (w) -> projectForm("/projects", w, null)));
		rows.add(new Endpoint("/projects/{id}", "", editors, none,
				(w) -> projectForm("/projects/" + w.project(), w, w.version("projects", w.project()))));
		rows.add(new Endpoint("/projects/{id}/archive", "", editors, none,
				(w) -> Call.of("/projects/" + w.emptyProject() + "/archive")));
		rows.add(new Endpoint("/projects/{id}/restore", "", editors,
				(w) -> w.fixtures().projects.archive(w.emptyProject()),
				(w) -> Call.of("/projects/" + w.emptyProject() + "/restore")));
		rows.add(new Endpoint("/projects/{id}/delete", "", editors, none,
				(w) -> Call.of("/projects/" + w.emptyProject() + "/delete")));

		// milestones
		rows.add(new Endpoint("/milestones", "", editors, none,
				(w) -> Call.of("/milestones", "projectId", w.project().toString(), "name",
						"Authz " + w.token() + " created", "owner", "Priya", "baselineDate", "2026-11-30", "status",
						"NOT_STARTED", "version", "0")));
		rows.add(new Endpoint("/milestones/{id}", "", editors, none,
				(w) -> Call.of("/milestones/" + w.successor(), "name", "Authz " + w.token() + " renamed", "owner",
						"Omar", "forecastDate", "2026-09-01", "status", "IN_PROGRESS", "version",
						String.valueOf(w.version("milestones", w.successor())))));
		rows.add(new Endpoint("/milestones/{id}/progress", "htmx", editors, none,
				(w) -> progress(w).header("HX-Request", "true")));
		rows.add(new Endpoint("/milestones/{id}/progress", "form", editors, none, AuthorizationMatrixTests::progress));
		rows.add(new Endpoint("/milestones/{id}/rebaseline", "", editors, none,
				(w) -> Call.of("/milestones/" + w.successor() + "/rebaseline", "baselineDate", "2026-10-15", "reason",
						"Scope grew", "version", String.valueOf(w.version("milestones", w.successor())))));
		rows.add(new Endpoint("/milestones/{id}/dependencies", "", editors, none, (w) -> Call
			.of("/milestones/" + w.successor() + "/dependencies", "predecessorId", w.freeMilestone().toString())));
		rows.add(new Endpoint("/milestones/{id}/dependencies/{predecessorId}/delete", "", editors, none,
				(w) -> Call.of("/milestones/" + w.successor() + "/dependencies/" + w.predecessor() + "/delete")));
		rows.add(new Endpoint("/milestones/{id}/archive", "", editors, none,
				(w) -> Call.of("/milestones/" + w.successor() + "/archive")));
		rows.add(new Endpoint("/milestones/{id}/restore", "", editors,
				(w) -> w.fixtures().milestones.archive(w.successor(), true),
				(w) -> Call.of("/milestones/" + w.successor() + "/restore")));
		rows.add(new Endpoint("/milestones/{id}/delete", "", editors, none,
				(w) -> Call.of("/milestones/" + w.freeMilestone() + "/delete")));

		// risks
		rows.add(new Endpoint("/risks", "", editors, none, (w) -> riskForm("/risks", w, null)));
		rows.add(new Endpoint("/risks/{id}", "", editors, none,
				(w) -> riskForm("/risks/" + w.risk(), w, w.version("risks", w.risk()))));
		rows.add(new Endpoint("/risks/{id}/archive", "", editors, none,
				(w) -> Call.of("/risks/" + w.risk() + "/archive")));
		rows.add(new Endpoint("/risks/{id}/restore", "", editors, (w) -> w.fixtures().risks.archive(w.risk()),
				(w) -> Call.of("/risks/" + w.risk() + "/restore")));
		rows.add(new Endpoint("/risks/{id}/delete", "", editors, none,
				(w) -> Call.of("/risks/" + w.risk() + "/delete")));
		// the weekly update's "reviewed, no change"
		rows.add(new Endpoint("/programs/{id}/update/risks/{riskId}/reviewed", "", editors, none,
				(w) -> Call.of("/programs/" + w.program() + "/update/risks/" + w.risk() + "/reviewed", "version",
						String.valueOf(w.version("risks", w.risk())))));

		// the rest of the register: edit rights on the program; change requests are
		// decided by the program owner (or an admin) only
		for (String kind : List.of("issues", "decisions", "actions", "changes")) {
			rows.add(new Endpoint("/" + kind, "", editors, none, (w) -> raidForm(kind, "/" + kind, w, null)));
			rows.add(new Endpoint("/" + kind + "/{id}", "", editors, none, (w) -> raidForm(kind,
					"/" + kind + "/" + raidId(kind, w), w, w.version(raidTable(kind), raidId(kind, w)))));
			rows.add(new Endpoint("/" + kind + "/{id}/archive", "", editors, none,
					(w) -> Call.of("/" + kind + "/" + raidId(kind, w) + "/archive")));
			rows.add(new Endpoint("/" + kind + "/{id}/restore", "", editors,
					(w) -> w.fixtures().jdbc.sql("update " + raidTable(kind) + " set archived = true where id = :id")
						.param("id", raidId(kind, w))
						.update(),
					(w) -> Call.of("/" + kind + "/" + raidId(kind, w) + "/restore")));
		}
		rows.add(new Endpoint("/changes/{id}/submit", "", editors, none, (w) -> changeCall(w, "submit")));
		rows.add(new Endpoint("/changes/{id}/withdraw", "", editors, none, (w) -> changeCall(w, "withdraw")));
		rows.add(new Endpoint("/changes/{id}/approve", "", Rule.PROGRAM_OWNER, (w) -> w.fixtures().submitChange(w),
				(w) -> changeCall(w, "approve")));
		rows.add(new Endpoint("/changes/{id}/reject", "", Rule.PROGRAM_OWNER, (w) -> w.fixtures().submitChange(w),
				(w) -> changeCall(w, "reject")));

		// stakeholder records: a directory shared by every TPM
		rows.add(new Endpoint("/stakeholders", "", Rule.ANY_TPM, none, (w) -> stakeholderForm("/stakeholders", w,
				"Authz " + w.token() + " created", w.token().toLowerCase() + "-created@example.org", null)));
		rows.add(new Endpoint("/stakeholders/{id}", "", Rule.ANY_TPM, none,
				(w) -> stakeholderForm("/stakeholders/" + w.stakeholder(), w, "Authz " + w.token() + " renamed",
						w.token().toLowerCase() + "-renamed@example.org", w.version("stakeholders", w.stakeholder()))));
		rows.add(new Endpoint("/stakeholders/{id}/archive", "", Rule.ANY_TPM, none,
				(w) -> Call.of("/stakeholders/" + w.stakeholder() + "/archive")));
		rows.add(new Endpoint("/stakeholders/{id}/restore", "", Rule.ANY_TPM,
				(w) -> w.fixtures().stakeholders.archive(w.stakeholder()),
				(w) -> Call.of("/stakeholders/" + w.stakeholder() + "/restore")));
		rows.add(new Endpoint("/stakeholders/{id}/delete", "", Rule.ANY_TPM, none,
				(w) -> Call.of("/stakeholders/" + w.freeStakeholder() + "/delete")));

		// stakeholder links: edit rights on the linked program or project
		rows.add(new Endpoint("/stakeholders/{id}/programs", "", editors, none,
				(w) -> Call.of("/stakeholders/" + w.freeStakeholder() + "/programs", "programId",
						w.program().toString(), "role", "INFORMED", "receivesWeeklyReport", "true")));
		rows.add(new Endpoint("/stakeholders/{id}/projects", "", editors, none,
				(w) -> Call.of("/stakeholders/" + w.freeStakeholder() + "/projects", "projectId",
						w.project().toString(), "role", "CONSULTED")));
		rows.add(new Endpoint("/stakeholders/{id}/programs/{linkId}", "", editors, none,
				(w) -> Call.of("/stakeholders/" + w.stakeholder() + "/programs/" + w.programLink(), "role", "CONSULTED",
						"version", String.valueOf(w.version("program_stakeholders", w.programLink())))));
		rows.add(new Endpoint("/stakeholders/{id}/projects/{linkId}", "", editors, none,
				(w) -> Call.of("/stakeholders/" + w.stakeholder() + "/projects/" + w.projectLink(), "role", "INFORMED",
						"version", String.valueOf(w.version("project_stakeholders", w.projectLink())))));
		rows.add(new Endpoint("/stakeholders/{id}/programs/{linkId}/delete", "", editors, none,
				(w) -> Call.of("/stakeholders/" + w.stakeholder() + "/programs/" + w.programLink() + "/delete")));
		rows.add(new Endpoint("/stakeholders/{id}/projects/{linkId}/delete", "", editors, none,
				(w) -> Call.of("/stakeholders/" + w.stakeholder() + "/projects/" + w.projectLink() + "/delete")));
		rows.add(new Endpoint("/stakeholders/links", "to a program", editors, none,
				(w) -> Call.of("/stakeholders/links", "stakeholderId", w.freeStakeholder().toString(), "programId",
						w.program().toString(), "role", "INFORMED")));
		rows.add(new Endpoint("/stakeholders/links", "to a project", editors, none,
				(w) -> Call.of("/stakeholders/links", "stakeholderId", w.freeStakeholder().toString(), "projectId",
						w.project().toString(), "role", "INFORMED")));

		// health overrides: edit rights on the program (for a project: on its program)
		rows.add(new Endpoint("/programs/{id}/health-override", "", editors, none,
				(w) -> override("/programs/" + w.program() + "/health-override")));
		rows.add(new Endpoint("/programs/{id}/health-override/clear", "", editors,
				(w) -> w.fixtures().override("program_id", w.program()),
				(w) -> Call.of("/programs/" + w.program() + "/health-override/clear")));
		rows.add(new Endpoint("/projects/{id}/health-override", "", editors, none,
				(w) -> override("/projects/" + w.project() + "/health-override")));
		rows.add(new Endpoint("/projects/{id}/health-override/clear", "", editors,
				(w) -> w.fixtures().override("project_id", w.project()),
				(w) -> Call.of("/projects/" + w.project() + "/health-override/clear")));

		// weekly reports: edit rights on the program
		rows.add(new Endpoint("/programs/{id}/reports/{week}", "", editors, none,
				(w) -> Call.of("/programs/" + w.program() + "/reports/2026-W10", "summary", "Written " + w.token())));
		rows.add(new Endpoint("/programs/{id}/reports/{week}/autosave", "", editors, none, (w) -> Call
			.of("/programs/" + w.program() + "/reports/2026-W10/autosave", "summary", "Autosaved " + w.token())));
		rows.add(new Endpoint("/programs/{id}/reports/{week}/publish", "", editors, none,
				(w) -> Call.of("/programs/" + w.program() + "/reports/2026-W10/publish", "version", "new")));
		rows.add(new Endpoint("/programs/{id}/reports/{week}/correct", "", editors,
				(w) -> w.fixtures().publishedReport(w.program(), "2026-W10"),
				(w) -> Call.of("/programs/" + w.program() + "/reports/2026-W10/correct")));

		// the leadership digest: any user for themselves, stakeholder editors for a
		// stakeholder
		rows.add(new Endpoint("/me/digest-subscription", "", Rule.EVERY_USER, (w) -> w.fixtures().digestReady(),
				(w) -> Call.of("/me/digest-subscription", "subscribe", "true")));
		rows.add(new Endpoint("/stakeholders/{id}/digest-subscription", "", Rule.ANY_TPM, none,
				(w) -> Call.of("/stakeholders/" + w.stakeholder() + "/digest-subscription", "subscribe", "true")));

		// accounts: ADMIN only
		rows.add(new Endpoint("/admin/users", "", Rule.ADMIN_ONLY, none,
				(w) -> Call.of("/admin/users", "username", "authz-new-" + w.token().toLowerCase(), "password",
						"a long enough password", "displayName", "New " + w.token(), "roles", "VIEWER", "enabled",
						"true")));
		rows.add(new Endpoint("/admin/users/{id}", "", Rule.ADMIN_ONLY, none,
				(w) -> Call.of("/admin/users/" + w.account(), "displayName", "Renamed " + w.token(), "roles", "TPM",
						"enabled", "true", "version", String.valueOf(w.version("users", w.account())))));
		rows.add(new Endpoint("/admin/users/{id}/password", "", Rule.ADMIN_ONLY, none,
				(w) -> Call.of("/admin/users/" + w.account() + "/password", "password", "another long password")));
		rows.add(new Endpoint("/admin/users/{id}/disable", "", Rule.ADMIN_ONLY, none,
				(w) -> Call.of("/admin/users/" + w.account() + "/disable")));
		rows.add(new Endpoint("/admin/users/{id}/enable", "", Rule.ADMIN_ONLY,
				(w) -> w.fixtures().users.setEnabled(w.account(), false),
				(w) -> Call.of("/admin/users/" + w.account() + "/enable")));

		// mail outbox: ADMIN only
		rows.add(new Endpoint("/admin/outbox/{id}/retry", "", Rule.ADMIN_ONLY, (w) -> w.fixtures().failedMail(w),
				(w) -> Call.of("/admin/outbox/" + w.fixtures().mailId(w) + "/retry")));
		rows.add(new Endpoint("/admin/outbox/test", "", Rule.ADMIN_ONLY, none, (w) -> Call.of("/admin/outbox/test",
				"address", "authz-test-" + w.token().toLowerCase() + "@example.org")));

		// leadership digest and weekly job: ADMIN only (each allowed call publishes the
		// week's digest again)
		rows.add(new Endpoint("/reports/digest/{week}/publish", "", Rule.ADMIN_ONLY,
				(w) -> w.fixtures().unpublishDigest("2026-W10"), (w) -> Call.of("/reports/digest/2026-W10/publish")));
		rows.add(new Endpoint("/admin/reports/weekly-run", "", Rule.ADMIN_ONLY,
				(w) -> w.fixtures().unpublishDigest(w.fixtures().previousWeek()),
				(w) -> Call.of("/admin/reports/weekly-run")));

		// the program summaries' check: ADMIN only; an allowed check finds the summary
		// the world's program was given behind the application's back, and repairs it
		rows.add(new Endpoint("/admin/summaries/check", "", Rule.ADMIN_ONLY, (w) -> w.fixtures().wrongSummary(w),
				(w) -> Call.of("/admin/summaries/check")));
		return List.copyOf(rows);
	}

	private static Call programForm(String uri, World w, Long version) {
		Fixtures f = w.fixtures();
		Call call = Call.of(uri, "key", TestData.uniqueKey(), "name", "Authz " + w.token() + " posted", "objective",
				"Objective", "description", "Description", "status", "ACTIVE", "ownerId",
				f.user(Principal.OWNER).getId().toString(), "editorIds", f.user(Principal.EDITOR).getId().toString(),
				"startDate", "2026-01-15", "targetEndDate", "2027-06-30", "budgetPlanned", "1000.00", "budgetCurrency",
				"EUR");
		if (version != null) {
			call.params().put("version", version.toString());
		}
		return call;
	}

	private static Call projectForm(String uri, World w, Long version) {
		Call call = Call.of(uri, "programId", w.program().toString(), "key", TestData.uniqueKey(), "name",
				"Authz " + w.token() + " posted", "description", "Description", "lead", "Lee Lead", "phase", "PLANNING",
				"startDate", "2026-02-01", "endDate", "2026-12-31");
		if (version != null) {
			call.params().put("version", version.toString());
		}
		return call;
	}

	private static Call riskForm(String uri, World w, Long version) {
		Call call = Call.of(uri, "programId", w.program().toString(), "projectId", w.project().toString(), "title",
				"Authz " + w.token() + " posted", "category", "SCHEDULE", "probability", "2", "impact", "5", "owner",
				"Rita Owner", "response", "AVOID", "status", "MITIGATING", "raisedDate", "2026-01-12");
		if (version != null) {
			call.params().put("version", version.toString());
		}
		return call;
	}

	private static Long raidId(String kind, World w) {
		Fixtures.RaidIds ids = w.fixtures().raid(w);
		return switch (kind) {
			case "issues" -> ids.issue();
			case "decisions" -> ids.decision();
			case "actions" -> ids.action();
			default -> ids.change();
		};
	}

	private static String raidTable(String kind) {
		return kind.equals("changes") ? "change_requests" : kind;
	}

	private static Call changeCall(World w, String what) {
		Long id = raidId("changes", w);
		return Call.of("/changes/" + id + "/" + what, "version", String.valueOf(w.version("change_requests", id)));
	}

	/** A valid form of the register entry {@code kind}, in the world's program. */
	private static Call raidForm(String kind, String uri, World w, Long version) {
		String title = "Authz " + w.token() + " posted";
		String program = w.program().toString();
		String owner = w.fixtures().user(Principal.OWNER).getId().toString();
		Call call = switch (kind) {
			case "issues" -> Call.of(uri, "programId", program, "title", title, "priority", "HIGH", "ownerId", owner,
					"raisedOn", "2026-01-12", "status", "IN_PROGRESS");
			case "decisions" -> Call.of(uri, "programId", program, "title", title, "priority", "LOW", "status",
					"NEEDED", "neededBy", "2026-03-01");
			case "actions" -> Call.of(uri, "programId", program, "title", title, "priority", "LOW", "ownerUserId",
					owner, "dueDate", "2026-02-01", "status", "OPEN");
			default -> Call.of(uri, "programId", program, "title", title, "reason", "Scope", "requestedBy", "Sam",
					"priority", "LOW", "moves[0].milestoneId", w.freeMilestone().toString(), "moves[0].newBaseline",
					"2026-12-01");
		};
		if (version != null) {
			call.params().put("version", version.toString());
		}
		return call;
	}

	private static Call stakeholderForm(String uri, World w, String name, String email, Long version) {
		Call call = Call.of(uri, "name", name, "email", email, "title", "CFO", "organisation", "Finance", "influence",
				"HIGH", "interest", "LOW");
		if (version != null) {
			call.params().put("version", version.toString());
		}
		return call;
	}

	private static Call override(String uri) {
		return Call.of(uri, "health", "GREEN", "rationale", "Authz override", "expiresOn",
				TestClock.runToday().plusDays(10).toString());
	}

	private static Call progress(World w) {
		return Call.of("/milestones/" + w.successor() + "/progress", "status", "IN_PROGRESS", "forecastDate",
				"2026-09-01", "version", String.valueOf(w.version("milestones", w.successor())));
	}

}
