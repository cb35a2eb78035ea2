package org.husnu.symposium.review.publication;

import java.util.Locale;

import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * A character that none of the PDF fonts can draw: 422 {@code book.missingGlyph}, naming
 * where it is (e.g. the abstract's number) and the character, so a chair can have the
 * text corrected. Raised before anything is drawn, so no PDF with blank boxes is ever
 * served.
 */
public class MissingGlyphException extends ProblemException {

	private static final long serialVersionUID = 1L;

	/**
	 * A missing glyph.
	 * @param where what holds the character, e.g. {@code abstract A-007 (title)}
	 * @param codePoint the character
	 */
	public MissingGlyphException(String where, int codePoint) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE, "Character without a font",
				"The PDF cannot show the character " + codePoint(codePoint) + " ("
						+ new String(Character.toChars(codePoint)) + ") in " + where
						+ ": none of its fonts has it. Replace the character in that text "
						+ "(or configure a font that has it, docs/operations.md) and download again");
		with("code", "book.missingGlyph");
		with("where", where);
		with("character", codePoint(codePoint));
	}

	static String codePoint(int codePoint) {
		return "U+" + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT);
	}

}
