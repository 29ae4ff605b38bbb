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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, SliceData.class })
class ProgramRepositoryTests {

	@Autowired
	ProgramRepository programs;

	@Autowired
	ProjectRepository projects;

	@Autowired
	SliceData data;

	@Test
	void keyIsUniqueAndTheViolationIsRecognisedByItsConstraintName() {
		Program first = this.data.program();
		Program second = new Program(first.getKey(), "Another", this.data.owner());
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.programs.saveAndFlush(second))
			.satisfies((ex) -> assertThat(ProgramService.violates(ex, ProgramService.KEY_CONSTRAINT)).isTrue())
			.satisfies((ex) -> assertThat(ProgramService.violates(ex, ProjectService.KEY_CONSTRAINT)).isFalse());
	}

	@Test
	void databaseRefusesTargetEndBeforeStart() {
		Program program = new Program(TestData.uniqueKey(), "Dates", this.data.owner());
		program.setStartDate(LocalDate.of(2026, 5, 1));
		program.setTargetEndDate(LocalDate.of(2026, 4, 30));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.programs.saveAndFlush(program))
			.satisfies((ex) -> assertThat(ProgramService.violates(ex, "ck_programs_dates")).isTrue());
	}

	@Test
	void databaseAcceptsTargetEndOnTheStartDate() {
		Program program = new Program(TestData.uniqueKey(), "Dates", this.data.owner());
		program.setStartDate(LocalDate.of(2026, 5, 1));
		program.setTargetEndDate(LocalDate.of(2026, 5, 1));
		assertThat(this.programs.saveAndFlush(program).getId()).isNotNull();
	}

	@Test
	void databaseRefusesNegativeBudget() {
		Program program = new Program(TestData.uniqueKey(), "Budget", this.data.owner());
		program.setBudgetPlanned(new BigDecimal("-0.01"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.programs.saveAndFlush(program))
			.satisfies((ex) -> assertThat(ProgramService.violates(ex, "ck_programs_budget")).isTrue());
	}

	@Test
	void criteriaFilterByTextStatusOwnerAndArchived() {
		String token = TestData.uniqueKey();
		Program active = this.data.program();
		active.setObjective("Reach " + token + " markets");
		active.setOwner(this.data.user("grace", "Grace Hopper", dev.milepost.security.Role.TPM));
		Program archived = this.data.program();
		archived.setName("Archived " + token);
		archived.setArchived(true);
		archived.setStatus(ProgramStatus.ON_HOLD);
		this.programs.saveAllAndFlush(List.of(active, archived));
		PageRequest pageable = PageRequest.of(0, 10, Sort.by("key"));

		assertThat(keys(new ProgramCriteria(token, null, null, false), pageable)).containsExactly(active.getKey());
		assertThat(keys(new ProgramCriteria(token, null, null, true), pageable))
			.containsExactlyInAnyOrder(active.getKey(), archived.getKey());
		assertThat(keys(new ProgramCriteria(token, ProgramStatus.ON_HOLD, null, true), pageable))
			.containsExactly(archived.getKey());
		assertThat(keys(new ProgramCriteria(token, null, "grace", true), pageable)).containsExactly(active.getKey());
		// % and _ typed by the user are literal characters, not wildcards
		assertThat(keys(new ProgramCriteria(token + "%", null, null, true), pageable)).isEmpty();
	}

	@Test
	void countsNonArchivedProjectsPerProgramInOneGroupedQuery() {
		Program withTwo = this.data.program();
		Program withNone = this.data.program();
		this.data.project(withTwo);
		this.data.project(withTwo);
		Project archived = this.data.project(withTwo);
		archived.setArchived(true);
		this.projects.saveAndFlush(archived);

		List<ProjectRepository.IdCount> counts = this.projects
			.countActiveByProgramIds(List.of(withTwo.getId(), withNone.getId()));

		assertThat(counts).hasSize(1);
		assertThat(counts.get(0).getId()).isEqualTo(withTwo.getId());
		assertThat(counts.get(0).getCount()).isEqualTo(2);
	}

	private List<String> keys(ProgramCriteria criteria, PageRequest pageable) {
		Page<Program> page = this.programs.findAll(criteria.toSpecification(), pageable);
		return page.map(Program::getKey).getContent();
	}

}
