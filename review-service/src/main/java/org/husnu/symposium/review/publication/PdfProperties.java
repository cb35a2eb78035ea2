package org.husnu.symposium.review.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the PDF engine finds its fonts ({@code symposium.pdf.*}, docs/operations.md).
 * TrueType ({@code .ttf}) files only: PDFBox embeds TrueType outlines, and the Noto CJK
 * collections ({@code .ttc}, CFF outlines) do not work.
 *
 * @param fonts the font files
 */
@ConfigurationProperties("symposium.pdf")
record PdfProperties(@DefaultValue Fonts fonts) {

	/**
	 * The font files. Latin text uses the Korean font (Nanum Gothic has a full Latin set
	 * and a bold face), Hangul the Korean font, kana and kanji the Japanese font; a
	 * character the first choice lacks falls back to the other.
	 *
	 * @param japanese Japanese font, from Debian's {@code fonts-ipafont-gothic}
	 * @param korean Korean and Latin font, from Debian's {@code fonts-nanum}
	 * @param koreanBold bold face of the Korean and Latin font, for headings
	 */
	record Fonts(@DefaultValue("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf") String japanese,
			@DefaultValue("/usr/share/fonts/truetype/nanum/NanumGothic.ttf") String korean,
			@DefaultValue("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf") String koreanBold) {
	}

}
