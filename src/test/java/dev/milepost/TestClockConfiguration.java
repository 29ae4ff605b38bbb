package dev.milepost;

import dev.milepost.shared.MilepostProperties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with the {@link TestClock}, in the configured zone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	TestClock testClock(MilepostProperties properties) {
		return new TestClock(properties.timeZone());
	}

}
