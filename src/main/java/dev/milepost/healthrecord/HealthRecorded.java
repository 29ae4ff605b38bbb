package dev.milepost.healthrecord;

/**
 * Health records of weeks before this one were written (the demo's synthetic history),
 * published inside the transaction that wrote them: the trends that pages show may have
 * changed. The weekly snapshot records this week, which no trend compares with before
 * next week, and publishes nothing.
 *
 * @param rows the number of rows written
 */
public record HealthRecorded(int rows) {
}
