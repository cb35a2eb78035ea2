package org.husnu.symposium.submission.pdf;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How blind mode compares author names with a PDF's text and metadata: Unicode NFKC
 * (full-width letters equal half-width ones), lower case, every run of white space one
 * space. Latin names must stand as whole words ("Lee" is not found in "Leeds"); names in
 * CJK scripts also match with all white space removed, since Japanese and Korean text
 * often sets a name without the space between family and given name. A name is also
 * looked for in family-name-first order ("Sato Aiko", "Sato, Aiko", "김 민준" for "민준 김"),
 * as Japanese and Korean bylines and many reference styles write it.
 */
final class AuthorNames {

	private AuthorNames() {
	}

	static String normalise(String value) {
		if (value == null) {
			return "";
		}
		return Normalizer.normalize(value, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\\u00A0\\u3000]+", " ")
			.strip();
	}

	/**
	 * The forms a normalised name is looked for in: as given, and with its last word (the
	 * family name in given-name-first order) moved to the front, with and without a
	 * comma; and its first word moved to the end, for a name entered family name first.
	 * @param name the name, {@link #normalise normalised}
	 * @return the forms, the name itself first
	 */
	static List<String> variants(String name) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(name);
		String[] words = name.split(" ");
		if (words.length >= 2) {
			String last = words[words.length - 1];
			String rest = String.join(" ", Arrays.copyOf(words, words.length - 1));
			forms.add(last + " " + rest);
			forms.add(last + ", " + rest);
			String first = words[0];
			String others = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
			forms.add(others + " " + first);
			forms.add(first + ", " + others);
		}
		return List.copyOf(forms);
	}

	/**
	 * Whether a normalised text contains a normalised name.
	 * @param text the text, {@link #normalise normalised}
	 * @param name the name, normalised
	 * @return {@code true} if found
	 */
	static boolean contains(String text, String name) {
		if (name.isEmpty()) {
			return false;
		}
		if (hasCjk(name)) {
			String compactName = name.replace(" ", "");
			return text.contains(name) || text.replace(" ", "").contains(compactName);
		}
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
			int end = at + name.length();
			boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
			if (startsWord && endsWord) {
				return true;
			}
		}
		return false;
	}

	static boolean hasCjk(String value) {
		return value.codePoints().anyMatch((codePoint) -> {
			Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
			return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
		});
	}

}
