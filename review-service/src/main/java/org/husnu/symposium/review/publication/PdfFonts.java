package org.husnu.symposium.review.publication;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The PDF fonts, parsed once and embedded (as subsets) into each document, and the one
 * permit to build a PDF: a build holds every glyph of a 1,000-page book in its font
 * subsets, so builds run one at a time and the font files are read by one build at a
 * time. Which font draws a character: Hangul the Korean font, kana, kanji and CJK
 * punctuation the Japanese font, everything else the Korean font (Nanum Gothic's Latin
 * set, with a bold face); a character the first choice lacks falls back to the other.
 */
@Component
public class PdfFonts {

	/** How long a build waits for the one before it. */
	private static final long WAIT_SECONDS = 60;

	private final PdfProperties.Fonts files;

	private final Semaphore permit = new Semaphore(1, true);

	private Loaded loaded;

	PdfFonts(PdfProperties properties) {
		this.files = properties.fonts();
	}

	/**
	 * Whether every font file is there, for tests that skip without them.
	 * @return the missing files, empty when all are there
	 */
	public List<String> missingFiles() {
		List<String> missing = new ArrayList<>();
		for (String path : List.of(this.files.japanese(), this.files.korean(), this.files.koreanBold())) {
			if (!new File(path).canRead()) {
				missing.add(path);
			}
		}
		return missing;
	}

	/**
	 * The first character of a text that no font can draw.
	 * @param text the text, may be {@code null}
	 * @return its code point, or -1 when every character can be drawn
	 */
	public int firstMissing(String text) {
		if (text == null) {
			return -1;
		}
		Loaded fonts = fonts();
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (!PdfText.isDrawn(codePoint)) {
				continue;
			}
			if (fonts.korean.getGlyphId(codePoint) == 0 && fonts.japanese.getGlyphId(codePoint) == 0) {
				return codePoint;
			}
		}
		return -1;
	}

	/**
	 * Waits for the permit to build a PDF.
	 * @throws ProblemException 503 when another build holds it for too long
	 */
	void acquire() {
		try {
			if (!this.permit.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
				throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.BUSY, "PDF builder busy",
						"Another PDF is being made; try again in a minute")
					.with("code", "pdf.busy");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to build a PDF", ex);
		}
	}

	void release() {
		this.permit.release();
	}

	/**
	 * Embeds the fonts in a document (as subsets: only the glyphs used are written).
	 * @param document the document
	 * @return the fonts of that document
	 */
	FontSet embedIn(PDDocument document) {
		Loaded fonts = fonts();
		try {
			return new FontSet(PDType0Font.load(document, fonts.korean.font, true),
					PDType0Font.load(document, fonts.koreanBold.font, true),
					PDType0Font.load(document, fonts.japanese.font, true), fonts.korean.cmap, fonts.koreanBold.cmap,
					fonts.japanese.cmap);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private synchronized Loaded fonts() {
		if (this.loaded == null) {
			List<String> missing = missingFiles();
			if (!missing.isEmpty()) {
				throw new PdfFontsMissingException(missing);
			}
			this.loaded = new Loaded(parse(this.files.japanese()), parse(this.files.korean()),
					parse(this.files.koreanBold()));
		}
		return this.loaded;
	}

	private static Parsed parse(String path) {
		try {
			// kept open for the life of the service: the subsets are read from it
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path));
			// no glyph substitution (Latin ligatures): PDFBox applies it with regular
			// expressions on every string shown, which made up most of a book's time;
			// these scripts read fine without it
			font.setEnableGsub(false);
			return new Parsed(font, font.getUnicodeCmapLookup());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the font " + path, ex);
		}
	}

	private record Loaded(Parsed japanese, Parsed korean, Parsed koreanBold) {
	}

	private record Parsed(TrueTypeFont font, CmapLookup cmap) {

		int getGlyphId(int codePoint) {
			return this.cmap.getGlyphId(codePoint);
		}

	}

	/**
	 * The fonts of one document and which draws a character.
	 */
	static final class FontSet {

		private final PDType0Font korean;

		private final PDType0Font koreanBold;

		private final PDType0Font japanese;

		private final CmapLookup koreanCmap;

		private final CmapLookup koreanBoldCmap;

		private final CmapLookup japaneseCmap;

		FontSet(PDType0Font korean, PDType0Font koreanBold, PDType0Font japanese, CmapLookup koreanCmap,
				CmapLookup koreanBoldCmap, CmapLookup japaneseCmap) {
			this.korean = korean;
			this.koreanBold = koreanBold;
			this.japanese = japanese;
			this.koreanCmap = koreanCmap;
			this.koreanBoldCmap = koreanBoldCmap;
			this.japaneseCmap = japaneseCmap;
		}

		/**
		 * The font that draws a character.
		 * @param codePoint the character
		 * @param bold whether bold is wanted (the Japanese font has no bold face)
		 * @return the font, or {@code null} when none has the character
		 */
		PDType0Font fontFor(int codePoint, boolean bold) {
			PDType0Font latin = bold ? this.koreanBold : this.korean;
			CmapLookup latinCmap = bold ? this.koreanBoldCmap : this.koreanCmap;
			if (PdfText.isJapanese(codePoint)) {
				if (this.japaneseCmap.getGlyphId(codePoint) != 0) {
					return this.japanese;
				}
			}
			if (latinCmap.getGlyphId(codePoint) != 0) {
				return latin;
			}
			if (bold && this.koreanCmap.getGlyphId(codePoint) != 0) {
				return this.korean;
			}
			if (this.japaneseCmap.getGlyphId(codePoint) != 0) {
				return this.japanese;
			}
			return null;
		}

	}

}
