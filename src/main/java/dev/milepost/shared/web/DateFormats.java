package dev.milepost.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import dev.milepost.shared.MilepostProperties;

import org.springframework.stereotype.Component;

/**
 * Formats instants (created, changed) in the configured Milepost time zone; used from
 * templates as {@code @dates}.
 */
@Component("dates")
public class DateFormats {

	private final DateTimeFormatter dateTime;

	DateFormats(MilepostProperties properties) {
		this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.timeZone());
	}

	/** "2026-11-21 09:30", or an empty string for null. */
	public String dateTime(Instant instant) {
		return (instant != null) ? this.dateTime.format(instant) : "";
	}

}
