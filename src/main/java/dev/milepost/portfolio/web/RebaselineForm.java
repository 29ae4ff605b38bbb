package dev.milepost.portfolio.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a milestone's baseline: the new commitment and why. */
public class RebaselineForm {

	@NotNull
	private LocalDate baselineDate;

	@NotBlank
	@Size(max = 500)
	private String reason;

	private long version;

	public LocalDate getBaselineDate() {
		return this.baselineDate;
	}

	public void setBaselineDate(LocalDate baselineDate) {
		this.baselineDate = baselineDate;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
