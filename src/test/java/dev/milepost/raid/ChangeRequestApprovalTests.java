package dev.milepost.raid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.milepost.IntegrationTest;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramDetails;
import dev.milepost.portfolio.ProgramService;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.portfolio.Project;
import dev.milepost.portfolio.ProjectService;
import dev.milepost.security.Role;
import dev.milepost.security.User;
import dev.milepost.shared.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Approving a change request applies it in one transaction: exactly the baselines it
 * names move (with baseline rows in the date history naming the request) and the budgets
 * change; a failure midway, a stale request, a rejection or a withdrawal changes nothing;
 * only the program owner or an admin approves.
 */
@IntegrationTest
class ChangeRequestApprovalTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectService projects;

	@Autowired
	ProgramService programs;

	@Autowired
	MockMvcTester mvc;

	RaidFixtures fixtures;

	User admin;

	@BeforeEach
	void fixtures() {
		this.fixtures = new RaidFixtures(this.context);
		this.admin = this.fixtures.user("raid-admin", Role.ADMIN);
	}

	@Test
	void approvalMovesExactlyTheNamedBaselinesWithHistoryAndChangesBudgets() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		LocalDate beta = RaidFixtures.today().plusDays(30);
		Milestone moved = this.fixtures.milestone(project, "Beta", beta);
		Milestone untouched = this.fixtures.milestone(project, "GA", beta.plusDays(30));
		ChangeRequest change = submitted(program, List.of(RaidFixtures.move(moved, beta.plusDays(14))),
				List.of(RaidFixtures.budget(project, "250.50")));

		ChangeRequest approved = this.fixtures.changes.approve(change.getId(), change.getVersion(), this.admin);

		assertThat(approved.getStatus()).isEqualTo(ChangeStatus.APPROVED);
		assertThat(approved.getDecidedBy().getId()).isEqualTo(this.admin.getId());
		assertThat(approved.getDecidedOn()).isEqualTo(RaidFixtures.today());
		assertThat(this.fixtures.milestones.get(moved.getId()).getBaselineDate()).isEqualTo(beta.plusDays(14));
		assertThat(this.fixtures.milestones.get(untouched.getId()).getBaselineDate()).isEqualTo(beta.plusDays(30));
		assertThat(baselineRows(moved)).singleElement().satisfies((row) -> {
			assertThat(row.get("old_date").toString()).isEqualTo(beta.toString());
			assertThat(row.get("new_date").toString()).isEqualTo(beta.plusDays(14).toString());
			assertThat((String) row.get("reason")).startsWith("CR-" + change.getId() + " approved: ");
		});
		assertThat(baselineRows(untouched)).isEmpty();
		assertThat(this.projects.get(project.getId()).getBudgetPlanned()).isEqualByComparingTo("250.50");
	}

	@Test
	void aFailureMidwayChangesNothing() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		LocalDate beta = RaidFixtures.today().plusDays(30);
		Milestone milestone = this.fixtures.milestone(project, "Beta", beta);
		// the baseline moves first, then the budget cut fails: the project has no budget
		ChangeRequest change = submitted(program, List.of(RaidFixtures.move(milestone, beta.plusDays(7))),
				List.of(RaidFixtures.budget(project, "-500")));

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.fixtures.changes.approve(change.getId(), change.getVersion(), this.admin))
			.satisfies((ex) -> assertThat(ex.messageCode()).isEqualTo("project.budget.negative"));

		assertThat(this.fixtures.milestones.get(milestone.getId()).getBaselineDate()).isEqualTo(beta);
		assertThat(baselineRows(milestone)).isEmpty();
		assertThat(this.projects.get(project.getId()).getBudgetPlanned()).isNull();
		assertThat(this.fixtures.changes.get(change.getId()).getStatus()).isEqualTo(ChangeStatus.SUBMITTED);
	}

	@Test
	void aStaleApprovalIsRefusedWithWhatChanged() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		LocalDate beta = RaidFixtures.today().plusDays(30);
		Milestone milestone = this.fixtures.milestone(project, "Beta", beta);
		ChangeRequest change = submitted(program, List.of(RaidFixtures.move(milestone, beta.plusDays(20))), List.of());
		// someone re-baselines the milestone by hand after the request was made
		Milestone current = this.fixtures.milestones.get(milestone.getId());
		this.fixtures.milestones.rebaseline(milestone.getId(), current.getVersion(), beta.plusDays(3), "By hand");

		assertThatExceptionOfType(StaleChangeRequestException.class)
			.isThrownBy(() -> this.fixtures.changes.approve(change.getId(), change.getVersion(), this.admin))
			.satisfies((ex) -> assertThat(ex.getMoved()).containsExactly(new StaleChangeRequestException.Moved(
					milestone.getId(), milestone.getName(), beta, beta.plusDays(3), beta.plusDays(20))));
		assertThat(this.fixtures.milestones.get(milestone.getId()).getBaselineDate()).isEqualTo(beta.plusDays(3));
		assertThat(this.fixtures.changes.get(change.getId()).getStatus()).isEqualTo(ChangeStatus.SUBMITTED);

		// through the page: a 409 that shows the dates
		assertThat(this.mvc.post()
			.uri("/changes/" + change.getId() + "/approve")
			.param("version", String.valueOf(change.getVersion()))
			.with(csrf())
			.with(user("raid-admin").roles("ADMIN"))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("milestones moved since the request was made", milestone.getName(), beta.toString(),
					beta.plusDays(3).toString(), beta.plusDays(20).toString());
	}

	@Test
	void rejectedAndWithdrawnRequestsChangeNothing() {
		Program program = this.fixtures.data.program();
		Project project = this.fixtures.data.project(program);
		LocalDate beta = RaidFixtures.today().plusDays(30);
		Milestone milestone = this.fixtures.milestone(project, "Beta", beta);
		ChangeRequest rejected = submitted(program, List.of(RaidFixtures.move(milestone, beta.plusDays(1))),
				List.of(RaidFixtures.budget(project, "10")));
		ChangeRequest withdrawn = submitted(program, List.of(RaidFixtures.move(milestone, beta.plusDays(2))),
				List.of(RaidFixtures.budget(project, "20")));

		assertThat(this.fixtures.changes.reject(rejected.getId(), rejected.getVersion(), this.admin).getStatus())
			.isEqualTo(ChangeStatus.REJECTED);
		assertThat(this.fixtures.changes.withdraw(withdrawn.getId(), withdrawn.getVersion()).getStatus())
			.isEqualTo(ChangeStatus.WITHDRAWN);

		assertThat(this.fixtures.milestones.get(milestone.getId()).getBaselineDate()).isEqualTo(beta);
		assertThat(baselineRows(milestone)).isEmpty();
		assertThat(this.projects.get(project.getId()).getBudgetPlanned()).isNull();
		ChangeRequest again = this.fixtures.changes.get(rejected.getId());
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.fixtures.changes.approve(rejected.getId(), again.getVersion(), this.admin));
	}

	@Test
	void aDraftCannotBeApproved() {
		Program program = this.fixtures.data.program();
		ChangeRequest draft = this.fixtures.change(program, "Draft", List.of(), List.of());

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.fixtures.changes.approve(draft.getId(), draft.getVersion(), this.admin))
			.satisfies((ex) -> assertThat(ex.messageCode()).isEqualTo("change.wrongStatus.SUBMITTED"));
	}

	@Test
	void onlyTheProgramOwnerOrAnAdminApproves() {
		User owner = this.fixtures.user("raid-cr-owner", Role.TPM);
		User editor = this.fixtures.user("raid-cr-editor", Role.TPM);
		Program program = this.programs.create(new ProgramDetails(dev.milepost.TestData.uniqueKey(), "CR program", null,
				null, ProgramStatus.ACTIVE, owner.getId(), java.util.Set.of(editor.getId()), LocalDate.of(2026, 1, 1),
				LocalDate.of(2027, 6, 30), new BigDecimal("1000"), "EUR"));
		Project project = this.fixtures.data.project(program);
		LocalDate beta = RaidFixtures.today().plusDays(30);
		Milestone milestone = this.fixtures.milestone(project, "Beta", beta);
		ChangeRequest change = submitted(program, List.of(RaidFixtures.move(milestone, beta.plusDays(9))), List.of());

		assertThat(this.mvc.post()
			.uri("/changes/" + change.getId() + "/approve")
			.param("version", String.valueOf(change.getVersion()))
			.with(csrf())
			.with(user("raid-cr-editor").roles("TPM"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.fixtures.milestones.get(milestone.getId()).getBaselineDate()).isEqualTo(beta);

		assertThat(this.mvc.post()
			.uri("/changes/" + change.getId() + "/approve")
			.param("version", String.valueOf(change.getVersion()))
			.with(csrf())
			.with(user("raid-cr-owner").roles("TPM"))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/changes/" + change.getId());
		assertThat(this.fixtures.milestones.get(milestone.getId()).getBaselineDate()).isEqualTo(beta.plusDays(9));
		assertThat(this.fixtures.changes.get(change.getId()).getDecidedBy().getId()).isEqualTo(owner.getId());
	}

	private ChangeRequest submitted(Program program, List<ChangeRequestDetails.Move> moves,
			List<ChangeRequestDetails.Budget> budgets) {
		ChangeRequest draft = this.fixtures.change(program, "Re-plan " + dev.milepost.TestData.uniqueKey(), moves,
				budgets);
		return this.fixtures.changes.submit(draft.getId(), draft.getVersion());
	}

	private List<Map<String, Object>> baselineRows(Milestone milestone) {
		return this.jdbc
			.sql("select old_date, new_date, reason from milestone_date_changes where milestone_id = ? "
					+ "and kind = 'BASELINE' order by id")
			.param(milestone.getId())
			.query()
			.listOfRows();
	}

}
