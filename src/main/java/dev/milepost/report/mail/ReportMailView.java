package dev.milepost.report.mail;

import java.util.List;

import dev.milepost.report.Written;

/**
 * The written sections of a report as blocks for the mail templates (their charts are
 * {@link dev.milepost.report.ReportCharts}, as on the page).
 */
record ReportMailView(List<MailText.Block> summary, List<MailText.Block> highlights, List<MailText.Block> lowlights,
		List<MailText.Block> asks, List<MailText.Block> decisions, List<MailText.Block> nextSteps) {

	static ReportMailView of(Written written) {
		return new ReportMailView(MailText.blocks(written.summary()), MailText.blocks(written.highlights()),
				MailText.blocks(written.lowlights()), MailText.blocks(written.asks()),
				MailText.blocks(written.decisions()), MailText.blocks(written.nextSteps()));
	}

}
