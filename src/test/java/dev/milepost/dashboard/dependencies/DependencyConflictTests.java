package dev.milepost.dashboard.dependencies;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.dashboard.PageHtml;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependency conflicts on the program page, across two programs: a late predecessor in
 * one program holding up a successor in the other shows on both pages; a timely
 * dependency, a cancelled predecessor and a done successor do not. Same context as
 * StatementCountTests.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class DependencyConflictTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	MilestoneService milestones;

	@Autowired
	DependencyConflictQuery query;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcClient jdbc;

	final LocalDate today = TestClock.runToday();

	Milestone milestone(Project project, String name, int inDays, MilestoneStatus status) {
		LocalDate date = this.today.plusDays(inDays);
		return this.milestones.create(project.getId(), name, null, "Owner", date, date, status,
				(status == MilestoneStatus.DONE) ? date : null);
	}

	String body(String uri, Object... vars) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri, vars).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String section(String html) {
		return PageHtml.section(html, "dependency-conflicts");
	}

	@Test
	void conflictAcrossProgramsShowsOnBothPagesAndTheRestIsIgnored() throws Exception {
		Program a = this.data.program();
		Program b = this.data.program();
		Project pa = this.data.project(a);
		Project pb = this.data.project(b);
		Milestone late = milestone(pa, "Platform <ready>", 40, MilestoneStatus.IN_PROGRESS);
		Milestone early = milestone(pa, "Design", 10, MilestoneStatus.NOT_STARTED);
		Milestone waiting = milestone(pb, "Launch", 20, MilestoneStatus.NOT_STARTED);
		Milestone later = milestone(pb, "Rollout", 60, MilestoneStatus.NOT_STARTED);
		Milestone cancelled = milestone(pb, "Dropped", 90, MilestoneStatus.CANCELLED);
		Milestone doneSuccessor = milestone(pb, "Pilot", -5, MilestoneStatus.DONE);
		this.milestones.addDependency(waiting.getId(), late.getId()); // 40 > 20:
																		// conflict, 20
																		// days
		this.milestones.addDependency(later.getId(), early.getId()); // 10 < 60: fine
		this.milestones.addDependency(early.getId(), cancelled.getId()); // cancelled
																			// predecessor:
																			// ignored
		this.milestones.addDependency(doneSuccessor.getId(), late.getId()); // done
																			// successor:
																			// ignored

		this.counter.reset();
		List<DependencyConflict> conflicts = this.query.forProgram(a.getId());
		assertThat(this.counter.count()).isEqualTo(1);
		assertThat(conflicts).singleElement().satisfies((c) -> {
			assertThat(c.predecessor().milestoneId()).isEqualTo(late.getId());
			assertThat(c.successor().milestoneId()).isEqualTo(waiting.getId());
			assertThat(c.successor().programKey()).isEqualTo(b.getKey());
			assertThat(c.gapDays()).isEqualTo(20);
		});
		assertThat(this.query.forProgram(b.getId())).extracting((c) -> c.successor().milestoneId())
			.containsExactly(waiting.getId());

		String onA = section(body("/programs/{id}", a.getId()));
		assertThat(onA).contains("data-predecessor=\"" + late.getId() + "\" data-successor=\"" + waiting.getId() + "\"")
			.contains(">" + b.getKey() + "</span>")
			.contains(pa.getKey() + " · Platform &lt;ready&gt;")
			.contains(pb.getKey() + " · Launch")
			.contains("20 days")
			.doesNotContain("data-successor=\"" + later.getId() + "\"")
			.doesNotContain("data-predecessor=\"" + cancelled.getId() + "\"")
			.doesNotContain("data-successor=\"" + doneSuccessor.getId() + "\"")
			.doesNotContain("No dependency conflicts");
		String onB = section(body("/programs/{id}", b.getId()));
		assertThat(onB).contains("data-predecessor=\"" + late.getId() + "\" data-successor=\"" + waiting.getId() + "\"")
			.contains(">" + a.getKey() + "</span>");
	}

	@Test
	void largestGapFirstAndADonePredecessorCountsWithItsActualDate() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		Milestone successor = milestone(project, "Successor", 10, MilestoneStatus.NOT_STARTED);
		Milestone small = milestone(project, "Small gap", 13, MilestoneStatus.IN_PROGRESS);
		Milestone big = milestone(project, "Big gap", 50, MilestoneStatus.BLOCKED);
		Milestone other = milestone(project, "Other successor", 0, MilestoneStatus.NOT_STARTED);
		Milestone donePredecessor = milestone(project, "Done late", -2, MilestoneStatus.DONE);
		this.milestones.addDependency(successor.getId(), small.getId());
		this.milestones.addDependency(successor.getId(), big.getId());
		// done two days ago, after a successor forecast for four days ago: a conflict of
		// 2 days
		this.jdbc.sql("update milestones set forecast_date = ? where id = ?")
			.params(this.today.minusDays(4), other.getId())
			.update();
		this.milestones.addDependency(other.getId(), donePredecessor.getId());
		assertThat(this.query.forProgram(program.getId())).extracting(DependencyConflict::gapDays)
			.containsExactly(40L, 3L, 2L);
		assertThat(this.query.forProgram(program.getId()).get(2).predecessor().done()).isTrue();
	}

	@Test
	void programWithoutConflictsSaysSo() throws Exception {
		Program program = this.data.program();
		this.data.project(program);
		assertThat(section(body("/programs/{id}", program.getId()))).contains("No dependency conflicts");
	}

}
