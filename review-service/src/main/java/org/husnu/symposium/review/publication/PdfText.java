package org.husnu.symposium.review.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * How text is cut into pieces a line may break between: Latin and Korean words (Korean
 * separates words with spaces, so a Korean word is kept whole like a Latin one), and each
 * kana or kanji on its own (Japanese breaks between any two characters), with closing
 * punctuation kept on the line of the character before it.
 */
final class PdfText {

	private static final String CLOSING = "、。，．,.)）]］}｝」』】〉》〕！？!?：；:;ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…%％";

	private PdfText() {
	}

	/**
	 * Whether a character is drawn with a glyph (not a space, a line break or an
	 * invisible format character).
	 * @param codePoint the character
	 * @return whether a font must have it
	 */
	static boolean isDrawn(int codePoint) {
		return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
				&& !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.FORMAT;
	}

	/**
	 * Whether a character is written with the Japanese font first: kana, kanji and the
	 * CJK punctuation and full-width forms.
	 * @param codePoint the character
	 * @return whether it is Japanese script
	 */
	static boolean isJapanese(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || (codePoint >= 0x3000 && codePoint <= 0x303F)
				|| (codePoint >= 0xFF00 && codePoint <= 0xFFEF) || (codePoint >= 0x30A0 && codePoint <= 0x30FF);
	}

	/**
	 * Spaces of any kind become one space, invisible characters go, line breaks stay.
	 * @param text the text
	 * @return the text as drawn
	 */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.replace("\r\n", "\n").codePoints().forEach((codePoint) -> {
			if (codePoint == '\n') {
				out.append('\n');
			}
			else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				out.append(' ');
			}
			else if (isDrawn(codePoint)) {
				out.appendCodePoint(codePoint);
			}
		});
		return out.toString();
	}

	/**
	 * Cuts one line of text (no line breaks) into pieces a line may break between.
	 * @param text the text
	 * @return the pieces
	 */
	static List<Piece> pieces(String text) {
		List<Piece> pieces = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean spaceBefore = false;
		boolean wordSpaceBefore = false;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (codePoint == ' ') {
				if (!word.isEmpty()) {
					pieces.add(new Piece(word.toString(), wordSpaceBefore));
					word.setLength(0);
				}
				spaceBefore = true;
				continue;
			}
			if (CLOSING.indexOf(codePoint) >= 0 && !spaceBefore) {
				// never starts a line: stays with what it closes
				if (!word.isEmpty()) {
					word.appendCodePoint(codePoint);
				}
				else if (!pieces.isEmpty()) {
					Piece last = pieces.remove(pieces.size() - 1);
					pieces.add(new Piece(last.text() + new String(Character.toChars(codePoint)), last.spaceBefore()));
				}
				else {
					word.appendCodePoint(codePoint);
					wordSpaceBefore = false;
				}
				continue;
			}
			if (isJapanese(codePoint)) {
				if (!word.isEmpty()) {
					pieces.add(new Piece(word.toString(), wordSpaceBefore));
					word.setLength(0);
				}
				pieces.add(new Piece(new String(Character.toChars(codePoint)), spaceBefore));
				spaceBefore = false;
				continue;
			}
			if (word.isEmpty()) {
				wordSpaceBefore = spaceBefore;
			}
			word.appendCodePoint(codePoint);
			spaceBefore = false;
		}
		if (!word.isEmpty()) {
			pieces.add(new Piece(word.toString(), wordSpaceBefore));
		}
		return pieces;
	}

	/**
	 * A piece of a line.
	 *
	 * @param text its text
	 * @param spaceBefore whether a space separates it from the piece before
	 */
	record Piece(String text, boolean spaceBefore) {
	}

}
