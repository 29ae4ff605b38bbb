package dev.milepost.authz;

/**
 * The ids of one fresh portfolio built by {@link Fixtures#world()}: a program (owned by
 * the owning TPM, with one editor) with a project, three milestones (the successor
 * depends on the predecessor; the free one has no dependencies, so it may be deleted), a
 * risk, a stakeholder linked to the program and the project; an empty program and an
 * empty project (which may be deleted); a stakeholder without links (which may be deleted
 * or linked); and a TPM account (for the account screens) whose username contains the
 * token.
 *
 * @param token unique text in the names of everything in this world
 */
record World(Fixtures fixtures, String token, Long program, Long emptyProgram, Long project, Long emptyProject,
		Long successor, Long predecessor, Long freeMilestone, Long risk, Long stakeholder, Long freeStakeholder,
		Long programLink, Long projectLink, Long account) {

	long version(String table, Long id) {
		return this.fixtures.version(table, id);
	}

}
