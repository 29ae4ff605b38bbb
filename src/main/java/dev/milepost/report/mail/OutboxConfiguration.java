package dev.milepost.report.mail;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox worker of this instance (its id: JVM name plus a random suffix, so that two
 * instances on one host differ) and, unless {@code milepost.mail.worker.enabled=false},
 * its schedule every {@code milepost.mail.worker.delay} (default 5 s), each tick draining
 * what is due.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	OutboxWorker outboxWorker(JdbcClient jdbc, JavaMailSender sender, MailProperties properties, Clock clock,
			MeterRegistry meters) {
		String id = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		return new OutboxWorker(jdbc, sender, properties, clock, id.length() > 100 ? id.substring(0, 100) : id, meters);
	}

	@Bean
	@ConditionalOnProperty(name = "milepost.mail.worker.enabled", havingValue = "true", matchIfMissing = true)
	OutboxSchedule outboxSchedule(OutboxWorker worker) {
		return new OutboxSchedule(worker);
	}

	static class OutboxSchedule {

		private final OutboxWorker worker;

		OutboxSchedule(OutboxWorker worker) {
			this.worker = worker;
		}

		@Scheduled(fixedDelayString = "${milepost.mail.worker.delay:5s}",
				initialDelayString = "${milepost.mail.worker.delay:5s}")
		void run() {
			this.worker.drain();
		}

	}

}
