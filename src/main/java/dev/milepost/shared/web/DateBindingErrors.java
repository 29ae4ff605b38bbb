package dev.milepost.shared.web;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * Names the right problem when a form date does not bind: text in the form YYYY-MM-DD
 * that is no day of the calendar ("2026-02-30") gets "2026-02-30 is not a date." (code
 * {@code typeMismatch.impossibleDate}), anything else the format hint of
 * {@code typeMismatch.java.time.LocalDate}. Either way the field keeps the text as typed
 * and nothing is saved: the form is shown again with the error next to the field.
 */
class DateBindingErrors extends DefaultBindingErrorProcessor {

	static final String IMPOSSIBLE_DATE = "typeMismatch.impossibleDate";

	private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	@Override
	public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
		Object value = ex.getValue();
		if (ex instanceof TypeMismatchException mismatch && LocalDate.class.equals(mismatch.getRequiredType())
				&& value instanceof String text && ISO_SHAPE.matcher(text.trim()).matches()) {
			String field = ex.getPropertyName();
			String[] codes = bindingResult.resolveMessageCodes(IMPOSSIBLE_DATE, field);
			bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, value, true, codes,
					new Object[] { text.trim() }, text.trim() + " is not a date."));
			return;
		}
		super.processPropertyAccessException(ex, bindingResult);
	}

}
