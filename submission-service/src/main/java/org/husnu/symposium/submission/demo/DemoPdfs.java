package org.husnu.symposium.submission.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the demo abstracts as one-page A4 PDFs, the way an author's word processor
 * would: title, byline, body text. Japanese and Korean titles are set in IPA Gothic or
 * Nanum Gothic when the machine has them (Debian {@code fonts-ipafont-gothic},
 * {@code fonts-nanum}, which the CI installs); without them the PDF carries the English
 * subtitle only, and the abstract keeps its title either way.
 */
final class DemoPdfs {

	private static final List<Path> JAPANESE_FONTS = List.of(
			Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
			Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"));

	private static final List<Path> KOREAN_FONTS = List.of(Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"));

	private static final float MARGIN = 64;

	private DemoPdfs() {
	}

	static byte[] render(String title, String englishTitle, String byline, String text) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDDocumentInformation info = new PDDocumentInformation();
			info.setTitle(englishTitle);
			info.setCreator("HU x SNU demo data");
			document.setDocumentInformation(info);
			PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDFont titleFont = fontFor(document, title);
			float width = page.getMediaBox().getWidth() - 2 * MARGIN;
			float y = page.getMediaBox().getHeight() - MARGIN;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				if (titleFont != null) {
					y = paragraph(content, titleFont, 15, title, width, y, 20);
					if (!title.equals(englishTitle)) {
						y = paragraph(content, bold, 11, englishTitle, width, y - 2, 15);
					}
				}
				else {
					y = paragraph(content, bold, 15, englishTitle, width, y, 20);
				}
				y = paragraph(content, regular, 10, byline, width, y - 6, 13);
				paragraph(content, regular, 10.5f, text, width, y - 12, 14.5f);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDFont fontFor(PDDocument document, String title) throws IOException {
		if (title.chars().allMatch((c) -> c < 0x250)) {
			return new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		}
		boolean korean = title.chars().anyMatch((c) -> c >= 0xAC00 && c <= 0xD7AF);
		for (Path font : korean ? KOREAN_FONTS : JAPANESE_FONTS) {
			if (Files.isReadable(font)) {
				return PDType0Font.load(document, font.toFile());
			}
		}
		return null;
	}

	private static float paragraph(PDPageContentStream content, PDFont font, float size, String text, float width,
			float top, float leading) throws IOException {
		float y = top;
		for (String line : wrap(font, size, text, width)) {
			y -= leading;
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(MARGIN, y);
			content.showText(line);
			content.endText();
		}
		return y;
	}

	private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		boolean spaced = text.contains(" ");
		String[] tokens = spaced ? text.split(" ") : text.split("");
		StringBuilder line = new StringBuilder();
		for (String token : tokens) {
			String candidate = line.isEmpty() ? token : line + (spaced ? " " : "") + token;
			if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(token);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
