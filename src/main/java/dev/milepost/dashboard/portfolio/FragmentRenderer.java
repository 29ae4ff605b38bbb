package dev.milepost.dashboard.portfolio;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders a template fragment to text, as Spring MVC would render it as a view (the same
 * request, messages, link building and bean access), so that it can be kept and placed in
 * a page.
 */
@Component
class FragmentRenderer {

	private final ViewResolver views;

	FragmentRenderer(@Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.views = views;
	}

	/**
	 * @param fragment a view name with a fragment, {@code template :: fragment}
	 * @param model what the fragment reads
	 * @return the rendered text
	 */
	String render(String fragment, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws Exception {
		View view = this.views.resolveViewName(fragment, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + fragment);
		}
		Captured captured = new Captured(response);
		view.render(model, request, captured);
		captured.writer.flush();
		return captured.text.toString();
	}

	/**
	 * The response as the view sees it: what it writes is kept; its headers are left to
	 * the page that places the text.
	 */
	private static final class Captured extends HttpServletResponseWrapper {

		final StringWriter text = new StringWriter(64 * 1024);

		final PrintWriter writer = new PrintWriter(this.text);

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A fragment is rendered as text");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

	}

}
