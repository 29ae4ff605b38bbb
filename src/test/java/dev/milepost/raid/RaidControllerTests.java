package dev.milepost.raid;

import java.time.LocalDate;
import java.util.List;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The register pages: lists with filters, sort and paging; detail, create and edit pages;
 * 400 for bad input, 404 for unknown records, 409 for stale edits.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class RaidControllerTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	RaidFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RaidFixtures(this.context);
	}

	// ---- lists

	@Test
	void issueListFiltersByProgramAndOverdue() {
		Program program = this.fixtures.data.program();
		String token = TestData.uniqueKey();
		IssueDetails d = this.fixtures.issueDetails(program, "x");
		this.fixtures.issues.create(new IssueDetails(d.programId(), null, "Late " + token, null, Priority.HIGH,
				d.ownerId(), RaidFixtures.today().minusDays(9), RaidFixtures.today().minusDays(1), IssueStatus.OPEN,
				null, null, null, null, null));
		this.fixtures.issue(program, "On time " + token);
		this.fixtures.issue(this.fixtures.data.program(), "Elsewhere " + token);

		assertThat(this.mvc.get().uri("/issues").param("programId", program.getId().toString())).hasStatusOk()
			.bodyText()
			.contains("Late " + token, "On time " + token, "Overdue")
			.doesNotContain("Elsewhere " + token);
		assertThat(
				this.mvc.get().uri("/issues").param("programId", program.getId().toString()).param("overdue", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("Late " + token)
			.doesNotContain("On time " + token);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/issues", "/decisions", "/actions", "/changes" })
	void everyListAnswersBadParametersWith400(String list) {
		assertThat(this.mvc.get().uri(list).param("sort", "nonsense")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cannot sort by &#39;nonsense&#39;");
		assertThat(this.mvc.get().uri(list).param("status", "BOGUS")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("is not a valid choice");
		assertThat(this.mvc.get().uri(list).param("page", "-1")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri(list + "/987654321")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(list + "/987654321/edit")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(list + "/new")).hasStatusOk();
	}

	@Test
	void decisionActionAndChangeListsShowTheirEntriesSortedAndPaged() {
		Program program = this.fixtures.data.program();
		this.fixtures.decision(program, "Decision B");
		this.fixtures.decision(program, "Decision A");
		this.fixtures.action(program, "Action one", RaidFixtures.today());
		this.fixtures.change(program, "Change one", List.of(), List.of());
		String id = program.getId().toString();

		assertThat(this.mvc.get().uri("/decisions").param("programId", id).param("sort", "title")).hasStatusOk()
			.bodyText()
			.containsSubsequence("Decision A", "Decision B");
		assertThat(this.mvc.get().uri("/decisions").param("programId", id).param("sort", "title").param("size", "1"))
			.hasStatusOk()
			.bodyText()
			.contains("Decision A", "Showing 1–1 of 2")
			.doesNotContain("Decision B");
		assertThat(this.mvc.get().uri("/actions").param("programId", id)).hasStatusOk()
			.bodyText()
			.contains("Action one", "Olivia Owner");
		assertThat(this.mvc.get().uri("/changes").param("programId", id)).hasStatusOk()
			.bodyText()
			.contains("Change one", "Sam Sponsor", "Draft");
	}

	// ---- create and edit

	@Test
	void createsAnIssueAndShowsIt() {
		Program program = this.fixtures.data.program();
		Long cfo = this.fixtures.stakeholder("Cara");
		String title = "Build farm down " + TestData.uniqueKey();

		MvcTestResult result = issueForm("/issues", program, title).param("escalationAsk", "Approve overtime")
			.param("escalatedToId", cfo.toString())
			.param("escalationNeededBy", RaidFixtures.today().plusDays(2).toString())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "“" + title + "” recorded.");
		assertThat(this.mvc.get().uri(result.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.contains(title, "Approve overtime", "Cara", RaidFixtures.today().plusDays(2).toString(), "Critical");
	}

	@Test
	void anInvalidIssueIsA400WithEachErrorByItsFieldAndTheInputKept() {
		Program program = this.fixtures.data.program();

		MvcTestResult result = issueForm("/issues", program, "Keep me", "RESOLVED")
			.param("escalationAsk", "Half an escalation")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.model()
			.extractingBindingResult("issueForm")
			.hasFieldErrors("resolution", "escalatedToId", "escalationNeededBy");
		assertThat(issueForm("/issues", program, "Keep me", "RESOLVED").exchange()).bodyText()
			.contains("value=\"Keep me\"", "Say how the issue was resolved.");
	}

	@Test
	void aStaleIssueEditIsA409ShowingTheOtherChange() {
		Program program = this.fixtures.data.program();
		Issue issue = this.fixtures.issue(program, "Before");
		long version = issue.getVersion();
		this.fixtures.issues.update(issue.getId(), version, this.fixtures.issueDetails(program, "Theirs"));

		MvcTestResult result = issueForm("/issues/" + issue.getId(), program, "Mine")
			.param("version", String.valueOf(version))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT).bodyText().contains("Theirs", "value=\"Mine\"");
		assertThat(this.fixtures.issues.get(issue.getId()).getTitle()).isEqualTo("Theirs");
	}

	@Test
	void anEditWithoutVersionIsA400() {
		Program program = this.fixtures.data.program();
		Issue issue = this.fixtures.issue(program, "No version");
		assertThat(issueForm("/issues/" + issue.getId(), program, "Changed")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void createsADecisionAndAnActionFromAnIssue() {
		Program program = this.fixtures.data.program();
		Issue issue = this.fixtures.issue(program, "Needs follow-up");

		assertThat(this.mvc.get().uri("/actions/new").param("issue", issue.getId().toString())).hasStatusOk()
			.bodyText()
			.containsPattern("<option value=\"ISSUE\"\\s+selected=\"selected\"")
			.contains("value=\"" + issue.getId() + "\"");
		MvcTestResult action = this.mvc.post()
			.uri("/actions")
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("title", "Call the vendor")
			.param("priority", "HIGH")
			.param("ownerUserId", this.fixtures.owner().getId().toString())
			.param("dueDate", RaidFixtures.today().plusDays(3).toString())
			.param("status", "OPEN")
			.param("linkKind", "ISSUE")
			.param("linkId", issue.getId().toString())
			.exchange();
		assertThat(action).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(action.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.contains("Call the vendor", "Needs follow-up", "/issues/" + issue.getId());

		MvcTestResult decision = this.mvc.post()
			.uri("/decisions")
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("title", "Switch vendor")
			.param("priority", "HIGH")
			.param("status", "NEEDED")
			.param("neededBy", RaidFixtures.today().plusDays(5).toString())
			.param("issueIds", issue.getId().toString())
			.exchange();
		assertThat(decision).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(decision.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.contains("Switch vendor", "Needed", "/issues/" + issue.getId());
	}

	@Test
	void anActionWithoutOwnerDueDateOrLinkNumberIsA400() {
		Program program = this.fixtures.data.program();
		assertThat(this.mvc.post()
			.uri("/actions")
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("title", "Nobody's")
			.param("priority", "LOW")
			.param("dueDate", "2026-13-01")
			.param("status", "OPEN")
			.param("linkKind", "ISSUE")).hasStatus(HttpStatus.BAD_REQUEST)
			.model()
			.extractingBindingResult("actionForm")
			.hasFieldErrors("ownerUserId", "dueDate", "linkId");
	}

	@Test
	void createsAChangeRequestWithItsImpactAndShowsIt() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		LocalDate beta = RaidFixtures.today().plusDays(30);
		Milestone milestone = this.fixtures.milestone(project, "Beta", beta);

		assertThat(this.mvc.get().uri("/changes/new").param("programId", program.getId().toString())).hasStatusOk()
			.bodyText()
			.contains(milestone.getName(), "moves[2].milestoneId", "budgets[2].delta");
		MvcTestResult result = this.mvc.post()
			.uri("/changes")
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("title", "Slip beta")
			.param("reason", "Vendor late")
			.param("requestedBy", "Sam Sponsor")
			.param("priority", "HIGH")
			.param("moves[0].milestoneId", milestone.getId().toString())
			.param("moves[0].newBaseline", beta.plusDays(10).toString())
			.param("moves[1].milestoneId", "")
			.param("budgets[0].projectId", project.getId().toString())
			.param("budgets[0].delta", "1500.00")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(result.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.contains("Slip beta", milestone.getName(), beta.toString(), beta.plusDays(10).toString(), "1500.00",
					"Submit for approval");
	}

	@Test
	void aChangeMovingAMilestoneToItsCurrentBaselineIsA400() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		LocalDate beta = RaidFixtures.today().plusDays(30);
		Milestone milestone = this.fixtures.milestone(project, "Beta", beta);

		assertThat(this.mvc.post()
			.uri("/changes")
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("title", "No move")
			.param("reason", "None")
			.param("requestedBy", "Sam")
			.param("priority", "LOW")
			.param("moves[0].milestoneId", milestone.getId().toString())
			.param("moves[0].newBaseline", beta.toString())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("That is the milestone&#39;s current baseline.");
	}

	// ---- history

	@Test
	void historyAndTheProgramsActivityShowRegisterChanges() {
		Program program = this.fixtures.data.program();
		Issue issue = this.fixtures.issue(program, "Before rename");
		this.fixtures.issues.update(issue.getId(), issue.getVersion(),
				this.fixtures.issueDetails(program, "After rename"));
		ChangeRequest change = this.fixtures.change(program, "Change with history", List.of(), List.of());

		assertThat(this.mvc.get().uri("/issues/" + issue.getId() + "/history")).hasStatusOk()
			.bodyText()
			.contains("Before rename", "After rename");
		assertThat(this.mvc.get().uri("/changes/" + change.getId() + "/history")).hasStatusOk()
			.bodyText()
			.contains("Change with history");
		assertThat(this.mvc.get().uri("/programs/" + program.getId() + "/activity")).hasStatusOk()
			.bodyText()
			.contains("After rename", "Change with history");
	}

	// ---- who sees what

	@Test
	void aViewerReadsButIsOfferedNoChanges() {
		Program program = this.fixtures.data.program();
		Issue issue = this.fixtures.issue(program, "Read only");
		this.fixtures.user("raid-viewer", dev.milepost.security.Role.VIEWER);

		assertThat(this.mvc.get().uri("/issues/" + issue.getId()).with(user("raid-viewer").roles("VIEWER")))
			.hasStatusOk()
			.bodyText()
			.contains("Read only")
			.doesNotContain("/issues/" + issue.getId() + "/edit");
		assertThat(this.mvc.get().uri("/issues/" + issue.getId() + "/edit").with(user("raid-viewer").roles("VIEWER")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockMvcTester.MockMvcRequestBuilder issueForm(String uri, Program program, String title) {
		return issueForm(uri, program, title, "OPEN");
	}

	private MockMvcTester.MockMvcRequestBuilder issueForm(String uri, Program program, String title, String status) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("programId", program.getId().toString())
			.param("title", title)
			.param("priority", "CRITICAL")
			.param("ownerId", this.fixtures.owner().getId().toString())
			.param("raisedOn", RaidFixtures.today().minusDays(1).toString())
			.param("status", status);
	}

}
