package dev.milepost.stakeholder;

import java.util.List;

import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

// same annotations as the controller tests, so all of them share one Spring context
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class StakeholderServiceTests {

	@Autowired
	StakeholderService service;

	@Autowired
	TestData data;

	@Autowired
	StakeholderRepository stakeholders;

	@Autowired
	ProgramStakeholderRepository programLinks;

	@Autowired
	ProjectStakeholderRepository projectLinks;

	StakeholderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new StakeholderFixtures(this.stakeholders, this.programLinks, this.projectLinks);
	}

	@Test
	void linksForProgramListAccountableFirstThenResponsibleConsultedInformedEachByName() {
		Program program = this.data.program();
		Stakeholder informed = this.fixtures.stakeholder("Ivy Informed");
		Stakeholder consultedB = this.fixtures.stakeholder("bea Consulted");
		Stakeholder consultedA = this.fixtures.stakeholder("Abe Consulted");
		Stakeholder responsible = this.fixtures.stakeholder("Rita Responsible", Level.HIGH, Level.LOW, "Ops");
		Stakeholder accountable = this.fixtures.stakeholder("Zoe Accountable");
		Stakeholder archived = this.fixtures.stakeholder("Archie Archived");
		this.fixtures.link(informed, program, RaciRole.INFORMED, false);
		this.fixtures.link(consultedB, program, RaciRole.CONSULTED, false);
		this.fixtures.link(consultedA, program, RaciRole.CONSULTED, false);
		ProgramStakeholder responsibleLink = this.fixtures.link(responsible, program, RaciRole.RESPONSIBLE, true);
		this.fixtures.link(accountable, program, RaciRole.ACCOUNTABLE, true);
		this.fixtures.link(archived, program, RaciRole.ACCOUNTABLE, true);
		this.service.archive(archived.getId());
		// another program's link stays out
		this.fixtures.link(informed, this.data.program(), RaciRole.ACCOUNTABLE, true);

		List<StakeholderLinkView> links = this.service.linksForProgram(program.getId());

		assertThat(links).extracting(StakeholderLinkView::name)
			.containsExactly("Zoe Accountable", "Rita Responsible", "Abe Consulted", "bea Consulted", "Ivy Informed");
		assertThat(links.get(1))
			.isEqualTo(new StakeholderLinkView(responsibleLink.getId(), responsible.getId(), "Rita Responsible",
					responsible.getEmail(), null, "Ops", Level.HIGH, Level.LOW, RaciRole.RESPONSIBLE, true));
	}

	@Test
	void linksForProjectAreOrderedTheSameAndNeverReceiveTheWeeklyReport() {
		Project project = this.data.project(this.data.program());
		Stakeholder informed = this.fixtures.stakeholder("Ivy Informed");
		Stakeholder accountable = this.fixtures.stakeholder("Zoe Accountable");
		this.fixtures.link(informed, project, RaciRole.INFORMED);
		this.fixtures.link(accountable, project, RaciRole.ACCOUNTABLE);

		List<StakeholderLinkView> links = this.service.linksForProject(project.getId());

		assertThat(links).extracting(StakeholderLinkView::name).containsExactly("Zoe Accountable", "Ivy Informed");
		assertThat(links).noneMatch(StakeholderLinkView::receivesWeeklyReport);
		assertThat(this.service.linksForProject(987654321L)).isEmpty();
	}

	@Test
	void createRejectsEmailInOtherCaseAndUpdateChecksVersion() {
		Stakeholder existing = this.fixtures.stakeholder("Existing " + TestData.uniqueKey());
		StakeholderData sameEmail = new StakeholderData("New", existing.getEmail().toUpperCase(), null, null, Level.LOW,
				Level.LOW);
		assertThatExceptionOfType(EmailAlreadyUsedException.class).isThrownBy(() -> this.service.create(sameEmail))
			.satisfies((ex) -> assertThat(ex.getEmail()).isEqualTo(existing.getEmail()));
		assertThat(this.service.holderOfEmail(existing.getEmail().toUpperCase())).contains(existing.getName());

		StakeholderData change = new StakeholderData("Renamed", existing.getEmail(), null, null, Level.LOW, Level.LOW);
		assertThatExceptionOfType(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.service.update(existing.getId(), existing.getVersion() + 1, change));
		assertThat(this.service.get(existing.getId()).getName()).isEqualTo(existing.getName());
	}

	@Test
	void listCountsLinkedProgramsPerRow() {
		String org = "Org " + TestData.uniqueKey();
		Stakeholder two = this.fixtures.stakeholder("Two programs", Level.LOW, Level.LOW, org);
		Stakeholder none = this.fixtures.stakeholder("No programs", Level.LOW, Level.LOW, org);
		this.fixtures.link(two, this.data.program(), RaciRole.INFORMED, false);
		this.fixtures.link(two, this.data.program(), RaciRole.INFORMED, false);
		// project links do not count as programs
		this.fixtures.link(two, this.data.project(this.data.program()), RaciRole.INFORMED);

		Page<StakeholderRow> page = this.service.list(new StakeholderFilter(org, null, null, null, false),
				PageRequest.of(0, 10, Sort.by("name")));

		assertThat(page.getContent()).extracting(StakeholderRow::name, StakeholderRow::programCount)
			.containsExactly(tuple("No programs", 0L), tuple("Two programs", 2L));
		assertThat(none.getId()).isNotNull();
	}

	@Test
	void stakeholderOptionsAreActiveStakeholdersAsNameAndEmail() {
		Stakeholder active = this.fixtures.stakeholder("Option " + TestData.uniqueKey());
		assertThat(this.service.stakeholderOptions()).anySatisfy((option) -> {
			assertThat(option.value()).isEqualTo(active.getId().toString());
			assertThat(option.label()).isEqualTo(active.getName() + " <" + active.getEmail() + ">");
		});
	}

}
