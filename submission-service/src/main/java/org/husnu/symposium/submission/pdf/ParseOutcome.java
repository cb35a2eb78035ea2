package org.husnu.symposium.submission.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * What one parse of {@link PdfInspector} found: its findings, collected rather than
 * thrown, and what it measured.
 *
 * @param findings the findings
 * @param pages the page count
 * @param words the words of the text
 * @param text the extracted text
 * @param preview page 1 as PNG, or {@code null}
 */
record ParseOutcome(List<PdfFinding> findings, int pages, int words, String text, byte[] preview) {

	static ParseOutcome of(PdfFinding finding) {
		return new ParseOutcome(List.of(finding), 0, 0, "", null);
	}

	static final class Builder {

		private final List<PdfFinding> findings = new ArrayList<>();

		int pages;

		int words;

		String text = "";

		byte[] preview;

		void add(PdfFinding finding) {
			this.findings.add(finding);
		}

		ParseOutcome build() {
			return new ParseOutcome(this.findings, this.pages, this.words, this.text, this.preview);
		}

	}

}
