package org.husnu.symposium.core.affinity;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of a text in one script, analysed with that language's analyzer. A mixed text
 * ("胸部CT画像の深層学習") is a sequence of runs ("胸部", "CT", "画像の深層学習").
 *
 * @param language the run's language
 * @param start offset of the run's first character in the text
 * @param end offset after the run's last character
 */
record ScriptRun(AffinityLanguage language, int start, int end) {

	/**
	 * Splits a text into runs by script. Neutral characters (spaces, digits, punctuation)
	 * stay in the run they stand in; a text of neutral characters only is one English
	 * run. A long-vowel mark or iteration mark between Japanese characters is Japanese.
	 * @param text the text
	 * @return the runs, in order, covering the text
	 */
	static List<ScriptRun> of(String text) {
		List<ScriptRun> runs = new ArrayList<>();
		AffinityLanguage current = null;
		int start = 0;
		int offset = 0;
		while (offset < text.length()) {
			int codePoint = text.codePointAt(offset);
			AffinityLanguage language = AffinityLanguage.ofCodePoint(codePoint);
			if (language == null && (codePoint == 'ー' || codePoint == '々' || codePoint == 'ｰ')) {
				language = AffinityLanguage.JAPANESE;
			}
			if (language != null && language != current) {
				if (current != null) {
					runs.add(new ScriptRun(current, start, offset));
					start = offset;
				}
				current = language;
			}
			offset += Character.charCount(codePoint);
		}
		runs.add(new ScriptRun((current != null) ? current : AffinityLanguage.ENGLISH, start, text.length()));
		return runs;
	}

}
