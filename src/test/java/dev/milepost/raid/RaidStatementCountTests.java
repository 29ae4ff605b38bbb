package dev.milepost.raid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register pages issue a number of SQL statements that does not grow with the data
 * (no N+1): each is rendered for a program with one entry of each kind and for one with
 * ten times as many (each with its own owner, stakeholder, project and links), and the
 * counts must be equal and small.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaidStatementCountTests {

	/** The project's limit for a page. */
	private static final int MAX_STATEMENTS_PER_PAGE = 15;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StatementCounter counter;

	RaidFixtures fixtures;

	Built small;

	Built large;

	record Built(Program program, Long issue, Long decision, Long action, Long change) {
	}

	@BeforeAll
	void buildTwoSizes() {
		this.fixtures = new RaidFixtures(this.context);
		this.small = build(1);
		this.large = build(10);
	}

	Built build(int n) {
		Program program = this.fixtures.data.program();
		LocalDate today = RaidFixtures.today();
		Long issue = null;
		Long decision = null;
		Long action = null;
		Long change = null;
		List<Long> issues = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Project project = this.fixtures.data.project(program);
			Milestone milestone = this.fixtures.milestone(project, "M" + i, today.plusDays(30 + i));
			Long owner = this.fixtures.user("raid-count-" + TestData.uniqueKey().toLowerCase(), Role.TPM).getId();
			Long stakeholder = this.fixtures.stakeholder("Stakeholder " + i);
			issue = this.fixtures.issues
				.create(new IssueDetails(program.getId(), project.getId(), "Issue " + i, null, Priority.HIGH, owner,
						today.minusDays(5), today.minusDays(i % 2), IssueStatus.OPEN, null, "Ask " + i, stakeholder,
						today.plusDays(i), null))
				.getId();
			issues.add(issue);
			decision = this.fixtures.decisions
				.create(new DecisionDetails(program.getId(), project.getId(), "Decision " + i, null, null, Priority.LOW,
						DecisionStatus.NEEDED, today.plusDays(i - 2), stakeholder, null, null, null, null, Set.of(),
						Set.copyOf(issues), Set.of(milestone.getId())))
				.getId();
			action = this.fixtures.actions
				.create(new ActionDetails(program.getId(), project.getId(), "Action " + i, null, Priority.MEDIUM,
						(i % 2 == 0) ? owner : null, (i % 2 == 0) ? null : stakeholder, today.plusDays(i - 3),
						ActionStatus.OPEN, new ActionLink(ActionLink.Kind.ISSUE, issue)))
				.getId();
			change = this.fixtures.changes
				.create(new ChangeRequestDetails(program.getId(), project.getId(), "Change " + i, "Reason",
						"Requester " + i, Priority.HIGH, today.plusDays(i),
						List.of(RaidFixtures.move(milestone, today.plusDays(60 + i))),
						List.of(RaidFixtures.budget(project, "100"))))
				.getId();
		}
		return new Built(program, issue, decision, action, change);
	}

	int statementsFor(String uri, Object... vars) {
		this.counter.reset();
		assertThat(this.mvc.get().uri(uri, vars)).hasStatusOk();
		assertThat(this.counter.count()).as("statements counted for %s", uri).isPositive();
		return this.counter.count();
	}

	void assertBounded(String uri, java.util.function.Function<Built, Object[]> vars) {
		int small = statementsFor(uri, vars.apply(this.small));
		int large = statementsFor(uri, vars.apply(this.large));
		assertThat(large).as("statements for %s: small %d, large %d", uri, small, large)
			.isEqualTo(small)
			.isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
	}

	@Test
	void listPages() {
		for (String list : List.of("/issues", "/decisions", "/actions", "/changes")) {
			// a full page on both sides, so that both also run the count
			int few = statementsFor(list + "?programId={id}&size=1", this.small.program().getId());
			int many = statementsFor(list + "?programId={id}&size=10", this.large.program().getId());
			assertThat(many).as("statements for %s: 1 row %d, 10 rows %d", list, few, many)
				.isEqualTo(few)
				.isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
		}
		assertBounded("/issues?programId={id}&overdue=true&owner=user&priority=HIGH&status=OPEN&sort=escalation",
				(b) -> new Object[] { b.program().getId() });
	}

	@Test
	void detailPages() {
		assertBounded("/issues/{id}", (b) -> new Object[] { b.issue() });
		assertBounded("/decisions/{id}", (b) -> new Object[] { b.decision() });
		assertBounded("/actions/{id}", (b) -> new Object[] { b.action() });
		assertBounded("/changes/{id}", (b) -> new Object[] { b.change() });
	}

	@Test
	void formPages() {
		assertBounded("/issues/{id}/edit", (b) -> new Object[] { b.issue() });
		assertBounded("/decisions/{id}/edit", (b) -> new Object[] { b.decision() });
		assertBounded("/actions/{id}/edit", (b) -> new Object[] { b.action() });
		assertBounded("/changes/{id}/edit", (b) -> new Object[] { b.change() });
	}

}
