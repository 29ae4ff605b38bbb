package dev.milepost.shared.web;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * The server's rules of a form, for its markup: {@code maxlength} of a text input is the
 * {@code @Size(max)} of the form field it binds, so the browser stops where the server
 * would refuse. In templates: {@code th:maxlength="${@formRules.maxLength(form,
 * 'name')}"} (null, and so no attribute, when the field has no such rule).
 */
@Component("formRules")
public class FormRules {

	private final Map<String, Integer> cache = new ConcurrentHashMap<>();

	/**
	 * The largest length the server accepts for {@code field} of {@code form} (a nested
	 * path such as {@code "written.summary"} is not followed), or {@code null}.
	 */
	public @Nullable Integer maxLength(@Nullable Object form, String field) {
		if (form == null || field == null || field.contains(".") || field.contains("[")) {
			return null;
		}
		Class<?> type = form.getClass();
		Integer max = this.cache.computeIfAbsent(type.getName() + "#" + field, (key) -> lookUp(type, field));
		return (max < 0) ? null : max;
	}

	private static Integer lookUp(Class<?> type, String name) {
		Field field = ReflectionUtils.findField(type, name);
		if (field == null) {
			return -1;
		}
		Size size = field.getAnnotation(Size.class);
		return (size == null || size.max() == Integer.MAX_VALUE) ? -1 : size.max();
	}

}
