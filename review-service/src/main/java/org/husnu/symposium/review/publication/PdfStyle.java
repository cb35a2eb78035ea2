package org.husnu.symposium.review.publication;

/**
 * The text styles of the PDFs: size and weight; the line height follows from the size.
 */
public enum PdfStyle {

	/** The cover's title. */
	TITLE(22, true),

	/** A part: contents, a session, the index. */
	HEADING(15, true),

	/** A talk's title, a day. */
	SUBHEADING(12, true),

	/** Running text. */
	BODY(10, false),

	/** Running text, bold. */
	BODY_BOLD(10, true),

	/** Secondary lines: affiliations, rooms, times. */
	SMALL(8.5f, false);

	private final float size;

	private final boolean bold;

	PdfStyle(float size, boolean bold) {
		this.size = size;
		this.bold = bold;
	}

	float size() {
		return this.size;
	}

	boolean bold() {
		return this.bold;
	}

	public float lineHeight() {
		return this.size * 1.45f;
	}

}
