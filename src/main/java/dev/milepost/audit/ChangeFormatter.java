package dev.milepost.audit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.milepost.audit.AuditedField.Reference;
import dev.milepost.audit.ChangeLog.EditorChange;
import dev.milepost.audit.ChangeLog.Names;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Turns audited rows into readable field changes and record labels: enums through their
 * messages, dates as ISO dates, amounts with two decimals, references by name.
 */
@Component
class ChangeFormatter {

	/**
	 * Longer free text is shortened in the history; the record's page shows all of it.
	 */
	static final int MAX_TEXT = 200;

	private final MessageSource messages;

	ChangeFormatter(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The fields that differ between {@code before} and {@code after}; for a created or
	 * first recorded record the fields that have a value.
	 */
	List<FieldChange> changes(RecordType type, ChangeKind kind, Map<String, Object> before, Map<String, Object> after,
			Names names) {
		List<FieldChange> changes = new ArrayList<>();
		if (kind == ChangeKind.DELETED) {
			return changes;
		}
		for (AuditedField field : type.fields()) {
			Object now = normalise(after.get(field.column()));
			if (kind == ChangeKind.CHANGED) {
				Object then = normalise(before.get(field.column()));
				if (!same(then, now)) {
					changes.add(new FieldChange(label(type, field), show(field, then, names), show(field, now, names)));
				}
			}
			else if (now != null && !Boolean.FALSE.equals(now)) {
				changes.add(new FieldChange(label(type, field), null, show(field, now, names)));
			}
		}
		return changes;
	}

	List<FieldChange> editorChanges(List<EditorChange> editors, Names names) {
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (EditorChange editor : editors) {
			(editor.added() ? added : removed).add(names.label(Reference.USER, editor.userId()));
		}
		List<FieldChange> changes = new ArrayList<>();
		if (!added.isEmpty()) {
			changes.add(new FieldChange(message("audit.field.editors.added"), null, String.join(", ", added)));
		}
		if (!removed.isEmpty()) {
			changes.add(new FieldChange(message("audit.field.editors.removed"), String.join(", ", removed), null));
		}
		return changes;
	}

	/** A readable name of the record as of the given row, e.g. "PAY / CORE · Go-live". */
	String label(RecordType type, long id, Map<String, Object> row, Names names) {
		String fallback = "#" + id;
		return switch (type) {
			case PROGRAM -> joined(" · ", row.get("program_key"), row.get("name"), fallback);
			case PROJECT -> joined(" · ",
					joined(" / ", names.label(Reference.PROGRAM, row.get("program_id")), row.get("project_key"), null),
					row.get("name"), fallback);
			case MILESTONE ->
				joined(" · ", names.label(Reference.PROJECT, row.get("project_id")), row.get("name"), fallback);
			case RISK, ISSUE, DECISION, ACTION, CHANGE_REQUEST -> Objects.toString(row.get("title"), fallback);
			case STAKEHOLDER -> Objects.toString(row.get("name"), fallback);
			case PROGRAM_STAKEHOLDER ->
				message("audit.link.label", names.label(Reference.STAKEHOLDER, row.get("stakeholder_id")),
						names.label(Reference.PROGRAM, row.get("program_id")));
			case PROJECT_STAKEHOLDER ->
				message("audit.link.label", names.label(Reference.STAKEHOLDER, row.get("stakeholder_id")),
						names.label(Reference.PROJECT, row.get("project_id")));
		};
	}

	private String label(RecordType type, AuditedField field) {
		// a type-specific label first ("audit.field.stakeholder.title" = Job title), then
		// the common one
		String specific = "audit.field." + type.name().toLowerCase(Locale.ROOT) + "." + field.column();
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { specific, field.labelCode() }, field.column()),
				LocaleContextHolder.getLocale());
	}

	private String show(AuditedField field, Object value, Names names) {
		if (value == null) {
			return null;
		}
		return switch (field.kind()) {
			case TEXT, NUMBER -> value.toString();
			case LONG_TEXT -> shorten(value.toString());
			case ENUM -> this.messages.getMessage(field.messagePrefix() + value, null, value.toString(),
					LocaleContextHolder.getLocale());
			case DATE -> value.toString();
			case BOOLEAN -> message(Boolean.TRUE.equals(value) ? "audit.value.yes" : "audit.value.no");
			case MONEY -> money(value);
			case REFERENCE -> names.label(field.reference(), value);
		};
	}

	private static String money(Object value) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

	private static String shorten(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

	/** Database values in one form per kind, whichever driver read them. */
	private static Object normalise(Object value) {
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros();
		}
		if (value instanceof Short || value instanceof Integer || value instanceof Long) {
			return ((Number) value).longValue();
		}
		if (value instanceof LocalDate || value instanceof String || value instanceof Boolean || value == null) {
			return value;
		}
		return value.toString();
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	private static String joined(String separator, Object first, Object second, String fallback) {
		if (first == null && second == null) {
			return fallback;
		}
		if (first == null || second == null) {
			return Objects.toString(first != null ? first : second);
		}
		return first + separator + second;
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
