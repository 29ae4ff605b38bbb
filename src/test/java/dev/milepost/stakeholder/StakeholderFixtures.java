package dev.milepost.stakeholder;

import java.util.Locale;

import dev.milepost.TestData;
import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;

/**
 * Saves stakeholders and links for tests, with JVM-unique names and emails so that tests
 * sharing the database only ever look at their own rows. A plain object, not a bean, so
 * that test classes keep sharing one Spring context.
 */
class StakeholderFixtures {

	private final StakeholderRepository stakeholders;

	private final ProgramStakeholderRepository programLinks;

	private final ProjectStakeholderRepository projectLinks;

	StakeholderFixtures(StakeholderRepository stakeholders, ProgramStakeholderRepository programLinks,
			ProjectStakeholderRepository projectLinks) {
		this.stakeholders = stakeholders;
		this.programLinks = programLinks;
		this.projectLinks = projectLinks;
	}

	/** A unique lower-case email such as {@code t4f2@example.org}. */
	static String uniqueEmail() {
		return TestData.uniqueKey().toLowerCase(Locale.ROOT) + "@example.org";
	}

	Stakeholder stakeholder(String name) {
		return stakeholder(name, Level.MEDIUM, Level.MEDIUM, null);
	}

	Stakeholder stakeholder(String name, Level influence, Level interest, String organisation) {
		Stakeholder stakeholder = new Stakeholder(name, uniqueEmail());
		stakeholder.setInfluence(influence);
		stakeholder.setInterest(interest);
		stakeholder.setOrganisation(organisation);
		return this.stakeholders.saveAndFlush(stakeholder);
	}

	ProgramStakeholder link(Stakeholder stakeholder, Program program, RaciRole role, boolean weekly) {
		return this.programLinks.saveAndFlush(new ProgramStakeholder(program, stakeholder, role, weekly));
	}

	ProjectStakeholder link(Stakeholder stakeholder, Project project, RaciRole role) {
		return this.projectLinks.saveAndFlush(new ProjectStakeholder(project, stakeholder, role));
	}

}
