package dev.milepost.portfolio;

import java.time.LocalDate;

import dev.milepost.SliceData;
import dev.milepost.TestClockConfiguration;
import dev.milepost.TestDatabaseConfiguration;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, SliceData.class })
class MilestoneRepositoryTests {

	@Autowired
	MilestoneRepository milestones;

	@Autowired
	MilestoneDependencyRepository dependencies;

	@Autowired
	EntityManager entityManager;

	@Autowired
	SliceData data;

	Project project;

	@BeforeEach
	void createProject() {
		this.project = this.data.project(this.data.program());
	}

	Milestone milestone(String name) {
		return this.milestones.saveAndFlush(new Milestone(this.project, name, LocalDate.of(2026, 6, 1)));
	}

	@Test
	void storesVersionAndTimestamps() {
		Milestone m = milestone("Stored");
		m.setOwner("Changed");
		this.milestones.saveAndFlush(m);

		assertThat(m.getVersion()).isEqualTo(1);
		assertThat(m.getCreatedAt()).isNotNull();
		assertThat(m.getUpdatedAt()).isAfterOrEqualTo(m.getCreatedAt());
	}

	@Test
	void databaseRefusesADoneMilestoneWithoutActualDate() {
		Milestone m = new Milestone(this.project, "Done without date", LocalDate.of(2026, 6, 1));
		m.setStatus(MilestoneStatus.DONE);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.milestones.saveAndFlush(m))
			.withMessageContaining("ck_milestones_done_has_actual");
	}

	@Test
	void databaseRefusesADuplicateDependency() {
		Milestone a = milestone("A");
		Milestone b = milestone("B");
		this.dependencies.saveAndFlush(new MilestoneDependency(b, a));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.dependencies.saveAndFlush(new MilestoneDependency(b, a)))
			.withMessageContaining("uk_milestone_dependencies");
	}

	@Test
	void databaseRefusesASelfDependency() {
		Milestone a = milestone("Self");

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.dependencies.saveAndFlush(new MilestoneDependency(a, a)))
			.withMessageContaining("ck_milestone_dependencies_self");
	}

	@Test
	void readsTheProjectsMilestonesByForecastWithTheirProgramInOneQuery() {
		Milestone late = milestone("Later");
		late.setForecastDate(LocalDate.of(2026, 9, 1));
		milestone("Sooner");
		Milestone archived = milestone("Archived");
		archived.setArchived(true);
		this.milestones.flush();
		this.entityManager.clear();

		assertThat(this.milestones.findByProject(this.project.getId(), false)).extracting(Milestone::getName)
			.containsExactly("Sooner", "Later");
		assertThat(this.milestones.findByProject(this.project.getId(), true)).hasSize(3);
	}

}
