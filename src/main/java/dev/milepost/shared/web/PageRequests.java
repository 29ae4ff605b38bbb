package dev.milepost.shared.web;

import java.util.Map;

import dev.milepost.shared.BadRequestException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Builds a {@link Pageable} from list-screen request parameters, accepting only the sort
 * keys a screen offers so that a hand-edited URL gets a 400 with a message, never a 500.
 */
public final class PageRequests {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 100;

	private PageRequests() {
	}

	/**
	 * @param page zero-based page index from the request
	 * @param size requested page size, clamped to 1..{@value #MAX_SIZE}
	 * @param sort sort key from the request, or {@code null} for the default
	 * @param dir {@code asc} or {@code desc}
	 * @param allowedSorts sort key shown in URLs -> entity property path (or SQL column)
	 * @param defaultSort the key used when none is given
	 */
	public static Pageable of(int page, int size, String sort, String dir, Map<String, String> allowedSorts,
			String defaultSort) {
		if (page < 0) {
			throw new BadRequestException("Page numbers start at 0; '" + page + "' is not a page.");
		}
		String key = (sort == null || sort.isBlank()) ? defaultSort : sort;
		String property = allowedSorts.get(key);
		if (property == null) {
			throw new BadRequestException(
					"Cannot sort by '" + key + "'. Choose one of: " + String.join(", ", allowedSorts.keySet()) + ".");
		}
		Sort.Direction direction;
		if (dir == null || dir.isBlank() || dir.equalsIgnoreCase("asc")) {
			direction = Sort.Direction.ASC;
		}
		else if (dir.equalsIgnoreCase("desc")) {
			direction = Sort.Direction.DESC;
		}
		else {
			throw new BadRequestException("Sort direction must be 'asc' or 'desc', not '" + dir + "'.");
		}
		int clamped = Math.max(1, Math.min(size, MAX_SIZE));
		Sort order = Sort.by(direction, property);
		if (!property.equals("id")) {
			order = order.and(Sort.by(Sort.Direction.ASC, "id"));
		}
		return PageRequest.of(page, clamped, order);
	}

}
