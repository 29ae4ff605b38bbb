package dev.milepost.shared.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class ListLinksTests {

	private final ListLinks links = new ListLinks();

	private void request(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/programs");
		request.setQueryString(query);
		for (String pair : (query == null) ? new String[0] : query.split("&")) {
			String[] kv = pair.split("=", 2);
			request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
		}
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void firstClickOnTheDefaultColumnReversesIt() {
		request(null);
		assertThat(this.links.direction("key", "key")).isEqualTo("asc");
		assertThat(this.links.sort("key", "key")).isEqualTo("/programs?sort=key&dir=desc");
		assertThat(this.links.direction("name", "key")).isEmpty();
		assertThat(this.links.sort("name", "key")).isEqualTo("/programs?sort=name&dir=asc");
	}

	@Test
	void aDescendingDefaultIsShownAndReversedToo() {
		request(null);
		assertThat(this.links.direction("score", "score", "desc")).isEqualTo("desc");
		assertThat(this.links.sort("score", "score", "desc")).isEqualTo("/programs?sort=score&dir=asc");
	}

	@Test
	void keepsFiltersAndDropsThePage() {
		request("q=pay+ments&sort=name&dir=asc&page=3");
		assertThat(this.links.direction("name", "key")).isEqualTo("asc");
		assertThat(this.links.sort("name", "key")).isEqualTo("/programs?q=pay+ments&sort=name&dir=desc");
		assertThat(this.links.page(1)).isEqualTo("/programs?q=pay+ments&sort=name&dir=asc&page=1");
	}

}
