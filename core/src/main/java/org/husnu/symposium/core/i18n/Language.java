package org.husnu.symposium.core.i18n;

import java.util.Locale;

/**
 * The three languages of the event. Pages, mails and reference data come in each of them.
 */
public enum Language {

	EN(Locale.ENGLISH), JA(Locale.JAPANESE), KO(Locale.KOREAN);

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * The best language for a locale, English when none of ours matches.
	 * @param locale a requested locale, may be {@code null}
	 * @return the language
	 */
	public static Language of(Locale locale) {
		if (locale != null) {
			for (Language language : values()) {
				if (language.locale.getLanguage().equals(locale.getLanguage())) {
					return language;
				}
			}
		}
		return EN;
	}

}
