package dev.milepost.audit;

/**
 * One field of a record changed by a revision, with readable values ({@code null} for
 * none).
 *
 * @param field the field's label, e.g. "Forecast"
 * @param from the value before, {@code null} when there was none or it is not known
 * @param to the value after, {@code null} when the field was cleared
 */
public record FieldChange(String field, String from, String to) {

}
