package dev.milepost.report.mail;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's SMTP session: plain SMTP (and STARTTLS, which upgrades the plain socket)
 * gets sockets with TCP_NODELAY; implicit TLS and a socket factory of the configuration
 * are left alone.
 */
class SmtpSessionTests {

	@Test
	void plainSmtpGetsSocketsWithoutNagleDelay() throws Exception {
		JavaMailSenderImpl sender = sender(new Properties());
		sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");
		Properties session = OutboxWorker.session(sender, "smtp").getProperties();
		assertThat(session.get("mail.smtp.socketFactory")).isSameAs(NoDelaySocketFactory.INSTANCE);
		assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("5000");
		assertThat(NoDelaySocketFactory.INSTANCE.createSocket().getTcpNoDelay()).isTrue();
	}

	@Test
	void implicitTlsAndAConfiguredFactoryAreLeftAlone() {
		Properties ssl = new Properties();
		ssl.setProperty("mail.smtp.ssl.enable", "true");
		JavaMailSenderImpl tls = sender(ssl);
		assertThat(OutboxWorker.session(tls, "smtp")).isSameAs(tls.getSession());
		JavaMailSenderImpl smtps = sender(new Properties());
		assertThat(OutboxWorker.session(smtps, "smtps")).isSameAs(smtps.getSession());
		Properties own = new Properties();
		own.setProperty("mail.smtp.socketFactory.class", "com.example.Factory");
		JavaMailSenderImpl configured = sender(own);
		assertThat(OutboxWorker.session(configured, "smtp")).isSameAs(configured.getSession());
	}

	private static JavaMailSenderImpl sender(Properties properties) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setJavaMailProperties(properties);
		return sender;
	}

}
