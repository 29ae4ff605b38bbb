package dev.milepost.demo;

import java.util.List;

/**
 * What a demo load inserted.
 *
 * @param programKeys the keys of the inserted programs, so callers can find their rows
 * again
 * @param programs number of programs
 * @param projects number of projects
 * @param milestones number of milestones
 * @param dateChanges number of milestone date-change history rows
 * @param dependencies number of milestone dependencies
 * @param risks number of risks
 * @param stakeholders number of stakeholders
 * @param programLinks number of program-stakeholder (RACI) links
 * @param projectLinks number of project-stakeholder (RACI) links
 */
public record DemoDataSummary(List<String> programKeys, int programs, int projects, int milestones, int dateChanges,
		int dependencies, int risks, int stakeholders, int programLinks, int projectLinks) {

	public DemoDataSummary {
		programKeys = List.copyOf(programKeys);
	}

}
