package dev.milepost.portfolio;

import java.util.List;

/**
 * A milestone with everything its page shows, loaded in a fixed number of queries.
 *
 * @param milestone the milestone, its project and program initialised
 * @param history baseline and forecast moves, newest first
 * @param predecessors milestones this one depends on
 * @param successors milestones that depend on this one
 */
public record MilestoneView(Milestone milestone, MilestoneRow row, List<MilestoneDateChange> history,
		List<MilestoneRow> predecessors, List<MilestoneRow> successors) {

}
