package dev.milepost.raid;

/**
 * Filters of the register lists; every {@code null} component means "any".
 *
 * @param q text contained in the title, ignoring case
 * @param programId entries of this program, including those narrowed to one of its
 * projects
 * @param projectId entries narrowed to this project
 * @param status one status of the kind listed
 * @param owner text contained in the owner's name (issue owner, decider, action owner,
 * requester), ignoring case
 * @param priority exactly this priority
 * @param overdue {@code true}: only live entries past their date (target, needed-by, due)
 * @param includeArchived {@code false} hides archived entries
 */
public record RaidCriteria(String q, Long programId, Long projectId, Enum<?> status, String owner, Priority priority,
		boolean overdue, boolean includeArchived) {

	public static RaidCriteria none() {
		return new RaidCriteria(null, null, null, null, null, null, false, false);
	}

	public static RaidCriteria ofProgram(Long programId) {
		return new RaidCriteria(null, programId, null, null, null, null, false, false);
	}

}
