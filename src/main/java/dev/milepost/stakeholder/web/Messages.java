package dev.milepost.stakeholder.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Message texts for flash attributes, which are rendered after a redirect and so are
 * resolved here rather than in the template.
 */
@Component("stakeholderMessages")
class Messages {

	private final MessageSource messageSource;

	Messages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	String get(String code, Object... args) {
		return this.messageSource.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
