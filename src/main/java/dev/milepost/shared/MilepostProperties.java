package dev.milepost.shared;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Milepost settings, bound from {@code milepost.*}.
 *
 * @param demoData load the demo portfolio into an empty database; {@code null} (unset) means
 * "only when the database is the embedded H2 default"
 * @param timeZone the zone in which "today" is reckoned (overdue, actual date not in the future)
 */
@Validated
@ConfigurationProperties("milepost")
public record MilepostProperties(Boolean demoData, ZoneId timeZone) {

	public MilepostProperties {
		if (timeZone == null) {
			timeZone = ZoneId.of("UTC");
		}
	}

}
