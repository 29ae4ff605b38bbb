package dev.milepost.audit;

/**
 * How an audited column's value is shown.
 */
enum FieldKind {

	TEXT,

	/** Free text shown shortened. */
	LONG_TEXT,

	/** An enum constant, shown through {@code <messagePrefix><NAME>}. */
	ENUM,

	DATE,

	BOOLEAN,

	NUMBER,

	MONEY,

	/** The id of another record, shown by its readable name. */
	REFERENCE

}
