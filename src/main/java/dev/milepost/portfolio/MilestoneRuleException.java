package dev.milepost.portfolio;

/**
 * A milestone change breaks a business rule; names the form field it belongs to and a
 * message code, so the web layer can show it next to that field.
 */
public class MilestoneRuleException extends RuntimeException {

	private final String field;

	private final String code;

	private final Object[] arguments;

	MilestoneRuleException(String field, String code, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public String getField() {
		return this.field;
	}

	public String getCode() {
		return this.code;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
