package dev.milepost.raid.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.milepost.raid.ChangeRequest;
import dev.milepost.raid.ChangeRequestDetails;
import dev.milepost.raid.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The change request form, for create and edit: its description and a fixed number of
 * impact rows (milestone moves and budget changes); empty rows are ignored.
 */
class ChangeForm extends RaidForm {

	/** Impact rows offered beyond those already filled in. */
	static final int SPARE_ROWS = 3;

	@NotBlank
	@Size(max = 4000)
	private String reason;

	@NotBlank
	@Size(max = 120)
	private String requestedBy;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate neededBy;

	@Valid
	private List<MoveRow> moves = new ArrayList<>();

	@Valid
	private List<BudgetRow> budgets = new ArrayList<>();

	static ChangeForm blank() {
		ChangeForm form = new ChangeForm();
		form.setPriority(Priority.MEDIUM);
		form.padRows();
		return form;
	}

	static ChangeForm from(ChangeRequest change) {
		ChangeForm form = new ChangeForm();
		form.setVersion(change.getVersion());
		form.setProgramId(change.getProgram().getId());
		form.setProjectId((change.getProject() != null) ? change.getProject().getId() : null);
		form.setTitle(change.getTitle());
		form.setReason(change.getReason());
		form.setRequestedBy(change.getRequestedBy());
		form.setPriority(change.getPriority());
		form.setNeededBy(change.getNeededBy());
		change.getMoves().forEach((m) -> form.moves.add(new MoveRow(m.getMilestone().getId(), m.getNewBaseline())));
		change.getBudgets().forEach((b) -> form.budgets.add(new BudgetRow(b.getProject().getId(), b.getDelta())));
		form.padRows();
		return form;
	}

	/** Adds empty rows so that the form offers {@link #SPARE_ROWS} more of each. */
	void padRows() {
		for (int i = 0; i < SPARE_ROWS; i++) {
			this.moves.add(new MoveRow(null, null));
			this.budgets.add(new BudgetRow(null, null));
		}
	}

	ChangeRequestDetails toDetails() {
		return new ChangeRequestDetails(getProgramId(), getProjectId(), getTitle(), this.reason, this.requestedBy,
				getPriority(), this.neededBy,
				this.moves.stream()
					.filter((m) -> m != null)
					.map((m) -> new ChangeRequestDetails.Move(m.getMilestoneId(), m.getNewBaseline()))
					.toList(),
				this.budgets.stream()
					.filter((b) -> b != null)
					.map((b) -> new ChangeRequestDetails.Budget(b.getProjectId(), b.getDelta()))
					.toList());
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public void setRequestedBy(String requestedBy) {
		this.requestedBy = requestedBy;
	}

	public LocalDate getNeededBy() {
		return this.neededBy;
	}

	public void setNeededBy(LocalDate neededBy) {
		this.neededBy = neededBy;
	}

	public List<MoveRow> getMoves() {
		return this.moves;
	}

	public void setMoves(List<MoveRow> moves) {
		this.moves = moves;
	}

	public List<BudgetRow> getBudgets() {
		return this.budgets;
	}

	public void setBudgets(List<BudgetRow> budgets) {
		this.budgets = budgets;
	}

	/** One milestone whose baseline moves. */
	public static class MoveRow {

		private Long milestoneId;

		@DateTimeFormat(iso = ISO.DATE)
		private LocalDate newBaseline;

		public MoveRow() {
		}

		MoveRow(Long milestoneId, LocalDate newBaseline) {
			this.milestoneId = milestoneId;
			this.newBaseline = newBaseline;
		}

		public Long getMilestoneId() {
			return this.milestoneId;
		}

		public void setMilestoneId(Long milestoneId) {
			this.milestoneId = milestoneId;
		}

		public LocalDate getNewBaseline() {
			return this.newBaseline;
		}

		public void setNewBaseline(LocalDate newBaseline) {
			this.newBaseline = newBaseline;
		}

	}

	/** One project whose planned budget changes. */
	public static class BudgetRow {

		private Long projectId;

		@Digits(integer = 13, fraction = 2)
		private BigDecimal delta;

		public BudgetRow() {
		}

		BudgetRow(Long projectId, BigDecimal delta) {
			this.projectId = projectId;
			this.delta = delta;
		}

		public Long getProjectId() {
			return this.projectId;
		}

		public void setProjectId(Long projectId) {
			this.projectId = projectId;
		}

		public BigDecimal getDelta() {
			return this.delta;
		}

		public void setDelta(BigDecimal delta) {
			this.delta = delta;
		}

	}

}
