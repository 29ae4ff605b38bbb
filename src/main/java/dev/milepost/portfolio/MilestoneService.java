package dev.milepost.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Milestones, their dated history and their dependencies.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneService {

	private final MilestoneRepository milestones;

	private final Clock clock;

	MilestoneService(MilestoneRepository milestones, Clock clock) {
		this.milestones = milestones;
		this.clock = clock;
	}

	/** The project's milestones that are not archived, by forecast date, in one query. */
	public List<MilestoneRow> rowsForProject(Long projectId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.milestones.findByProject(projectId, false).stream().map((m) -> MilestoneRow.of(m, today)).toList();
	}

	/** How many milestones (archived included) the project has; a project with any cannot be deleted. */
	public long countForProject(Long projectId) {
		return this.milestones.countByProjectId(projectId);
	}

}
