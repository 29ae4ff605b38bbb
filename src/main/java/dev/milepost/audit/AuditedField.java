package dev.milepost.audit;

/**
 * One audited column of a {@link RecordType}: how to show it, and under which message
 * key.
 *
 * @param column the column in the {@code *_aud} table
 * @param kind how its value is shown
 * @param messagePrefix for {@link FieldKind#ENUM}: the message key prefix of the
 * constants
 * @param reference for {@link FieldKind#REFERENCE}: what the id points at
 */
record AuditedField(String column, FieldKind kind, String messagePrefix, Reference reference) {

	/** What a {@link FieldKind#REFERENCE} column can point at. */
	enum Reference {

		USER, PROGRAM, PROJECT, STAKEHOLDER

	}

	static AuditedField of(String column, FieldKind kind) {
		return new AuditedField(column, kind, null, null);
	}

	static AuditedField enumeration(String column, String messagePrefix) {
		return new AuditedField(column, FieldKind.ENUM, messagePrefix, null);
	}

	static AuditedField reference(String column, Reference reference) {
		return new AuditedField(column, FieldKind.REFERENCE, null, reference);
	}

	/** Message key of the field's label: {@code audit.field.<column>}. */
	String labelCode() {
		return "audit.field." + this.column;
	}

}
