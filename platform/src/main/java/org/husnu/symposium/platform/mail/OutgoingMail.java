package org.husnu.symposium.platform.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.husnu.symposium.core.i18n.Language;

/**
 * A mail a feature wants sent: to whom, in which language, from which template with which
 * values. The outbox renders it at once and keeps the result.
 *
 * @param to recipient address
 * @param language the recipient's language; English when {@code null}
 * @param template template name under {@code templates/mail/}, e.g. {@code login-link}
 * @param model values the template reads; values may be {@code null}
 * @param key idempotency key, or {@code null}: a mail with a key already in the outbox is
 * not enqueued again
 */
public record OutgoingMail(String to, Language language, String template, Map<String, Object> model, String key) {

	public OutgoingMail {
		if (to == null || to.isBlank()) {
			throw new IllegalArgumentException("A mail needs a recipient");
		}
		if (template == null || template.isBlank()) {
			throw new IllegalArgumentException("A mail needs a template");
		}
		language = (language != null) ? language : Language.EN;
		// a copy that allows null values (Map.copyOf does not)
		model = (model != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(model)) : Map.of();
		key = (key != null && !key.isBlank()) ? key : null;
	}

}
