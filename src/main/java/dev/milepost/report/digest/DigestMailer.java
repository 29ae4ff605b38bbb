package dev.milepost.report.digest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.milepost.report.IsoWeek;
import dev.milepost.report.ReportCharts;
import dev.milepost.report.mail.DigestSubscriptions;
import dev.milepost.report.mail.MailLinks;
import dev.milepost.report.mail.MailOutbox;
import dev.milepost.report.mail.MailTemplates;
import dev.milepost.report.mail.Recipient;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a published digest for every subscriber (users and stakeholders, see
 * {@link DigestSubscriptions}): one outbox row per digest and address, in the publishing
 * transaction, so the digest and its mails commit together and a second publication
 * (there is none: {@link DigestPublished} is raised once per week) could not double them
 * either. Rendered once with a placeholder for the recipient's unsubscribe link, as
 * report mails are.
 */
@Component
class DigestMailer {

	private final DigestService digests;

	private final DigestSubscriptions subscriptions;

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final MailLinks links;

	private final MessageSource messages;

	DigestMailer(DigestService digests, DigestSubscriptions subscriptions, MailOutbox outbox, MailTemplates templates,
			MailLinks links, MessageSource messages) {
		this.digests = digests;
		this.subscriptions = subscriptions;
		this.outbox = outbox;
		this.templates = templates;
		this.links = links;
		this.messages = messages;
	}

	@EventListener
	void published(DigestPublished event) {
		List<Recipient> recipients = this.subscriptions.recipients();
		if (recipients.isEmpty()) {
			return;
		}
		StoredDigest digest = this.digests.find(IsoWeek.parse(event.week())).orElseThrow();
		DigestContent content = this.digests.content(digest);
		Map<String, Integer> counts = new LinkedHashMap<>();
		content.groups().forEach((group) -> counts.put(group.health(), group.programs().size()));
		String subject = this.messages.getMessage("mail.digest.subject", new Object[] { content.week(),
				counts.getOrDefault("RED", 0), counts.getOrDefault("AMBER", 0), counts.getOrDefault("GREEN", 0) },
				Locale.ENGLISH);
		Map<String, Object> variables = new HashMap<>();
		variables.put("subject", subject);
		variables.put("content", content);
		variables.put("digest", digest);
		variables.put("counts", counts);
		variables.put("bar", ReportCharts.strip(List.of("RED", "AMBER", "GREEN"), counts));
		variables.put("withoutReport",
				String.join(", ", content.withoutReport().stream().map(DigestContent.ProgramRef::key).toList()));
		variables.put("digestUrl", this.links.to("/reports/digest/" + content.week()));
		variables.put("baseUrl", this.links.to(""));
		variables.put("unsubscribeUrl", MailLinks.UNSUBSCRIBE_PLACEHOLDER);
		String html = this.templates.html("digest", variables);
		String text = this.templates.text("digest", variables);
		for (Recipient recipient : recipients) {
			this.outbox.enqueue(this.links.personal("digest:" + event.digestId() + ":" + recipient.email(), recipient,
					subject, text, html));
		}
	}

}
