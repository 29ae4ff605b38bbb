package dev.milepost.healthrecord;

/**
 * Weekly health records were written (by the weekly snapshot or the demo's synthetic
 * history), published inside the transaction that wrote them: the trends that pages show
 * may have changed.
 *
 * @param rows the number of rows written
 */
public record HealthRecorded(int rows) {
}
