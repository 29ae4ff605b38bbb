package dev.milepost.raid;

import java.util.List;

import dev.milepost.IntegrationTest;
import dev.milepost.demo.DemoPortfolioLoaded;
import dev.milepost.demo.DemoScale;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.stakeholder.RaciRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo register, written for programs built here (the demo's own keys are loaded once
 * per JVM by DemoDataLoaderTests): the handful per program at every scale, and the
 * per-project entries of the larger scales.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class DemoRegisterTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DemoRegister register;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProgramGetsAnEscalationDueThisWeekAndADecisionNeededFromLeadership() {
		RaidFixtures fixtures = new RaidFixtures(this.context);
		Program program = fixtures.data.program();
		Project project = fixtures.data.project(program);
		fixtures.milestone(project, "Open", RaidFixtures.today().plusDays(40));
		Long sponsor = fixtures.stakeholder("Sponsor");
		fixtures.stakeholders.linkToProgram(sponsor, program.getId(), RaciRole.ACCOUNTABLE, true);

		this.register.demoLoaded(new DemoPortfolioLoaded(DemoScale.SMALL, List.of(program.getKey())));

		assertThat(count(
				"issues where program_id = ? and escalated_to_id = ? and escalation_needed_by >= ? "
						+ "and escalation_needed_by <= ?",
				program.getId(), sponsor, RaidFixtures.today(), RaidFixtures.today().plusDays(6)))
			.isEqualTo(1);
		assertThat(count("decisions where program_id = ? and status = 'NEEDED' and decider_id = ?", program.getId(),
				sponsor))
			.isEqualTo(1);
		assertThat(count("issues where program_id = ?", program.getId())).isEqualTo(3);
		assertThat(count("actions where program_id = ?", program.getId())).isEqualTo(3);
		assertThat(count("change_requests where program_id = ? and status = 'SUBMITTED'", program.getId()))
			.isEqualTo(1);
		assertThat(count("change_request_moves m join change_requests c on c.id = m.change_request_id "
				+ "where c.program_id = ?", program.getId()))
			.isEqualTo(1);
	}

	@Test
	void largerScalesAddEntriesPerProject() {
		RaidFixtures fixtures = new RaidFixtures(this.context);
		Program program = fixtures.data.program();
		for (int i = 0; i < 5; i++) {
			Project project = fixtures.data.project(program);
			fixtures.milestone(project, "Open " + i, RaidFixtures.today().plusDays(40 + i));
		}
		fixtures.stakeholders.linkToProgram(fixtures.stakeholder("Sponsor"), program.getId(), RaciRole.ACCOUNTABLE,
				true);

		this.register.demoLoaded(new DemoPortfolioLoaded(DemoScale.MEDIUM, List.of(program.getKey())));

		assertThat(count("issues where program_id = ? and project_id is not null", program.getId())).isEqualTo(20);
		assertThat(count("decisions where program_id = ? and project_id is not null", program.getId())).isEqualTo(10);
		assertThat(count("actions where program_id = ? and project_id is not null", program.getId())).isEqualTo(40);
		assertThat(count("change_requests where program_id = ? and project_id is not null", program.getId()))
			.isEqualTo(2);
		assertThat(count("change_request_budgets b join change_requests c on c.id = b.change_request_id "
				+ "where c.program_id = ? and c.project_id is not null", program.getId()))
			.isEqualTo(2);
	}

	private long count(String from, Object... params) {
		return this.jdbc.sql("select count(*) from " + from).params(params).query(Long.class).single();
	}

}
