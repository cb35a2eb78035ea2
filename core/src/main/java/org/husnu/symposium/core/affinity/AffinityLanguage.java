package org.husnu.symposium.core.affinity;

/**
 * The language a run of text is analysed as, decided by its script: kana and kanji are
 * Japanese, hangul is Korean, everything else English.
 */
public enum AffinityLanguage {

	ENGLISH("en"), JAPANESE("ja"), KOREAN("ko");

	private final String code;

	AffinityLanguage(String code) {
		this.code = code;
	}

	/**
	 * The language's ISO 639-1 code.
	 * @return {@code en}, {@code ja} or {@code ko}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The language a character's script belongs to, or {@code null} for characters that
	 * belong to no script (digits, spaces, punctuation), which join the run they stand
	 * in.
	 * @param codePoint a Unicode code point
	 * @return the language, or {@code null} if the character is neutral
	 */
	static AffinityLanguage ofCodePoint(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		switch (script) {
			case HIRAGANA:
			case KATAKANA:
			case HAN:
				return JAPANESE;
			case HANGUL:
				return KOREAN;
			case LATIN:
			case GREEK:
			case CYRILLIC:
				return ENGLISH;
			default:
				return null;
		}
	}

	/**
	 * Whether a text is (mostly) English: at least nine in ten of its letters are in the
	 * Latin (or Greek, Cyrillic) script, so an English-only model can read it.
	 * @param text a text, may be {@code null}
	 * @return {@code true} if it has letters and nine in ten of them are of the English
	 * scripts
	 */
	public static boolean mostlyEnglish(CharSequence text) {
		if (text == null) {
			return false;
		}
		int english = 0;
		int letters = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = Character.codePointAt(text, i);
			i += Character.charCount(codePoint);
			AffinityLanguage language = ofCodePoint(codePoint);
			if (language != null) {
				letters++;
				if (language == ENGLISH) {
					english++;
				}
			}
		}
		return letters > 0 && english * 10 >= letters * 9;
	}

}
