package dev.milepost.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * URLs for sortable column headers and pagination that keep every other filter of the current
 * request. Used from templates as {@code @listLinks}.
 */
@Component("listLinks")
public class ListLinks {

	/** The current list URL with {@code page} replaced. */
	public String page(int page) {
		return current().replaceQueryParam("page", page).build(true).toUriString();
	}

	/**
	 * The current list URL sorted by {@code key}: ascending first, descending when already
	 * sorted ascending by it; back to page 0.
	 */
	public String sort(String key) {
		HttpServletRequest request = request();
		boolean ascendingNow = key.equals(request.getParameter("sort"))
				&& !"desc".equalsIgnoreCase(request.getParameter("dir"));
		return current().replaceQueryParam("sort", key)
			.replaceQueryParam("dir", ascendingNow ? "desc" : "asc")
			.replaceQueryParam("page")
			.build(true)
			.toUriString();
	}

	/**
	 * {@code "asc"}, {@code "desc"} or {@code ""} for the column header of {@code key}, given
	 * the screen's default sort key.
	 */
	public String direction(String key, String defaultKey) {
		HttpServletRequest request = request();
		String sort = request.getParameter("sort");
		if (sort == null || sort.isBlank()) {
			sort = defaultKey;
		}
		if (!key.equals(sort)) {
			return "";
		}
		return "desc".equalsIgnoreCase(request.getParameter("dir")) ? "desc" : "asc";
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
