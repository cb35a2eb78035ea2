package org.husnu.symposium.core.i18n;

import jakarta.validation.constraints.NotBlank;

/**
 * A text in English, Japanese and Korean. English is required because it is the fallback
 * for every reader; the others fall back to it when missing.
 *
 * @param en English
 * @param ja Japanese, may be {@code null}
 * @param ko Korean, may be {@code null}
 */
public record LocalizedText(@NotBlank String en, String ja, String ko) {

	public LocalizedText {
		if (en == null || en.isBlank()) {
			throw new IllegalArgumentException("An English text is required");
		}
		en = en.strip();
		ja = blankToNull(ja);
		ko = blankToNull(ko);
	}

	public static LocalizedText of(String en, String ja, String ko) {
		return new LocalizedText(en, ja, ko);
	}

	/**
	 * The text in a language, falling back to English.
	 * @param language the wanted language
	 * @return the text, never {@code null}
	 */
	public String in(Language language) {
		String text = switch (language) {
			case EN -> this.en;
			case JA -> this.ja;
			case KO -> this.ko;
		};
		return (text != null) ? text : this.en;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
