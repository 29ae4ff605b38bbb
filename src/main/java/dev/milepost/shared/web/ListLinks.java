package dev.milepost.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * URLs for sortable column headers and pagination that keep every other filter of the
 * current request. Used from templates as {@code @listLinks}.
 */
@Component("listLinks")
public class ListLinks {

	/** The current list URL with {@code page} replaced. */
	public String page(int page) {
		return current().replaceQueryParam("page", page).build(true).toUriString();
	}

	/**
	 * The current list URL sorted by {@code key}, back to page 0: the opposite direction
	 * of the column's current one, ascending for a column the list is not sorted by.
	 * @param defaultKey the sort key the screen uses when the URL names none
	 */
	public String sort(String key, String defaultKey) {
		return sort(key, defaultKey, "asc");
	}

	/**
	 * As {@link #sort(String, String)} for a screen whose default sort runs
	 * {@code defaultDir} (e.g. the risk register, worst first).
	 */
	public String sort(String key, String defaultKey, String defaultDir) {
		String next = "asc".equals(direction(key, defaultKey, defaultDir)) ? "desc" : "asc";
		return current().replaceQueryParam("sort", key)
			.replaceQueryParam("dir", next)
			.replaceQueryParam("page")
			.build(true)
			.toUriString();
	}

	/**
	 * {@code "asc"}, {@code "desc"} or {@code ""} (not sorted by it) for the column
	 * header of {@code key}, given the screen's default sort key.
	 */
	public String direction(String key, String defaultKey) {
		return direction(key, defaultKey, "asc");
	}

	/**
	 * As {@link #direction(String, String)} for a screen whose default sort runs
	 * {@code defaultDir}.
	 */
	public String direction(String key, String defaultKey, String defaultDir) {
		HttpServletRequest request = request();
		String sort = request.getParameter("sort");
		if (sort == null || sort.isBlank()) {
			sort = defaultKey;
		}
		if (!key.equals(sort)) {
			return "";
		}
		String dir = request.getParameter("dir");
		if ("desc".equalsIgnoreCase(dir)) {
			return "desc";
		}
		if ("asc".equalsIgnoreCase(dir)) {
			return "asc";
		}
		return key.equals(defaultKey) ? defaultDir : "asc";
	}

	private static ServletUriComponentsBuilder current() {
		// relative links: the host a proxy saw is not ours to repeat
		ServletUriComponentsBuilder builder = ServletUriComponentsBuilder.fromRequest(request());
		builder.scheme(null).host(null).port(-1);
		return builder;
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
