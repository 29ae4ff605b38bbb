package dev.milepost.shared;

import java.time.Clock;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate stamps {@code created_at} / {@code updated_at} ({@code @CreationTimestamp},
 * {@code @UpdateTimestamp}) from the application's {@link Clock}, like everything else
 * that asks for "now": a record changed "today" is changed on the same day the rest of
 * the application reckons with, also when a test moves the clock.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceClockConfiguration {

	/**
	 * Hibernate's setting for the clock of its timestamp generators (a {@link Clock}
	 * instance).
	 */
	private static final String TIMESTAMP_CLOCK = "hibernate.testing.clock";

	@Bean
	HibernatePropertiesCustomizer timestampClock(Clock clock) {
		return (properties) -> properties.put(TIMESTAMP_CLOCK, clock);
	}

}
