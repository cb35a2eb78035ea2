package org.husnu.symposium.platform.mail;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.husnu.symposium.core.i18n.Language;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Renders mails from the Thymeleaf text templates under {@code templates/mail/} with the
 * texts of the {@code i18n/mail} bundle. It has an engine of its own, which is not a
 * bean, so that Boot's page engine stays as Boot configures it.
 * <p>
 * A template's first line is {@code Subject: …}, then a blank line, then the body; so the
 * subject can use the model like the body does.
 */
final class MailTemplates {

	static final String LOCATION = "templates/mail/";

	static final String SUFFIX = ".txt";

	private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final String SUBJECT_PREFIX = "Subject: ";

	private final SpringTemplateEngine engine;

	MailTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
		resolver.setPrefix(LOCATION);
		resolver.setSuffix(SUFFIX);
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/mail");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// English is the bundle without suffix; never fall back to the machine's locale
		messages.setFallbackToSystemLocale(false);
		// one rule for apostrophes in every text: always written doubled
		messages.setAlwaysUseMessageFormat(true);
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(resolver);
		this.engine.setTemplateEngineMessageSource(messages);
	}

	/**
	 * Whether a template of that name exists.
	 * @param template template name such as {@code login-link}
	 * @return {@code true} if it can be rendered
	 */
	boolean exists(String template) {
		return template != null && NAME.matcher(template).matches()
				&& new ClassPathResource(LOCATION + template + SUFFIX, MailTemplates.class.getClassLoader()).exists();
	}

	/**
	 * Renders a template in a language.
	 * @param template template name such as {@code login-link}
	 * @param language the recipient's language
	 * @param model values the template reads
	 * @return subject and body
	 * @throws IllegalArgumentException if there is no such template
	 */
	Rendered render(String template, Language language, Map<String, Object> model) {
		if (!exists(template)) {
			throw new IllegalArgumentException("There is no mail template '" + template + "' under " + LOCATION);
		}
		Context context = new Context(language.locale(), (model != null) ? model : Map.of());
		String rendered = this.engine.process(template, context).replace("\r\n", "\n");
		int endOfSubject = rendered.indexOf('\n');
		if (!rendered.startsWith(SUBJECT_PREFIX) || endOfSubject < 0) {
			throw new IllegalStateException("Mail template '" + template + "' must start with a 'Subject: ' line");
		}
		String subject = rendered.substring(SUBJECT_PREFIX.length(), endOfSubject).strip();
		String text = rendered.substring(endOfSubject + 1).strip() + "\n";
		return new Rendered(subject, text);
	}

	/**
	 * A rendered mail.
	 *
	 * @param subject the subject line
	 * @param text the plain-text body
	 */
	record Rendered(String subject, String text) {
	}

}
