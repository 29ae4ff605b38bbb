package dev.milepost.portfolio.web;

import java.time.LocalDate;

import dev.milepost.portfolio.MilestoneRow;
import dev.milepost.portfolio.MilestoneStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The in-place update of a milestone row on the project page: status, forecast, actual
 * date and why the forecast moved.
 */
public class MilestoneProgressForm {

	@NotNull
	private MilestoneStatus status;

	@NotNull
	private LocalDate forecastDate;

	private LocalDate actualDate;

	@Size(max = 500)
	private String reason;

	private long version;

	static MilestoneProgressForm from(MilestoneRow row) {
		MilestoneProgressForm form = new MilestoneProgressForm();
		form.status = row.status();
		form.forecastDate = row.forecastDate();
		form.actualDate = row.actualDate();
		form.version = row.version();
		return form;
	}

	public MilestoneStatus getStatus() {
		return this.status;
	}

	public void setStatus(MilestoneStatus status) {
		this.status = status;
	}

	public LocalDate getForecastDate() {
		return this.forecastDate;
	}

	public void setForecastDate(LocalDate forecastDate) {
		this.forecastDate = forecastDate;
	}

	public LocalDate getActualDate() {
		return this.actualDate;
	}

	public void setActualDate(LocalDate actualDate) {
		this.actualDate = actualDate;
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
