package dev.milepost.portfolio;

import java.time.LocalDate;

import dev.milepost.TestClock;
import dev.milepost.IntegrationTest;
import dev.milepost.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
class MilestoneControllerTests {

	@Autowired
	MockMvcTester mvc;

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
	void createsAMilestoneFromTheFormAndRecordsItsFirstForecast() {
		MvcTestResult result = this.mvc.post()
			.uri("/milestones")
			.with(csrf())
			.param("projectId", this.project.getId().toString())
			.param("name", "Security review passed")
			.param("owner", "Priya")
			.param("baselineDate", this.today.plusDays(40).toString())
			.param("status", "NOT_STARTED")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/milestones/");
		Long id = Long.valueOf(location.substring("/milestones/".length()));
		Milestone created = this.milestones.get(id);
		assertThat(created.getName()).isEqualTo("Security review passed");
		assertThat(created.getForecastDate()).isEqualTo(this.today.plusDays(40));
		assertThat(this.changes.countByMilestoneId(id)).isEqualTo(1);
	}

	@Test
	void rejectsAFormWithoutNameOrBaselineKeepingTheInput() {
		assertThat(this.mvc.post()
			.uri("/milestones")
			.with(csrf())
			.param("projectId", this.project.getId().toString())
			.param("name", "")
			.param("owner", "Owner Kept")
			.param("status", "NOT_STARTED")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Required.")
			.contains("value=\"Owner Kept\"")
			.contains("is-invalid");
	}

	@Test
	void malformedDateInTheFormIsA400WithAMessage() {
		assertThat(this.mvc.post()
			.uri("/milestones")
			.with(csrf())
			.param("projectId", this.project.getId().toString())
			.param("name", "Bad date")
			.param("baselineDate", "2026-13-45")
			.param("status", "NOT_STARTED")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("2026-13-45 is not a date.")
			.contains("value=\"2026-13-45\"");
	}

	@Test
	void unknownIdIsA404AndMalformedIdOrEnumIsA400() {
		assertThat(this.mvc.get().uri("/milestones/987654321")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Not found")
			.doesNotContain("Exception");
		assertThat(this.mvc.get().uri("/milestones/abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("&#39;abc&#39; is not a valid number for &#39;id&#39;");
		assertThat(this.mvc.get().uri("/milestones?status=LATE")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains(
					"&#39;LATE&#39; is not a valid choice (one of NOT_STARTED, IN_PROGRESS, DONE, BLOCKED, CANCELLED)");
		assertThat(this.mvc.get().uri("/milestones?sort=password")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Cannot sort by &#39;password&#39;");
	}

	@Test
	void htmxProgressUpdateRedrawsTheRowWithTheNewSlip() throws Exception {
		Milestone m = milestone("Data migrated", this.today.plusDays(10));

		MvcTestResult result = this.mvc.post()
			.uri("/milestones/{id}/progress", m.getId())
			.with(csrf())
			.header("HX-Request", "true")
			.param("status", "IN_PROGRESS")
			.param("forecastDate", this.today.plusDays(22).toString())
			.param("reason", "Cut-over weekend moved")
			.param("version", String.valueOf(m.getVersion()))
			.exchange();

		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(html).startsWith("<tr").contains("id=\"milestone-" + m.getId() + "\"");
		assertThat(html).contains("+12").contains(this.today.plusDays(22).toString()).contains("Saved");
		assertThat(html).doesNotContain("<html").doesNotContain("<nav");
		Milestone stored = this.milestones.get(m.getId());
		assertThat(stored.getForecastDate()).isEqualTo(this.today.plusDays(22));
		assertThat(stored.getStatus()).isEqualTo(MilestoneStatus.IN_PROGRESS);
		assertThat(this.changes.findByMilestoneNewestFirst(m.getId()).get(0).getReason())
			.isEqualTo("Cut-over weekend moved");
	}

	@Test
	void htmxProgressUpdateWithoutReasonAnswers400WithTheRowKeepingTheInput() {
		Milestone m = milestone("Load test", this.today.plusDays(10));

		assertThat(this.mvc.post()
			.uri("/milestones/{id}/progress", m.getId())
			.with(csrf())
			.header("HX-Request", "true")
			.param("status", "BLOCKED")
			.param("forecastDate", this.today.plusDays(30).toString())
			.param("version", String.valueOf(m.getVersion()))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Say why the forecast moved")
			.contains("value=\"" + this.today.plusDays(30) + "\"")
			.containsPattern("value=\"BLOCKED\"\\s+selected");
		assertThat(this.milestones.get(m.getId()).getForecastDate()).isEqualTo(this.today.plusDays(10));
	}

	@Test
	void staleHtmxProgressUpdateIsA409ThatShowsTheStoredValuesAndChangesNothing() {
		Milestone m = milestone("Go live", this.today.plusDays(10));
		long seenVersion = m.getVersion();
		this.milestones.updateProgress(m.getId(), seenVersion, MilestoneStatus.BLOCKED, this.today.plusDays(15), null,
				"Someone else's change");

		assertThat(this.mvc.post()
			.uri("/milestones/{id}/progress", m.getId())
			.with(csrf())
			.header("HX-Request", "true")
			.param("status", "IN_PROGRESS")
			.param("forecastDate", this.today.plusDays(11).toString())
			.param("reason", "My change")
			.param("version", String.valueOf(seenVersion))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this milestone")
			.contains("Blocked")
			.contains(this.today.plusDays(15).toString())
			.contains("value=\"My change\"")
			.contains("value=\"" + this.today.plusDays(11) + "\"");
		Milestone stored = this.milestones.get(m.getId());
		assertThat(stored.getStatus()).isEqualTo(MilestoneStatus.BLOCKED);
		assertThat(stored.getForecastDate()).isEqualTo(this.today.plusDays(15));
	}

	@Test
	void progressUpdateWithoutJavaScriptRedirectsToTheProject() {
		Milestone m = milestone("Docs", this.today.plusDays(10));

		assertThat(this.mvc.post()
			.uri("/milestones/{id}/progress", m.getId())
			.with(csrf())
			.param("status", "DONE")
			.param("forecastDate", this.today.plusDays(10).toString())
			.param("actualDate", this.today.toString())
			.param("version", String.valueOf(m.getVersion()))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/projects/" + this.project.getId() + "#milestone-" + m.getId());
		assertThat(this.milestones.get(m.getId()).getActualDate()).isEqualTo(this.today);
	}

	@Test
	void staleEditFormIsA409ShowingBothVersions() {
		Milestone m = milestone("Original name", this.today.plusDays(10));
		long seenVersion = m.getVersion();
		this.milestones.update(m.getId(), seenVersion, new MilestoneChanges("Their name", null, "Ann",
				m.getForecastDate(), null, MilestoneStatus.IN_PROGRESS, null));

		assertThat(this.mvc.post()
			.uri("/milestones/{id}", m.getId())
			.with(csrf())
			.param("name", "My name")
			.param("owner", "Ann")
			.param("forecastDate", m.getForecastDate().toString())
			.param("status", "NOT_STARTED")
			.param("version", String.valueOf(seenVersion))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this record")
			.contains("Their name")
			.contains("value=\"My name\"");
		assertThat(this.milestones.get(m.getId()).getName()).isEqualTo("Their name");
	}

	@Test
	void editFormShowsDatesInTheFormatDateInputsRead() {
		Milestone m = milestone("Dated", LocalDate.of(2027, 3, 9));

		assertThat(this.mvc.get().uri("/milestones/{id}/edit", m.getId())).hasStatusOk()
			.bodyText()
			.contains("id=\"forecastDate\" name=\"forecastDate\" value=\"2027-03-09\"");
	}

	@Test
	void cyclicDependencyIsRefusedWithAClearMessage() {
		Milestone a = milestone("Upstream", this.today.plusDays(10));
		Milestone b = milestone("Downstream", this.today.plusDays(20));
		this.milestones.addDependency(b.getId(), a.getId());

		assertThat(this.mvc.post()
			.uri("/milestones/{id}/dependencies", a.getId())
			.with(csrf())
			.param("predecessorId", b.getId().toString())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("That would create a dependency cycle: Upstream → Downstream → Upstream");
		assertThat(this.milestones.view(a.getId()).predecessors()).isEmpty();
	}

	@Test
	void projectPageListsMilestonesWithInPlaceForms() {
		Milestone m = milestone("Visible on project page", this.today.minusDays(2));

		assertThat(this.mvc.get().uri("/projects/{id}", this.project.getId())).hasStatusOk()
			.bodyText()
			.contains("Visible on project page")
			.contains("id=\"milestone-" + m.getId() + "\"")
			.contains("hx-post=\"/milestones/" + m.getId() + "/progress\"")
			.contains("name=\"_csrf\"")
			.contains("Overdue");
	}

	@Test
	void milestonePageShowsHistoryAndEscapesUserText() {
		Milestone m = milestone("<script>alert(1)</script>", this.today.plusDays(10));
		this.milestones.updateProgress(m.getId(), m.getVersion(), MilestoneStatus.IN_PROGRESS, this.today.plusDays(17),
				null, "<b>vendor</b> slipped");

		assertThat(this.mvc.get().uri("/milestones/{id}", m.getId())).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;b&gt;vendor&lt;/b&gt; slipped")
			.contains("+7");
	}

	@Test
	void listFiltersByProjectAndOverdue() {
		milestone("Late thing", this.today.minusDays(3));
		milestone("Future thing", this.today.plusDays(3));

		assertThat(this.mvc.get().uri("/milestones?projectId={p}&overdue=true", this.project.getId())).hasStatusOk()
			.bodyText()
			.contains("Late thing")
			.doesNotContain("Future thing")
			.contains("of 1");
	}

}
