package org.husnu.symposium.core.abstracts;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Counts words the way a reader would, in English, Japanese and Korean alike. Japanese
 * has no spaces, so splitting on white space would count a whole paragraph as one word;
 * the JDK's word break rules segment it instead (each run of letters or ideographs
 * between breaks is a word).
 */
public final class WordCounter {

	private WordCounter() {
	}

	/**
	 * Counts the words of a text.
	 * @param text the text, may be {@code null}
	 * @return the number of words
	 */
	public static int count(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
		words.setText(text);
		int count = 0;
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			if (containsLetterOrDigit(text, start, end)) {
				count++;
			}
		}
		return count;
	}

	private static boolean containsLetterOrDigit(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
