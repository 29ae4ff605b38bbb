package dev.milepost;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with the {@link TestClock}, in the configured zone
 * ({@code milepost.time-zone}); slices that load no application configuration import it
 * too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	TestClock testClock(@Value("${milepost.time-zone:UTC}") ZoneId zone) {
		return new TestClock(zone);
	}

}
