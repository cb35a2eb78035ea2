package org.husnu.symposium.submission.pdf;

import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The paper-size check of {@link PdfInspector}: A4 or US Letter, either orientation.
 */
final class PaperSizeCheck {

	/** Allowed deviation from A4 and Letter, in points (about 1 mm). */
	static final float PAPER_TOLERANCE = 3f;

	private static final float[][] PAPER_SIZES = { { 595.28f, 841.89f }, { 612f, 792f } };

	private PaperSizeCheck() {
	}

	/**
	 * Every page must be A4 or US Letter in either orientation. The box checked is the
	 * crop box (what viewers show and printers print; PDFBox falls back to the media box
	 * and clips it to the media box); {@code /Rotate} only turns the page, so both
	 * orientations pass either way, and the finding names the size as displayed.
	 */
	static Optional<PdfFinding> check(PDDocument document, int pages, ParseBudget budget) {
		int firstWrong = 0;
		float width = 0;
		float height = 0;
		int wrong = 0;
		for (int i = 0; i < pages; i++) {
			budget.check();
			PDPage page = document.getPage(i);
			PDRectangle box = page.getCropBox();
			float w = Math.abs(box.getWidth());
			float h = Math.abs(box.getHeight());
			if (page.getRotation() % 180 != 0) {
				float swap = w;
				w = h;
				h = swap;
			}
			if (!isPaper(w, h)) {
				wrong++;
				if (firstWrong == 0) {
					firstWrong = i + 1;
					width = w;
					height = h;
				}
			}
		}
		if (wrong == 0) {
			return Optional.empty();
		}
		return Optional
			.of(PdfFinding.of(PdfCheckCode.PAPER_SIZE, firstWrong, millimetres(width), millimetres(height), wrong));
	}

	static boolean isPaper(float width, float height) {
		for (float[] paper : PAPER_SIZES) {
			if ((near(width, paper[0]) && near(height, paper[1]))
					|| (near(width, paper[1]) && near(height, paper[0]))) {
				return true;
			}
		}
		return false;
	}

	private static boolean near(float value, float target) {
		return Math.abs(value - target) <= PAPER_TOLERANCE;
	}

	private static String millimetres(float points) {
		return Long.toString(Math.round(points * 25.4 / 72));
	}

}
