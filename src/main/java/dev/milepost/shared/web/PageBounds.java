package dev.milepost.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Keeps list pages inside their range: a page number past the last page (a bookmark of a
 * list that has shrunk, a hand-edited URL) is redirected to the last page, with the same
 * filters and sort, instead of showing an empty list. A negative page number is refused
 * with 400 by {@link PageRequests}. Applies to every page whose model holds the list as
 * {@code page}.
 */
@Configuration(proxyBeanMethods = false)
class PageBounds implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView modelAndView) {
				if (modelAndView == null || !"GET".equals(request.getMethod())
						|| !(modelAndView.getModel().get("page") instanceof Page<?> page)) {
					return;
				}
				if (page.getTotalPages() > 0 && page.getNumber() >= page.getTotalPages()) {
					String last = ServletUriComponentsBuilder.fromRequest(request)
						.replaceQueryParam("page", page.getTotalPages() - 1)
						.build(true)
						.toUriString();
					modelAndView.clear();
					RedirectView redirect = new RedirectView(last);
					redirect.setExposeModelAttributes(false);
					modelAndView.setView(redirect);
				}
			}
		});
	}

}
