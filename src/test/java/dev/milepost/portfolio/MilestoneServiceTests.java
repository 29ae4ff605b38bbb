package dev.milepost.portfolio;

import java.time.LocalDate;
import java.util.List;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class MilestoneServiceTests {

	@Autowired
	MilestoneService milestones;

	@Autowired
	MilestoneDateChangeRepository changes;

	@Autowired
	TestData data;

	Project project;

	LocalDate today = TestClock.runToday();

	@BeforeEach
	void createProject() {
		this.project = this.data.project(this.data.program());
	}

	Milestone milestone(String name, LocalDate baseline) {
		return this.milestones.create(this.project.getId(), name, null, "Ann", baseline, null, null, null);
	}

	@Test
	void recordsTheFirstForecastWhenAMilestoneIsCreated() {
		Milestone m = milestone("Design signed off", this.today.plusDays(30));

		List<MilestoneDateChange> history = this.changes.findByMilestoneNewestFirst(m.getId());
		assertThat(history).singleElement().satisfies((c) -> {
			assertThat(c.getKind()).isEqualTo(MilestoneDateChange.Kind.FORECAST);
			assertThat(c.getOldDate()).isNull();
			assertThat(c.getNewDate()).isEqualTo(this.today.plusDays(30));
		});
		assertThat(m.getForecastDate()).isEqualTo(m.getBaselineDate());
	}

	@Test
	void recordsEveryForecastMoveWithItsReasonAndKeepsTheBaseline() {
		Milestone m = milestone("Beta", this.today.plusDays(10));

		Milestone moved = this.milestones.updateProgress(m.getId(), m.getVersion(), MilestoneStatus.IN_PROGRESS,
				this.today.plusDays(24), null, "Vendor API late");

		assertThat(moved.getBaselineDate()).isEqualTo(this.today.plusDays(10));
		assertThat(moved.getSlipDays()).isEqualTo(14);
		MilestoneDateChange latest = this.changes.findByMilestoneNewestFirst(m.getId()).get(0);
		assertThat(latest.getOldDate()).isEqualTo(this.today.plusDays(10));
		assertThat(latest.getNewDate()).isEqualTo(this.today.plusDays(24));
		assertThat(latest.getReason()).isEqualTo("Vendor API late");
		assertThat(latest.getChangedBy()).isEqualTo("anonymous");
	}

	@Test
	void refusesAForecastMoveWithoutAReasonAndChangesNothing() {
		Milestone m = milestone("GA", this.today.plusDays(10));

		assertThatExceptionOfType(MilestoneRuleException.class)
			.isThrownBy(() -> this.milestones.updateProgress(m.getId(), m.getVersion(), MilestoneStatus.IN_PROGRESS,
					this.today.plusDays(20), null, " "))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("reason"));

		Milestone stored = this.milestones.get(m.getId());
		assertThat(stored.getForecastDate()).isEqualTo(this.today.plusDays(10));
		assertThat(stored.getStatus()).isEqualTo(MilestoneStatus.NOT_STARTED);
		assertThat(this.changes.countByMilestoneId(m.getId())).isEqualTo(1);
	}

	@Test
	void refusesAnActualDateInTheFuture() {
		Milestone m = milestone("Launch", this.today.minusDays(1));

		assertThatExceptionOfType(MilestoneRuleException.class)
			.isThrownBy(() -> this.milestones.updateProgress(m.getId(), m.getVersion(), MilestoneStatus.DONE,
					m.getForecastDate(), this.today.plusDays(1), null))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("actualDate"));
	}

	@Test
	void markingDoneWithoutAnActualDateMeansDoneToday() {
		Milestone m = milestone("Pilot", this.today.minusDays(3));

		Milestone done = this.milestones.updateProgress(m.getId(), m.getVersion(), MilestoneStatus.DONE,
				m.getForecastDate(), null, null);

		assertThat(done.getActualDate()).isEqualTo(this.today);
		assertThat(done.getSlipDays()).isEqualTo(3);
		assertThat(done.isOverdue(this.today)).isFalse();
	}

	@Test
	void refusesAStaleUpdate() {
		Milestone m = milestone("Contract", this.today.plusDays(5));
		this.milestones.updateProgress(m.getId(), m.getVersion(), MilestoneStatus.IN_PROGRESS, m.getForecastDate(),
				null, null);

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class).isThrownBy(() -> this.milestones
			.updateProgress(m.getId(), m.getVersion(), MilestoneStatus.BLOCKED, m.getForecastDate(), null, null));
		assertThat(this.milestones.get(m.getId()).getStatus()).isEqualTo(MilestoneStatus.IN_PROGRESS);
	}

	@Test
	void rebaselineNeedsAReasonAndIsRecorded() {
		Milestone m = milestone("Migration", this.today.plusDays(5));

		assertThatExceptionOfType(MilestoneRuleException.class)
			.isThrownBy(() -> this.milestones.rebaseline(m.getId(), m.getVersion(), this.today.plusDays(40), ""));
		Milestone rebased = this.milestones.rebaseline(m.getId(), m.getVersion(), this.today.plusDays(40),
				"Scope doubled by steering committee");

		assertThat(rebased.getBaselineDate()).isEqualTo(this.today.plusDays(40));
		MilestoneDateChange latest = this.changes.findByMilestoneNewestFirst(m.getId()).get(0);
		assertThat(latest.getKind()).isEqualTo(MilestoneDateChange.Kind.BASELINE);
		assertThat(latest.getReason()).isEqualTo("Scope doubled by steering committee");
	}

	@Test
	void refusesADependencyCycleAndNamesIt() {
		Project other = this.data.project(this.data.program());
		Milestone a = milestone("Alpha", this.today.plusDays(10));
		Milestone b = milestone("Bravo", this.today.plusDays(20));
		Milestone c = this.milestones.create(other.getId(), "Charlie", null, null, this.today.plusDays(30), null, null,
				null);
		this.milestones.addDependency(b.getId(), a.getId());
		this.milestones.addDependency(c.getId(), b.getId());

		assertThatExceptionOfType(MilestoneRuleException.class)
			.isThrownBy(() -> this.milestones.addDependency(a.getId(), c.getId()))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo("milestone.dependency.cycle");
				assertThat(ex.getMessage()).contains("Alpha → Charlie → Bravo → Alpha");
			});
		assertThat(this.milestones.view(a.getId()).predecessors()).isEmpty();
	}

	@Test
	void refusesSelfAndDuplicateDependencies() {
		Milestone a = milestone("One", this.today.plusDays(10));
		Milestone b = milestone("Two", this.today.plusDays(20));
		this.milestones.addDependency(b.getId(), a.getId());

		assertThatExceptionOfType(MilestoneRuleException.class)
			.isThrownBy(() -> this.milestones.addDependency(a.getId(), a.getId()));
		assertThatExceptionOfType(MilestoneRuleException.class)
			.isThrownBy(() -> this.milestones.addDependency(b.getId(), a.getId()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("milestone.dependency.exists"));
		assertThat(this.milestones.view(a.getId()).successors()).extracting(MilestoneRow::name).containsExactly("Two");
	}

	@Test
	void deletesOnlyAMilestoneWithoutHistory() {
		Milestone fresh = milestone("Typo", this.today.plusDays(10));
		Milestone moved = milestone("Moved", this.today.plusDays(10));
		this.milestones.updateProgress(moved.getId(), moved.getVersion(), MilestoneStatus.IN_PROGRESS,
				this.today.plusDays(12), null, "late");

		assertThat(this.milestones.delete(fresh.getId())).isTrue();
		assertThat(this.milestones.delete(moved.getId())).isFalse();
		assertThat(this.milestones.countForProject(this.project.getId())).isEqualTo(1);
	}

	@Test
	void textFilterTakesWildcardsAndBackslashLiterally() {
		milestone("Cut 50% of batch jobs", this.today.plusDays(5));
		milestone("Cut 500 batch jobs", this.today.plusDays(5));
		milestone("Path C:\\data moved", this.today.plusDays(5));

		var percent = this.milestones.page(
				new MilestoneFilter("50%", null, this.project.getId(), null, null, null, null, false),
				org.springframework.data.domain.PageRequest.of(0, 10));
		var backslash = this.milestones.page(
				new MilestoneFilter("c:\\d", null, this.project.getId(), null, null, null, null, false),
				org.springframework.data.domain.PageRequest.of(0, 10));

		assertThat(percent.getContent()).extracting(MilestoneRow::name).containsExactly("Cut 50% of batch jobs");
		assertThat(backslash.getContent()).extracting(MilestoneRow::name).containsExactly("Path C:\\data moved");
	}

	@Test
	void filtersOverdueAndSlippedMilestones() {
		Milestone overdue = milestone("Overdue one", this.today.minusDays(5));
		Milestone slipped = milestone("Slipped one", this.today.plusDays(5));
		this.milestones.updateProgress(slipped.getId(), slipped.getVersion(), MilestoneStatus.IN_PROGRESS,
				this.today.plusDays(9), null, "late");
		milestone("On track", this.today.plusDays(5));

		var overdueRows = this.milestones.page(
				new MilestoneFilter(null, null, this.project.getId(), null, null, true, null, false),
				org.springframework.data.domain.PageRequest.of(0, 10));
		var slippedRows = this.milestones.page(
				new MilestoneFilter(null, null, this.project.getId(), null, null, null, true, false),
				org.springframework.data.domain.PageRequest.of(0, 10));

		assertThat(overdueRows.getContent()).extracting(MilestoneRow::id).containsExactly(overdue.getId());
		assertThat(slippedRows.getContent()).extracting(MilestoneRow::id).containsExactly(slipped.getId());
	}

}
