package dev.milepost.risk;

/**
 * Filters of the risk list; every {@code null} component means "any".
 *
 * @param q text contained in title, owner or description, ignoring case
 * @param programId risks of this program, including those narrowed to one of its projects
 * @param projectId risks narrowed to this project
 * @param owner owner equal to this, ignoring case
 * @param minScore score at least this
 * @param maxScore score at most this
 * @param probability exactly this probability (heat map cell)
 * @param impact exactly this impact (heat map cell)
 * @param includeArchived {@code false} hides archived risks, {@code true} shows them too
 */
public record RiskCriteria(String q, Long programId, Long projectId, RiskStatus status, RiskCategory category,
		String owner, Integer minScore, Integer maxScore, Integer probability, Integer impact,
		boolean includeArchived) {

	/** No filter: every risk that is not archived. */
	public static RiskCriteria none() {
		return new RiskCriteria(null, null, null, null, null, null, null, null, null, null, false);
	}

}
