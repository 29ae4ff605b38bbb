package dev.milepost.report.web;

import dev.milepost.report.Written;
import jakarta.validation.constraints.Size;

/**
 * The written sections of a report draft, with the draft's version for stale-edit
 * detection.
 */
public class ReportForm {

	static final int MAX = 4000;

	@Size(max = MAX)
	private String summary;

	@Size(max = MAX)
	private String highlights;

	@Size(max = MAX)
	private String lowlights;

	@Size(max = MAX)
	private String asks;

	@Size(max = MAX)
	private String decisions;

	@Size(max = MAX)
	private String nextSteps;

	private Long version;

	static ReportForm from(Written written, Long version) {
		ReportForm form = new ReportForm();
		form.summary = written.summary();
		form.highlights = written.highlights();
		form.lowlights = written.lowlights();
		form.asks = written.asks();
		form.decisions = written.decisions();
		form.nextSteps = written.nextSteps();
		form.version = version;
		return form;
	}

	Written toWritten() {
		return new Written(blankToNull(this.summary), blankToNull(this.highlights), blankToNull(this.lowlights),
				blankToNull(this.asks), blankToNull(this.decisions), blankToNull(this.nextSteps));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getHighlights() {
		return this.highlights;
	}

	public void setHighlights(String highlights) {
		this.highlights = highlights;
	}

	public String getLowlights() {
		return this.lowlights;
	}

	public void setLowlights(String lowlights) {
		this.lowlights = lowlights;
	}

	public String getAsks() {
		return this.asks;
	}

	public void setAsks(String asks) {
		this.asks = asks;
	}

	public String getDecisions() {
		return this.decisions;
	}

	public void setDecisions(String decisions) {
		this.decisions = decisions;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public void setNextSteps(String nextSteps) {
		this.nextSteps = nextSteps;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
