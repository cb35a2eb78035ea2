package org.husnu.symposium.submission.pdf;

/**
 * An upload request without a file, or with an empty one; answered with 400.
 */
class MissingPdfException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	MissingPdfException() {
		super("No file in the multipart part 'file'");
	}

}
