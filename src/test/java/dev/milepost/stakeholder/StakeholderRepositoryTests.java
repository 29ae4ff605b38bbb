package dev.milepost.stakeholder;

import java.time.Instant;
import java.util.List;

import dev.milepost.SliceData;
import dev.milepost.TestClock;
import dev.milepost.TestClockConfiguration;
import dev.milepost.TestData;
import dev.milepost.TestDatabaseConfiguration;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, SliceData.class })
class StakeholderRepositoryTests {

	@Autowired
	StakeholderRepository stakeholders;

	@Autowired
	ProgramStakeholderRepository programLinks;

	@Autowired
	ProjectStakeholderRepository projectLinks;

	@Autowired
	SliceData data;

	@Autowired
	JdbcClient jdbc;

	StakeholderFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new StakeholderFixtures(this.stakeholders, this.programLinks, this.projectLinks);
	}

	@Test
	void storesEmailLowerCased() {
		Stakeholder saved = this.stakeholders
			.saveAndFlush(new Stakeholder("Ada", "  Ada.Lovelace." + TestData.uniqueKey() + "@Example.ORG "));
		String stored = this.jdbc.sql("select email from stakeholders where id = ?")
			.param(saved.getId())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(stored.toLowerCase()).startsWith("ada.lovelace.").endsWith("@example.org");
	}

	@Test
	void uniqueEmailConstraintRejectsSecondStakeholderWithSameEmailInAnyCase() {
		Stakeholder first = this.fixtures.stakeholder("First");
		Stakeholder second = new Stakeholder("Second", first.getEmail().toUpperCase());

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.stakeholders.saveAndFlush(second))
			.satisfies(
					(ex) -> assertThat(StakeholderService.violates(ex, StakeholderService.EMAIL_CONSTRAINT)).isTrue())
			.satisfies((ex) -> assertThat(StakeholderService.violates(ex, StakeholderService.PROGRAM_LINK_CONSTRAINT))
				.isFalse());
	}

	@Test
	void uniqueProgramLinkConstraintRejectsSecondLinkOfSameStakeholderAndProgram() {
		Program program = this.data.program();
		Stakeholder stakeholder = this.fixtures.stakeholder("Linked");
		this.fixtures.link(stakeholder, program, RaciRole.ACCOUNTABLE, true);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.fixtures.link(stakeholder, program, RaciRole.INFORMED, false))
			.satisfies((ex) -> assertThat(StakeholderService.violates(ex, StakeholderService.PROGRAM_LINK_CONSTRAINT))
				.isTrue());
	}

	@Test
	void uniqueProjectLinkConstraintRejectsSecondLinkOfSameStakeholderAndProject() {
		Project project = this.data.project(this.data.program());
		Stakeholder stakeholder = this.fixtures.stakeholder("Linked");
		this.fixtures.link(stakeholder, project, RaciRole.RESPONSIBLE);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.fixtures.link(stakeholder, project, RaciRole.CONSULTED))
			.satisfies((ex) -> assertThat(StakeholderService.violates(ex, StakeholderService.PROJECT_LINK_CONSTRAINT))
				.isTrue());
	}

	@Test
	void sameStakeholderMayBeLinkedToSeveralProgramsAndProjects() {
		Program one = this.data.program();
		Program two = this.data.program();
		Stakeholder stakeholder = this.fixtures.stakeholder("Busy");
		this.fixtures.link(stakeholder, one, RaciRole.ACCOUNTABLE, true);
		this.fixtures.link(stakeholder, two, RaciRole.INFORMED, false);
		this.fixtures.link(stakeholder, this.data.project(one), RaciRole.RESPONSIBLE);

		assertThat(this.programLinks.findLinksOfStakeholder(stakeholder.getId())).hasSize(2);
		assertThat(this.projectLinks.findLinksOfStakeholder(stakeholder.getId())).hasSize(1);
		List<Object[]> counts = this.programLinks.countByStakeholderIds(List.of(stakeholder.getId()));
		assertThat(counts).hasSize(1);
		assertThat(((Number) counts.get(0)[1]).longValue()).isEqualTo(2);
	}

	@Test
	void foreignKeysRejectLinkToMissingProgramOrProject() {
		Stakeholder stakeholder = this.fixtures.stakeholder("Dangling");
		Instant now = TestClock.runNow();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"insert into program_stakeholders (program_id, stakeholder_id, raci_role, created_at, updated_at) values (?, ?, 'INFORMED', ?, ?)")
			.params(987654321L, stakeholder.getId(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
			.update());
	}

	@Test
	void foreignKeyKeepsLinkedStakeholderFromBeingDeleted() {
		Stakeholder stakeholder = this.fixtures.stakeholder("Anchored");
		this.fixtures.link(stakeholder, this.data.project(this.data.program()), RaciRole.INFORMED);

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.jdbc.sql("delete from stakeholders where id = ?").param(stakeholder.getId()).update());
	}

	@Test
	void databaseRejectsUnknownRaciRole() {
		Stakeholder stakeholder = this.fixtures.stakeholder("Checked");
		Program program = this.data.program();
		Instant now = TestClock.runNow();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"insert into program_stakeholders (program_id, stakeholder_id, raci_role, created_at, updated_at) values (?, ?, 'OWNER', ?, ?)")
			.params(program.getId(), stakeholder.getId(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
			.update());
	}

	@Test
	void activeOptionsLeaveOutArchivedStakeholders() {
		Stakeholder active = this.fixtures.stakeholder("Active " + TestData.uniqueKey());
		Stakeholder archived = this.fixtures.stakeholder("Archived " + TestData.uniqueKey());
		archived.setArchived(true);
		this.stakeholders.saveAndFlush(archived);

		assertThat(this.stakeholders.findActiveOrderByName()).extracting(Stakeholder::getId)
			.contains(active.getId())
			.doesNotContain(archived.getId());
	}

}
