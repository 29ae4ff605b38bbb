package dev.milepost.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.milepost.SliceData;
import dev.milepost.TestClockConfiguration;
import dev.milepost.TestData;
import dev.milepost.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, SliceData.class })
class ProjectRepositoryTests {

	@Autowired
	ProjectRepository projects;

	@Autowired
	ProgramRepository programs;

	@Autowired
	SliceData data;

	@Test
	void keyIsUniqueWithinItsProgram() {
		Program program = this.data.program();
		Project first = this.data.project(program);
		Project second = new Project(program, first.getKey(), "Same key");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.projects.saveAndFlush(second))
			.satisfies((ex) -> assertThat(ProgramService.violates(ex, ProjectService.KEY_CONSTRAINT)).isTrue());
	}

	@Test
	void sameKeyIsAllowedInTwoPrograms() {
		Project first = this.data.project(this.data.program());
		Project second = new Project(this.data.program(), first.getKey(), "Same key, other program");
		assertThat(this.projects.saveAndFlush(second).getId()).isNotNull();
		assertThat(this.projects.existsByProgramIdAndKey(second.getProgram().getId(), first.getKey())).isTrue();
	}

	@Test
	void databaseRefusesEndBeforeStart() {
		Project project = new Project(this.data.program(), TestData.uniqueKey(), "Dates");
		project.setStartDate(LocalDate.of(2026, 3, 2));
		project.setEndDate(LocalDate.of(2026, 3, 1));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.projects.saveAndFlush(project))
			.satisfies((ex) -> assertThat(ProgramService.violates(ex, "ck_projects_dates")).isTrue());
	}

	@Test
	void databaseRefusesNegativeSpend() {
		Project project = new Project(this.data.program(), TestData.uniqueKey(), "Budget");
		project.setBudgetPlanned(BigDecimal.TEN);
		project.setBudgetSpent(new BigDecimal("-1"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.projects.saveAndFlush(project))
			.satisfies((ex) -> assertThat(ProgramService.violates(ex, "ck_projects_budget")).isTrue());
	}

	@Test
	void archivingTheProgramHidesItsProjectsFromTheDefaultList() {
		Program program = this.data.program();
		Project visible = this.data.project(program);
		Project archived = this.data.project(program);
		archived.setArchived(true);
		this.projects.saveAndFlush(archived);
		PageRequest pageable = PageRequest.of(0, 10, Sort.by("key"));

		assertThat(keys(new ProjectCriteria(null, program.getId(), null, null, false), pageable))
			.containsExactly(visible.getKey());

		program.setArchived(true);
		this.programs.saveAndFlush(program);
		assertThat(keys(new ProjectCriteria(null, program.getId(), null, null, false), pageable)).isEmpty();
		assertThat(keys(new ProjectCriteria(null, program.getId(), null, null, true), pageable))
			.containsExactlyInAnyOrder(visible.getKey(), archived.getKey());
	}

	@Test
	void filtersByProgramKeyTextPhaseAndLead() {
		Program program = this.data.program();
		Project executing = this.data.project(program);
		Project planning = this.data.project(program);
		planning.setPhase(ProjectPhase.PLANNING);
		planning.setLead("Margaret Hamilton");
		this.projects.saveAndFlush(planning);
		PageRequest pageable = PageRequest.of(0, 10, Sort.by("program.key", "key"));

		assertThat(keys(new ProjectCriteria(program.getKey(), null, null, null, false), pageable))
			.containsExactly(executing.getKey(), planning.getKey());
		assertThat(keys(new ProjectCriteria(program.getKey(), null, ProjectPhase.PLANNING, null, false), pageable))
			.containsExactly(planning.getKey());
		assertThat(keys(new ProjectCriteria(null, program.getId(), null, "hamilton", false), pageable))
			.containsExactly(planning.getKey());
	}

	private List<String> keys(ProjectCriteria criteria, PageRequest pageable) {
		return this.projects.findAll(criteria.toSpecification(), pageable).map(Project::getKey).getContent();
	}

}
