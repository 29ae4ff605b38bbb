package dev.milepost.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} the application asks for "today", in the configured zone; tests
 * replace it to pin the date.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(MilepostProperties properties) {
		return Clock.system(properties.timeZone());
	}

}
