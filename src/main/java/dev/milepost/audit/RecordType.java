package dev.milepost.audit;

import java.util.List;
import java.util.Optional;

import static dev.milepost.audit.AuditedField.enumeration;
import static dev.milepost.audit.AuditedField.of;
import static dev.milepost.audit.AuditedField.reference;

/**
 * The kinds of audited record whose changes Milepost shows, with their {@code *_aud}
 * tables.
 */
public enum RecordType {

	PROGRAM("programs", "programs",
			List.of(of("program_key", FieldKind.TEXT), of("name", FieldKind.TEXT), of("objective", FieldKind.TEXT),
					of("description", FieldKind.LONG_TEXT), enumeration("status", "programStatus."),
					reference("owner_id", AuditedField.Reference.USER), of("start_date", FieldKind.DATE),
					of("target_end_date", FieldKind.DATE), of("budget_planned", FieldKind.MONEY),
					of("budget_currency", FieldKind.TEXT), of("archived", FieldKind.BOOLEAN))),

	PROJECT("projects", "projects",
			List.of(reference("program_id", AuditedField.Reference.PROGRAM), of("project_key", FieldKind.TEXT),
					of("name", FieldKind.TEXT), of("lead", FieldKind.TEXT), of("description", FieldKind.LONG_TEXT),
					enumeration("phase", "projectPhase."), of("start_date", FieldKind.DATE),
					of("end_date", FieldKind.DATE), of("budget_planned", FieldKind.MONEY),
					of("budget_spent", FieldKind.MONEY), of("archived", FieldKind.BOOLEAN))),

	MILESTONE("milestones", "milestones", List.of(reference("project_id", AuditedField.Reference.PROJECT),
			of("name", FieldKind.TEXT), of("owner", FieldKind.TEXT), of("description", FieldKind.LONG_TEXT),
			enumeration("status", "milestone.status."), of("baseline_date", FieldKind.DATE),
			of("forecast_date", FieldKind.DATE), of("actual_date", FieldKind.DATE), of("archived", FieldKind.BOOLEAN))),

	RISK("risks", "risks",
			List.of(reference("program_id", AuditedField.Reference.PROGRAM),
					reference("project_id", AuditedField.Reference.PROJECT), of("title", FieldKind.TEXT),
					of("description", FieldKind.LONG_TEXT), enumeration("category", "risk.category."),
					of("probability", FieldKind.NUMBER), of("impact", FieldKind.NUMBER), of("score", FieldKind.NUMBER),
					of("owner", FieldKind.TEXT), enumeration("response", "risk.response."),
					of("mitigation", FieldKind.LONG_TEXT), of("next_review_date", FieldKind.DATE),
					enumeration("status", "risk.status."), of("raised_date", FieldKind.DATE),
					of("archived", FieldKind.BOOLEAN))),

	STAKEHOLDER("stakeholders", "stakeholders",
			List.of(of("name", FieldKind.TEXT), of("email", FieldKind.TEXT), of("title", FieldKind.TEXT),
					of("organisation", FieldKind.TEXT), enumeration("influence", "stakeholder.level."),
					enumeration("interest", "stakeholder.level."), of("archived", FieldKind.BOOLEAN))),

	ISSUE("issues", "issues",
			List.of(reference("program_id", AuditedField.Reference.PROGRAM),
					reference("project_id", AuditedField.Reference.PROJECT), of("title", FieldKind.TEXT),
					of("description", FieldKind.LONG_TEXT), enumeration("priority", "raid.priority."),
					reference("owner_id", AuditedField.Reference.USER), of("raised_on", FieldKind.DATE),
					of("target_date", FieldKind.DATE), enumeration("status", "issue.status."),
					of("resolution", FieldKind.LONG_TEXT), of("escalation_ask", FieldKind.LONG_TEXT),
					reference("escalated_to_id", AuditedField.Reference.STAKEHOLDER),
					of("escalation_needed_by", FieldKind.DATE), of("risk_id", FieldKind.NUMBER),
					of("archived", FieldKind.BOOLEAN))),

