package dev.milepost.risk;

import java.time.LocalDate;
import java.util.List;

import dev.milepost.SliceData;
import dev.milepost.TestClock;
import dev.milepost.TestClockConfiguration;
import dev.milepost.TestDatabaseConfiguration;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import jakarta.persistence.EntityManager;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, SliceData.class })
class RiskRepositoryTests {

	@Autowired
	RiskRepository risks;

	@Autowired
	EntityManager entityManager;

	@Autowired
	SliceData data;

	@Test
	void storesScoreAsProbabilityTimesImpact() {
		Program program = this.data.program();
		Risk risk = this.risks.saveAndFlush(RiskTestData.risk(program, null, "Vendor late", 3, 4));
		risk.rate(5, 2);
		this.risks.saveAndFlush(risk);
		this.entityManager.clear();

		Object[] row = (Object[]) this.entityManager
			.createNativeQuery("select probability, impact, score from risks where id = :id")
			.setParameter("id", risk.getId())
			.getSingleResult();
		assertThat(row).containsExactly(5, 2, 10);
	}

	@Test
	void databaseRejectsScoreThatIsNotProbabilityTimesImpact() {
		Program program = this.data.program();
		assertThatThrownBy(() -> insert(program.getId(), 3, 4, 11)).isInstanceOf(ConstraintViolationException.class)
			.extracting((ex) -> ((ConstraintViolationException) ex).getConstraintName())
			.isEqualTo("ck_risks_score");
	}

	@Test
	void databaseRejectsProbabilityAboveFive() {
		Program program = this.data.program();
		// score consistent, so only the probability range check can object
		assertThatThrownBy(() -> insert(program.getId(), 6, 1, 6)).isInstanceOf(ConstraintViolationException.class)
			.extracting((ex) -> ((ConstraintViolationException) ex).getConstraintName())
			.isEqualTo("ck_risks_probability");
	}

	@Test
	void databaseRejectsProbabilityBelowOne() {
		Program program = this.data.program();
		assertThatThrownBy(() -> insert(program.getId(), 0, 3, 0)).isInstanceOf(ConstraintViolationException.class)
			.extracting((ex) -> ((ConstraintViolationException) ex).getConstraintName())
			.isEqualTo("ck_risks_probability");
	}

	@Test
	void databaseRejectsImpactAboveFive() {
		Program program = this.data.program();
		assertThatThrownBy(() -> insert(program.getId(), 1, 6, 6)).isInstanceOf(ConstraintViolationException.class)
			.extracting((ex) -> ((ConstraintViolationException) ex).getConstraintName())
			.isEqualTo("ck_risks_impact");
	}

	@Test
	void databaseRejectsRiskOfUnknownProgram() {
		assertThatThrownBy(() -> insert(-42L, 2, 2, 4)).isInstanceOf(ConstraintViolationException.class)
			.extracting((ex) -> ((ConstraintViolationException) ex).getConstraintName())
			.asString()
			.containsIgnoringCase("program");
	}

	@Test
	void entityRefusesRatingsOutsideOneToFive() {
		Risk risk = RiskTestData.risk(null, null, "x", 1, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> risk.rate(0, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> risk.rate(3, 6));
		assertThat(risk.getScore()).isEqualTo(1);
	}

	@Test
	void summariesForProgramIncludeProjectRisksButNotArchivedOrOtherPrograms() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		Program other = this.data.program();
		Risk low = this.risks.save(RiskTestData.risk(program, null, "Low one", 1, 2));
		Risk high = this.risks.save(RiskTestData.risk(program, project, "High one", 4, 5));
		Risk archived = RiskTestData.risk(program, null, "Archived one", 5, 5);
		archived.setArchived(true);
		this.risks.save(archived);
		this.risks.save(RiskTestData.risk(other, null, "Other program", 5, 5));
		this.risks.flush();

		List<RiskSummary> summaries = this.risks.summariesForProgram(program.getId());

		assertThat(summaries).extracting(RiskSummary::id).containsExactly(high.getId(), low.getId());
		RiskSummary first = summaries.get(0);
		assertThat(first.programKey()).isEqualTo(program.getKey());
		assertThat(first.projectKey()).isEqualTo(project.getKey());
		assertThat(first.score()).isEqualTo(20);
		assertThat(first.band()).isEqualTo(RiskBand.CRITICAL);
		assertThat(summaries.get(1).projectKey()).isNull();
	}

	@Test
	void summariesForProjectOnlyHaveRisksNarrowedToIt() {
		Program program = this.data.program();
		Project project = this.data.project(program);
		this.risks.save(RiskTestData.risk(program, null, "Program wide", 5, 5));
		Risk narrowed = this.risks.save(RiskTestData.risk(program, project, "Narrowed", 2, 3));
		this.risks.flush();

		assertThat(this.risks.summariesForProject(project.getId())).extracting(RiskSummary::id)
			.containsExactly(narrowed.getId());
	}

	@Test
	void searchMatchesTextIgnoringCaseAndTreatsWildcardsLiterally() {
		Program program = this.data.program();
		Risk percent = this.risks.save(RiskTestData.risk(program, null, "Budget 100% spent", 2, 2));
		Risk owner = RiskTestData.risk(program, null, "Something else", 2, 2);
		owner.setOwner("Percy Budgetson");
		this.risks.save(owner);
		this.risks.flush();

		assertThat(search(program, "budget")).containsExactlyInAnyOrder(percent.getId(), owner.getId());
		assertThat(search(program, "100%")).containsExactly(percent.getId());
		assertThat(search(program, "1_0")).isEmpty();
	}

	private List<Long> search(Program program, String q) {
		RiskCriteria criteria = new RiskCriteria(q, program.getId(), null, null, null, null, null, null, null, null,
				false);
		return this.risks.findAll(RiskSpecifications.matching(criteria), Sort.by("id"))
			.stream()
			.map(Risk::getId)
			.toList();
	}

	private void insert(Long programId, int probability, int impact, int score) {
		this.entityManager.createNativeQuery("""
				insert into risks (program_id, title, category, probability, impact, score, owner, response, status,
					raised_date, created_at, updated_at)
				values (:program, 'Raw insert', 'COST', :p, :i, :s, 'Olga', 'ACCEPT', 'OPEN', :raised,
					:now, :now)""")
			.setParameter("program", programId)
			.setParameter("now", TestClock.runNowAtUtc())
			.setParameter("p", probability)
			.setParameter("i", impact)
			.setParameter("s", score)
			.setParameter("raised", LocalDate.of(2026, 3, 1))
			.executeUpdate();
	}

}
