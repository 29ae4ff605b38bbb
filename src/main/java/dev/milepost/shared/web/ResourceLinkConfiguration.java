package dev.milepost.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are, not passed through the static-resource resolver
 * chain.
 * <p>
 * The WebJars locator switches the resource chain on, and with it Boot registers a
 * {@link ResourceUrlEncodingFilter} that sends every {@code @{...}} link through the
 * resolvers of the {@code /**} static handler: for a link such as {@code /programs/42}
 * that means a class-path look-up in each static location, inside the nested jar, and
 * misses are not cached. The portfolio dashboard writes thousands of links, so this took
 * most of its time (measured with {@code bench/run.sh} on the large demo). Nothing needs
 * the rewriting: we use no content-hash or fixed-version URL strategy, and versionless
 * WebJar URLs ({@code /webjars/htmx.org/dist/htmx.min.js}) are still resolved when they
 * are requested.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinkConfiguration {

	/**
	 * Takes the place of Boot's filter (it backs off when this bean exists) and is never
	 * registered.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
