package dev.milepost.audit;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.milepost.IntegrationTest;
import dev.milepost.StatementCounter;
import dev.milepost.TestData;
import dev.milepost.portfolio.Milestone;
import dev.milepost.portfolio.MilestoneChanges;
import dev.milepost.portfolio.MilestoneService;
import dev.milepost.portfolio.MilestoneStatus;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.risk.Risk;
import dev.milepost.risk.RiskCategory;
import dev.milepost.risk.RiskDetails;
import dev.milepost.risk.RiskResponse;
import dev.milepost.risk.RiskService;
import dev.milepost.risk.RiskStatus;
import dev.milepost.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Envers history against real PostgreSQL: what an edit records, the History pages, the
 * program Activity feed and its time range.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class HistoryTests {

	private static final PageRequest FIRST_PAGE = PageRequest.of(0, ActivityService.PAGE_SIZE);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestData data;

	@Autowired
	ActivityService activity;

	@Autowired
	MilestoneService milestones;

	@Autowired
	RiskService risks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter counter;

	@Test
	void editingAProgramOnTheWebRecordsWhoChangedWhichFieldFromWhatToWhat() {
		Program program = this.data.program();
		String oldName = program.getName();

		MvcTestResult result = editProgram(program, "Renamed <script>alert('x')</script>", "ON_HOLD");

		assertThat(result).hasStatus(HttpStatus.FOUND);
		ActivityEntry latest = this.activity.history(RecordType.PROGRAM, program.getId(), FIRST_PAGE)
			.getContent()
			.get(0);
		assertThat(latest.username()).isEqualTo("test-admin");
		assertThat(latest.kind()).isEqualTo(ChangeKind.CHANGED);
		assertThat(latest.changes()).containsExactlyInAnyOrder(
				new FieldChange("Name", oldName, "Renamed <script>alert('x')</script>"),
				new FieldChange("Status", "Active", "On hold"));
	}

	@Test
	void historyPageShowsChangesNewestFirstAndEscapesThem() {
		Program program = this.data.program();
		editProgram(program, "Renamed <script>alert('x')</script>", "ON_HOLD");

		MvcTestResult result = this.mvc.get().uri("/programs/{id}/history", program.getId()).exchange();

		assertThat(result).hasStatusOk();
		String body = body(result);
		assertThat(body).contains("<h1>").contains("History").contains(program.getKey());
		assertThat(body).doesNotContain("<script>alert")
			.contains("Renamed &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
		assertThat(body).contains("test-admin");
		// newest first: the edit, then the creation
		assertThat(body.indexOf("On hold")).isPositive().isLessThan(body.indexOf(">Created<"));
		assertThat(body).contains("href=\"/programs/" + program.getId() + "\"");
	}

	@Test
	void activityOfAProgramIncludesItsMilestonesAndRisksButNotAnotherProgramsChanges() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		Milestone milestone = milestone(project);
		Risk risk = risk(program);
		this.milestones.update(milestone.getId(), this.milestones.get(milestone.getId()).getVersion(),
				new MilestoneChanges("Go-live moved", null, "Mo Owner", null, null, MilestoneStatus.IN_PROGRESS, null));
		Program other = this.data.program();
		Milestone otherMilestone = milestone(this.data.project(other));
		Risk otherRisk = risk(other);

		List<ActivityEntry> entries = this.activity.activity(program.getId(), null, null, FIRST_PAGE).getContent();

		assertThat(entries).anySatisfy((e) -> {
			assertThat(e.type()).isEqualTo(RecordType.MILESTONE);
			assertThat(e.recordId()).isEqualTo(milestone.getId());
			assertThat(e.kind()).isEqualTo(ChangeKind.CHANGED);
			assertThat(e.recordLabel()).isEqualTo(program.getKey() + " / " + project.getKey() + " · Go-live moved");
			assertThat(e.recordUrl()).isEqualTo("/milestones/" + milestone.getId());
			assertThat(e.changes()).contains(new FieldChange("Name", "Go-live", "Go-live moved"),
					new FieldChange("Status", "Not started", "In progress"));
		});
		assertThat(entries).anySatisfy((e) -> {
			assertThat(e.type()).isEqualTo(RecordType.RISK);
			assertThat(e.recordId()).isEqualTo(risk.getId());
			assertThat(e.kind()).isEqualTo(ChangeKind.CREATED);
		});
		assertThat(entries).anySatisfy((e) -> assertThat(e.type()).isEqualTo(RecordType.PROJECT));
		assertThat(entries)
			.noneMatch((e) -> e.type() == RecordType.MILESTONE && e.recordId() == otherMilestone.getId());
		assertThat(entries).noneMatch((e) -> e.type() == RecordType.RISK && e.recordId() == otherRisk.getId());
		assertThat(entries).noneMatch((e) -> e.type() == RecordType.PROGRAM && e.recordId() == other.getId());
		// newest first
		assertThat(entries).extracting(ActivityEntry::revision).isSortedAccordingTo((a, b) -> Long.compare(b, a));

		MvcTestResult page = this.mvc.get().uri("/programs/{id}/activity", program.getId()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("href=\"/milestones/" + milestone.getId() + "\"")
			.contains("href=\"/risks/" + risk.getId() + "\"")
			.doesNotContain("href=\"/risks/" + otherRisk.getId() + "\"");
	}

	@Test
	void activityCanBeLimitedToATimeRange() {
		Program program = this.data.program();
		editProgram(program, "Renamed in range", "ON_HOLD");
		// the creation happened "long ago": move its revision back in time
		long creation = this.activity.history(RecordType.PROGRAM, program.getId(), FIRST_PAGE)
			.getContent()
			.stream()
			.filter((e) -> e.kind() == ChangeKind.CREATED)
			.findFirst()
			.orElseThrow()
			.revision();
		this.jdbc.sql("update revisions set changed_at = :at where id = :rev")
			.param("at", java.time.OffsetDateTime.parse("2020-06-01T10:00:00Z"))
			.param("rev", creation)
			.update();
		Instant cut = Instant.parse("2021-01-01T00:00:00Z");

		Page<ActivityEntry> since = this.activity.activity(program.getId(), cut, null, FIRST_PAGE);
		Page<ActivityEntry> before = this.activity.activity(program.getId(), null, cut, FIRST_PAGE);
		Page<ActivityEntry> within = this.activity.activity(program.getId(), Instant.parse("2020-06-01T10:00:00Z"),
				Instant.parse("2020-06-01T10:00:01Z"), FIRST_PAGE);

		assertThat(since.getContent()).extracting(ActivityEntry::kind).containsExactly(ChangeKind.CHANGED);
		assertThat(since.getTotalElements()).isEqualTo(1);
		assertThat(before.getContent()).extracting(ActivityEntry::kind).containsExactly(ChangeKind.CREATED);
		assertThat(within.getContent()).extracting(ActivityEntry::revision).containsExactly(creation);
	}

	@Test
	void deletedRecordsKeepTheirHistory() {
		Program program = this.data.program();
		Risk risk = risk(program);
		this.risks.delete(risk.getId());

		List<ActivityEntry> entries = this.activity.activity(program.getId(), null, null, FIRST_PAGE).getContent();

		assertThat(entries.get(0).kind()).isEqualTo(ChangeKind.DELETED);
		assertThat(entries.get(0).recordLabel()).isEqualTo("Vendor late");
		assertThat(entries.get(0).recordUrl()).isEqualTo("/risks/" + risk.getId() + "/history");
		MvcTestResult page = this.mvc.get().uri("/risks/{id}/history", risk.getId()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("Vendor late").contains("Deleted");
	}

	@Test
	void unknownRecordsAndTypesAreNotFound() {
		assertThat(this.mvc.get().uri("/programs/999999999/history")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/projects/999999999/history")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/milestones/999999999/history")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/risks/999999999/history")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/stakeholders/999999999/history")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/programs/999999999/activity")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/widgets/1/history")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/programs/abc/history")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/programs/1/history?page=-1")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.activity.activity(999999999L, null, null, FIRST_PAGE));
	}

	@Test
	void everyHistoryPageRenders() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		Milestone milestone = milestone(project);
		Risk risk = risk(program);
		for (String uri : List.of("/programs/" + program.getId() + "/history",
				"/projects/" + project.getId() + "/history", "/milestones/" + milestone.getId() + "/history",
				"/risks/" + risk.getId() + "/history")) {
			MvcTestResult result = this.mvc.get().uri(uri).exchange();
			assertThat(result).as(uri).hasStatusOk();
			assertThat(body(result)).as(uri).contains("breadcrumb").contains(">Created<");
		}
	}

	@Test
	void activityPageIssuesTheSameNumberOfStatementsForFewAndManyChanges() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		milestone(project);
		int few = statements("/programs/" + program.getId() + "/activity");
		for (int i = 0; i < 8; i++) {
			milestone(this.data.project(program));
			risk(program);
		}
		int many = statements("/programs/" + program.getId() + "/activity");
		// one more statement at most per kind of record that appears on the page
		assertThat(many).isLessThanOrEqualTo(few + 2).isLessThanOrEqualTo(20);
	}

	private int statements(String uri) {
		this.counter.reset();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return this.counter.count();
	}

	private MvcTestResult editProgram(Program program, String name, String status) {
		return this.mvc.post()
			.uri("/programs/{id}", program.getId())
			.with(csrf())
			.param("version", String.valueOf(program.getVersion()))
			.param("key", program.getKey())
			.param("name", name)
			.param("status", status)
			.param("ownerId", program.getOwner().getId().toString())
			.param("startDate", "2026-01-01")
			.param("targetEndDate", "2027-06-30")
			.param("budgetCurrency", "USD")
			.exchange();
	}

	private Milestone milestone(Project project) {
		return this.milestones.create(project.getId(), "Go-live", null, "Mo Owner", LocalDate.of(2026, 9, 1), null,
				MilestoneStatus.NOT_STARTED, null);
	}

	private Risk risk(Program program) {
		return this.risks.create(new RiskDetails(program.getId(), null, "Vendor late", null, RiskCategory.SCHEDULE, 3,
				4, "Rita Owner", RiskResponse.REDUCE, null, null, RiskStatus.OPEN, LocalDate.of(2026, 1, 5)));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
