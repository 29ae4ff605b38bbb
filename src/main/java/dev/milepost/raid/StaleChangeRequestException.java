package dev.milepost.raid;

import java.time.LocalDate;
import java.util.List;

/**
 * An approval was refused because milestones of the change request were re-baselined
 * since the request was entered: approving would move them from dates nobody reviewed.
 * Nothing was changed; shown as a 409 listing each such milestone.
 */
public class StaleChangeRequestException extends RuntimeException {

	private final Long changeRequestId;

	private final List<Moved> moved;

	public StaleChangeRequestException(Long changeRequestId, List<Moved> moved) {
		super("Change request " + changeRequestId + " is stale: " + moved);
		this.changeRequestId = changeRequestId;
		this.moved = List.copyOf(moved);
	}

	public Long getChangeRequestId() {
		return this.changeRequestId;
	}

	public List<Moved> getMoved() {
		return this.moved;
	}

	/**
	 * A milestone whose baseline is no longer what the request was made against.
	 */
	public record Moved(Long milestoneId, String milestone, LocalDate baselineAtRequest, LocalDate baselineNow,
			LocalDate requestedBaseline) {
	}

}
