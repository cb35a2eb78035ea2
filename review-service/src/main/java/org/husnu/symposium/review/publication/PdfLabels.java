package org.husnu.symposium.review.publication;

import java.util.Locale;

import org.husnu.symposium.core.i18n.Language;

import org.springframework.context.MessageSource;

/**
 * The fixed words of a PDF (headings, "presenter") in the reader's language, from the
 * {@code book.*} messages.
 *
 * @param messages the messages
 * @param language the language
 */
record PdfLabels(MessageSource messages, Language language) {

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale());
	}

	Locale locale() {
		return this.language.locale();
	}

}