	DECISION("decisions", "decisions", List.of(reference("program_id", AuditedField.Reference.PROGRAM),
			reference("project_id", AuditedField.Reference.PROJECT), of("title", FieldKind.TEXT),
			of("context", FieldKind.LONG_TEXT), of("options_considered", FieldKind.LONG_TEXT),
			enumeration("priority", "raid.priority."), enumeration("status", "decision.status."),
			of("needed_by", FieldKind.DATE), reference("decider_id", AuditedField.Reference.STAKEHOLDER),
			of("decided_on", FieldKind.DATE), of("decision", FieldKind.LONG_TEXT), of("rationale", FieldKind.LONG_TEXT),
			of("supersedes_id", FieldKind.NUMBER), of("archived", FieldKind.BOOLEAN))),

	ACTION("actions", "actions", List.of(reference("program_id", AuditedField.Reference.PROGRAM),
			reference("project_id", AuditedField.Reference.PROJECT), of("title", FieldKind.TEXT),
			of("description", FieldKind.LONG_TEXT), enumeration("priority", "raid.priority."),
			reference("owner_user_id", AuditedField.Reference.USER),
			reference("owner_stakeholder_id", AuditedField.Reference.STAKEHOLDER), of("due_date", FieldKind.DATE),
			enumeration("status", "actionItem.status."), of("completed_on", FieldKind.DATE),
			of("issue_id", FieldKind.NUMBER), of("decision_id", FieldKind.NUMBER), of("risk_id", FieldKind.NUMBER),
			of("report_id", FieldKind.NUMBER), of("archived", FieldKind.BOOLEAN))),

	CHANGE_REQUEST("change_requests", "changes",
			List.of(reference("program_id", AuditedField.Reference.PROGRAM),
					reference("project_id", AuditedField.Reference.PROJECT), of("title", FieldKind.TEXT),
					of("reason", FieldKind.LONG_TEXT), of("requested_by", FieldKind.TEXT),
					enumeration("priority", "raid.priority."), of("needed_by", FieldKind.DATE),
					enumeration("status", "change.status."), reference("decided_by_id", AuditedField.Reference.USER),
					of("decided_on", FieldKind.DATE), of("archived", FieldKind.BOOLEAN))),

	/** A stakeholder's RACI role in a program; shown on the stakeholder's page. */
	PROGRAM_STAKEHOLDER("program_stakeholders", null,
			List.of(reference("stakeholder_id", AuditedField.Reference.STAKEHOLDER),
					reference("program_id", AuditedField.Reference.PROGRAM),
					enumeration("raci_role", "stakeholder.role."), of("receives_weekly_report", FieldKind.BOOLEAN))),

	/** A stakeholder's RACI role in a project; shown on the stakeholder's page. */
	PROJECT_STAKEHOLDER("project_stakeholders", null,
			List.of(reference("stakeholder_id", AuditedField.Reference.STAKEHOLDER),
					reference("project_id", AuditedField.Reference.PROJECT),
					enumeration("raci_role", "stakeholder.role.")));

	private final String table;

	private final String path;

	private final List<AuditedField> fields;

	RecordType(String table, String path, List<AuditedField> fields) {
		this.table = table;
		this.path = path;
		this.fields = fields;
	}

	/** The live table, e.g. {@code programs}. */
	String table() {
		return this.table;
	}

	/** The Envers table, e.g. {@code programs_aud}. */
	String auditTable() {
		return this.table + "_aud";
	}

	/**
	 * The URL segment of the record's own pages ({@code programs} for
	 * {@code /programs/{id}}), or {@code null} for links, which have none.
	 */
	public String path() {
		return this.path;
	}

	List<AuditedField> fields() {
		return this.fields;
	}

	/** Message key of the type's name, e.g. {@code audit.type.MILESTONE}. */
	public String messageCode() {
		return "audit.type." + name();
	}

	/** The type whose history page lives under {@code /<path>/{id}/history}. */
	public static Optional<RecordType> ofPath(String path) {
		for (RecordType type : values()) {
			if (type.path != null && type.path.equals(path)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
