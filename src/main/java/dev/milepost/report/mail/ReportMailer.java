package dev.milepost.report.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportCharts;
import dev.milepost.report.ReportContent;
import dev.milepost.report.ReportPublished;
import dev.milepost.report.ReportService;
import dev.milepost.report.StoredReport;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a published report for every stakeholder of its program whose link says
 * "receives weekly report" (and who is not archived): one outbox row per report version
 * and address, in the publishing transaction. A correction is a new version and goes out
 * again, marked as such.
 *
 * <p>
 * The two parts are rendered once per report with a placeholder for the recipient's
 * unsubscribe link, which is then put in per recipient: a program with many stakeholders
 * costs two template renderings, not two per stakeholder.
 */
@Component
class ReportMailer {

	private final ReportRecipients recipients;

	private final ReportService reports;

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final MailLinks links;

	private final MessageSource messages;

	ReportMailer(ReportRecipients recipients, ReportService reports, MailOutbox outbox, MailTemplates templates,
			MailLinks links, MessageSource messages) {
		this.recipients = recipients;
		this.reports = reports;
		this.outbox = outbox;
		this.templates = templates;
		this.links = links;
		this.messages = messages;
	}

	@EventListener
	void published(ReportPublished event) {
		List<Recipient> recipients = recipients(event.programId());
		if (recipients.isEmpty()) {
			return;
		}
		StoredReport report = this.reports.find(event.programId(), IsoWeek.parse(event.week()), event.versionNo())
			.orElseThrow();
		ReportContent content = this.reports.content(report);
		String path = "/programs/" + event.programId() + "/reports/" + event.week();
		Map<String, Object> variables = new HashMap<>();
		variables.put("content", content);
		variables.put("report", report);
		variables.put("view", ReportMailView.of(report.written()));
		variables.put("charts", ReportCharts.of(content));
		variables.put("reportUrl", this.links.to(path + "?version=" + event.versionNo()));
		variables.put("pdfUrl", this.links.to(path + ".pdf?version=" + event.versionNo()));
		variables.put("unsubscribeUrl", MailLinks.UNSUBSCRIBE_PLACEHOLDER);
		variables.put("correction", event.correction());
		String subject = this.messages.getMessage(
				event.correction() ? "mail.report.subject.correction" : "mail.report.subject",
				new Object[] { content.week(), content.programKey(), content.programName(),
						healthName(content.health()), event.versionNo() },
				Locale.ENGLISH);
		variables.put("subject", subject);
		String html = this.templates.html("report", variables);
		String text = this.templates.text("report", variables);
		for (Recipient recipient : recipients) {
			this.outbox.enqueue(this.links.personal("report:" + event.reportId() + ":" + recipient.email(), recipient,
					subject, text, html));
		}
	}

	List<Recipient> recipients(long programId) {
		return this.recipients.of(programId);
	}

	private String healthName(String health) {
		return (health != null) ? this.messages.getMessage("health." + health, null, health, Locale.ENGLISH)
				: this.messages.getMessage("mail.report.health.unknown", null, Locale.ENGLISH);
	}

}
