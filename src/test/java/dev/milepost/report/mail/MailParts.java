package dev.milepost.report.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reads the decoded text and HTML parts of a received mail, however deep its multiparts nest. */
public final class MailParts {

	private MailParts() {
	}

	/** The part of the type ({@code text/plain}, {@code text/html}), decoded, with LF line ends. */
	public static String of(MimeMessage message, String type) throws Exception {
		return find((Multipart) message.getContent(), type).replace("\r\n", "\n");
	}

	private static String find(Multipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart nested) {
				try {
					return find(nested, type);
				}
				catch (AssertionError ex) {
					// not in this branch
				}
			}
		}
		throw new AssertionError("no " + type + " part");
	}

}
