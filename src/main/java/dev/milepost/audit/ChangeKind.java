package dev.milepost.audit;

/**
 * What a revision did to a record.
 */
public enum ChangeKind {

	CREATED,

	CHANGED,

	DELETED,

	/**
	 * The first revision history has of a record that existed before (written without
	 * history, e.g. by the demo loader): its values are known, what they were before is
	 * not.
	 */
	RECORDED

}
