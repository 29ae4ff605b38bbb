package dev.milepost.report.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What the mail tests share: reading what GreenMail received, and an SMTP server that is
 * down.
 */
public final class TestMail {

	private TestMail() {
	}

	/** The mails {@code smtp} received for {@code address}, in the order they arrived. */
	public static List<MimeMessage> receivedBy(GreenMailExtension smtp, String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch((a) -> a.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * The part of the type ({@code text/plain}, {@code text/html}), decoded, with LF line
	 * ends.
	 */
	public static String part(MimeMessage message, String type) throws Exception {
		return find((Multipart) message.getContent(), type).replace("\r\n", "\n");
	}

	/** An SMTP client aimed at a port nobody listens on: every send fails at once. */
	public static JavaMailSender deadSender() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		return sender;
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
