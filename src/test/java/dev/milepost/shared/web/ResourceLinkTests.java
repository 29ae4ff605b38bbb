package dev.milepost.shared.web;

import dev.milepost.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links are not sent through the resource resolver chain (that cost the portfolio
 * dashboard most of its time), and the versionless WebJar URLs the layout uses still
 * serve the files.
 */
@IntegrationTest
@WithMockUser(username = "test-admin", roles = "ADMIN")
// the same configuration as the controller tests, so that the cached application context
// is shared
class ResourceLinkTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void resourceUrlEncodingFilterIsNotRegistered() {
		assertThat(this.context.getBeansOfType(FilterRegistrationBean.class).values())
			.filteredOn((registration) -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
			.isNotEmpty()
			.noneMatch(FilterRegistrationBean::isEnabled);
	}

	@Test
	void layoutLinksWebJarsWithoutVersionsAndTheyAreServed() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")
			.contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"");
		assertThat(this.mvc.get().uri("/webjars/bootstrap/css/bootstrap.min.css")).hasStatusOk()
			.bodyText()
			.contains("Bootstrap");
		assertThat(this.mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk().bodyText().contains("htmx");
	}

}
