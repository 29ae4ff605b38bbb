package dev.milepost.report.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.milepost.shared.web.Money;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Renders mails from Thymeleaf templates outside any web request: the HTML part from
 * {@code templates/mail/<name>.html} (the application's HTML resolver), the text part
 * from {@code templates/mail/text/<name>.txt} (a TEXT-mode resolver registered here for
 * {@code mail/text/*} only). Message keys resolve as in pages; URLs must be passed in
 * absolute.
 */
@Component
public class MailTemplates {

	private static final Map<String, String> HEALTH_COLOURS = Map.of("RED", "#b42318", "AMBER", "#b54708", "GREEN",
			"#067647");

	private final ITemplateEngine engine;

	private final Money money;

	MailTemplates(ITemplateEngine engine, Money money) {
		this.engine = engine;
		this.money = money;
	}

	public String html(String name, Map<String, Object> variables) {
		return this.engine.process("mail/" + name, context(variables));
	}

	public String text(String name, Map<String, Object> variables) {
		return this.engine.process("mail/text/" + name, context(variables));
	}

	/**
	 * The variables, {@code healthColour}: the colour of each health in every mail, and
	 * {@code money}: amounts with the configured currency (no beans outside a request).
	 */
	private Context context(Map<String, Object> variables) {
		Context context = new Context(Locale.ENGLISH, variables);
		context.setVariable("healthColour", HEALTH_COLOURS);
		context.setVariable("money", this.money);
		return context;
	}

	@Configuration(proxyBeanMethods = false)
	static class TextTemplates {

		@Bean
		ITemplateResolver mailTextTemplateResolver() {
			ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
			resolver.setPrefix("templates/");
			resolver.setSuffix(".txt");
			resolver.setTemplateMode(TemplateMode.TEXT);
			resolver.setCharacterEncoding("UTF-8");
			resolver.setResolvablePatterns(Set.of("mail/text/*"));
			resolver.setCheckExistence(true);
			resolver.setOrder(0);
			return resolver;
		}

	}

}
