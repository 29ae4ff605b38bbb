package dev.milepost.audit;

import java.time.Instant;
import java.util.List;

/**
 * What one revision did to one record: who, when, which record, and which fields changed
 * from what to what. Values and labels are already readable (messages of the current
 * locale).
 *
 * @param revision the Envers revision number; larger is later
 * @param changedAt when the change was committed
 * @param username the signed-in user who made it ({@code anonymous} or {@code system} if
 * none)
 * @param actor the user's display name when the account is known, otherwise
 * {@code username}
 * @param type what kind of record changed
 * @param recordId the record's id in its table
 * @param recordLabel a readable name of the record as of this revision, e.g. "PAY / CORE
 * · Go-live"
 * @param recordUrl where to look at the record: its page, or its history when it was
 * deleted since; never {@code null}
 * @param kind created, changed, deleted or first recorded
 * @param changes the changed fields in a stable order; for {@link ChangeKind#CREATED} and
 * {@link ChangeKind#RECORDED} the values set; empty for {@link ChangeKind#DELETED}
 */
public record ActivityEntry(long revision, Instant changedAt, String username, String actor, RecordType type,
		long recordId, String recordLabel, String recordUrl, ChangeKind kind, List<FieldChange> changes) {

}
